// Posts a burst of sourcing needs through the running API and waits until the worker has matched
// every one: none may be lost, none left pending. Baseline: one need posted alone, in the same run.
// Needs the product running (`npm start`); API_URL defaults to http://127.0.0.1:3001.
import { randomUUID } from 'node:crypto';

const API = process.env.API_URL ?? 'http://127.0.0.1:3001';
const NEEDS = Number(process.env.NEEDS ?? 1000);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 50);
const TIMEOUT_MS = Number(process.env.TIMEOUT_MS ?? 120_000);

async function call(method, path, token, body) {
  const res = await fetch(`${API}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body && JSON.stringify(body),
  });
  const json = res.status === 204 ? undefined : await res.json();
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(json)}`);
  return json;
}

const need = (i) => ({
  title: `Burst need ${i}`,
  productCode: ['151590', '121190', '090111', '610910'][i % 4],
  quantity: 1 + (i % 20),
  unit: 't',
  period: 'MONTH',
  deliveryCountry: ['MA', 'PE', 'FR', 'UY'][i % 4],
  responseDeadline: '2027-06-30',
});

async function pool(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i], i);
      }
    }),
  );
  return results;
}

/** Polls each need until its matches are READY; returns the time each became ready. */
async function waitAllMatched(token, ids, postedAt) {
  const readyAt = new Map();
  const deadline = Date.now() + TIMEOUT_MS;
  while (readyAt.size < ids.length && Date.now() < deadline) {
    const pending = ids.filter((id) => !readyAt.has(id));
    await pool(pending, CONCURRENCY, async (id) => {
      const view = await call('GET', `/needs/${id}/matches`, token);
      if (view.state === 'READY') readyAt.set(id, Date.now() - postedAt.get(id));
    });
    if (readyAt.size < ids.length) await new Promise((r) => setTimeout(r, 200));
  }
  return readyAt;
}

const pct = (xs, p) => xs.sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

const email = `burst-${randomUUID().slice(0, 8)}@bench.test`;
const { token } = await call('POST', '/auth/sign-up', null, { name: 'Burst bench', email, password: 'burst-bench-password' });
const firm = await call('POST', '/organisations', token, { kind: 'LEAD_FIRM', legalName: `Burst buyer ${email}`, country: 'MA' });

// Baseline: one need on an idle system.
const t0 = Date.now();
const single = await call('POST', `/organisations/${firm.id}/needs`, token, need(0));
const baseline = (await waitAllMatched(token, [single.id], new Map([[single.id, t0]]))).get(single.id);

// The burst.
const postedAt = new Map();
const burstStart = Date.now();
const posted = await pool(Array.from({ length: NEEDS }, (_, i) => i), CONCURRENCY, async (i) => {
  const n = await call('POST', `/organisations/${firm.id}/needs`, token, need(i));
  postedAt.set(n.id, Date.now());
  return n.id;
});
const postSeconds = (Date.now() - burstStart) / 1000;
const readyAt = await waitAllMatched(token, posted, postedAt);
const totalSeconds = (Date.now() - burstStart) / 1000;
const latencies = [...readyAt.values()];
const lost = posted.length - readyAt.size;

console.log(`posted ${posted.length} needs in ${postSeconds.toFixed(1)} s (${(posted.length / postSeconds).toFixed(0)}/s, concurrency ${CONCURRENCY})`);
console.log(`matched ${readyAt.size}/${posted.length} in ${totalSeconds.toFixed(1)} s; not matched: ${lost}`);
console.log(`need posted → matches ready: baseline (alone) ${baseline} ms; in the burst p50 ${pct(latencies, 50)} ms, p95 ${pct(latencies, 95)} ms, max ${Math.max(...latencies)} ms`);
console.log(`ratio p95 in burst / alone: ${(pct(latencies, 95) / baseline).toFixed(1)}x`);
process.exit(lost === 0 ? 0 : 1);
