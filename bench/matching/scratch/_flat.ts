import { readFileSync } from 'node:fs';
const id = process.argv[2] ?? 'coffee';
const dump = JSON.parse(readFileSync(`/tmp/dump-${id}.json`, 'utf8'));
const nested = dump.rows.map((r: any) => r.candidate as string);
const flat = nested.map((t: string) => { const [n, c, la, lo, lines] = JSON.parse(t); return JSON.stringify([n, c, la, lo, lines.flat()]); });
const flatq = nested.map((t: string) => { const [n, c, la, lo, lines] = JSON.parse(t); return JSON.stringify([n, c, la, lo, lines.map((l: any[]) => [l[0], Number(l[1]), l[2], l[3], l[4], l[5]]).flat()]); });
const members = nested.map((t: string) => { const [n, c, la, lo, lines] = JSON.parse(t); const ms: string[] = []; const out = lines.map((l: any[]) => { let k = -1; if (l[5] !== null) { k = ms.indexOf(l[5]); if (k < 0) { ms.push(l[5]); k = ms.length - 1; } } return [l[0], l[1], l[2], l[3], l[4], k]; }).flat(); return JSON.stringify([n, c, la, lo, ms, out]); });
console.log('bytes', nested.join('').length, flat.join('').length, flatq.join('').length, members.join('').length);
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const variants: [string, string[]][] = [['nested', nested], ['flat', flat], ['flat-float', flatq], ['members', members]];
const t: Record<string, number[]> = {};
let keep: any;
for (let i = 0; i < 80; i++) for (const [name, texts] of variants) { const t0 = performance.now(); keep = texts.map((x) => JSON.parse(x)); (t[name] ??= []).push(performance.now() - t0); }
console.log(Object.entries(t).map(([k, v]) => `${k} ${med(v.slice(10)).toFixed(1)}`).join(' | '), keep.length);
