/**
 * The portal's catalogues (app/locales/<lng>/<ns>.json, decision 0021): every language has every
 * key English has, with the same interpolation variables and each plural form its language needs,
 * and pages put no user-facing English straight into JSX.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { LOCALES, NAMESPACES } from '../../app/lib/i18n';

const APP = join(dirname(fileURLToPath(import.meta.url)), '../../app');
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Flat = Map<string, string>;

function flatten(value: unknown, prefix: string, into: Flat): Flat {
  if (typeof value === 'string') into.set(prefix, value);
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  return into;
}

function catalogue(lng: string, ns: string): Flat {
  return flatten(JSON.parse(readFileSync(join(APP, 'locales', lng, `${ns}.json`), 'utf8')), '', new Map());
}

const variables = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

/** Keys without their plural suffix, each with its forms' texts. */
function grouped(flat: Flat): Map<string, Map<string, string>> {
  const groups = new Map<string, Map<string, string>>();
  for (const [key, text] of flat) {
    const form = PLURAL.exec(key)?.[1] ?? '';
    const base = form ? key.slice(0, -form.length - 1) : key;
    if (!groups.has(base)) groups.set(base, new Map());
    groups.get(base)!.set(form, text);
  }
  return groups;
}

describe.each(NAMESPACES)('the %s catalogue', (ns) => {
  const english = grouped(catalogue('en', ns));

  test.each(LOCALES.filter((l) => l !== 'en'))('in %s has every English key and no other', (lng) => {
    const other = grouped(catalogue(lng, ns));
    expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
  });

  test.each([...LOCALES])('in %s uses the same variables as English in every message', (lng) => {
    const other = grouped(catalogue(lng, ns));
    const differing: string[] = [];
    for (const [key, forms] of english) {
      const expected = variables([...forms.values()].join(' ')).filter((v) => v !== 'count');
      for (const text of other.get(key)?.values() ?? []) {
        const used = variables(text).filter((v) => v !== 'count');
        if (JSON.stringify([...new Set(used)]) !== JSON.stringify([...new Set(expected)]))
          differing.push(`${key}: ${text}`);
      }
    }
    expect(differing).toEqual([]);
  });

  test.each([...LOCALES])('in %s has every plural form its language needs, and no empty message', (lng) => {
    const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
    const problems: string[] = [];
    for (const [key, forms] of grouped(catalogue(lng, ns))) {
      for (const [form, text] of forms)
        if (!text.trim()) problems.push(`${key}${form ? `_${form}` : ''} is empty`);
      if (forms.has('')) continue;
      for (const category of categories) if (!forms.has(category)) problems.push(`${key} lacks _${category}`);
    }
    expect(problems).toEqual([]);
  });
});

/**
 * Pages not yet moved to the catalogues (issue 18). Each is translated after the branch that is
 * rebuilding it lands; the list only ever shrinks, and a page not on it must have no literal text.
 */
const NOT_YET_TRANSLATED = new Set<string>([
  'components/catalogue-item-form.tsx',
  'components/certification-panels.tsx',
  'components/introduce-forms.tsx',
  'components/matching.tsx',
  'components/member-panels.tsx',
  'components/need-form-fields.tsx',
  'components/product-picker.tsx',
  'components/reference-names.tsx',
  'components/upgrading-action-form.tsx',
  'routes/_app.introductions.$introductionId.tsx',
  'routes/_app.linkages.$linkageId.tsx',
  'routes/_app.needs.$needId.tsx',
  'routes/_app.organisations.$orgId.capacity.$entryId.edit.tsx',
  'routes/_app.organisations.$orgId.capacity.tsx',
  'routes/_app.organisations.$orgId.catalogue.tsx',
  'routes/_app.organisations.$orgId.certifications.$certId.edit.tsx',
  'routes/_app.organisations.$orgId.certifications.$certId.evidence.tsx',
  'routes/_app.organisations.$orgId.certifications.$certId.verify.tsx',
  'routes/_app.organisations.$orgId.certifications.tsx',
  'routes/_app.organisations.$orgId.group-members.$memberId.edit.tsx',
  'routes/_app.organisations.$orgId.group-members.$memberId.status.tsx',
  'routes/_app.organisations.$orgId.group-members.tsx',
  'routes/_app.organisations.$orgId.needs.$needId.offer.tsx',
  'routes/_app.organisations.$orgId.offers.tsx',
  'routes/_app.programmes.$programmeId._index.tsx',
  'routes/_app.service-providers._index.tsx',
  'routes/_app.upgrading-plans.$planId.actions.$actionId.status.tsx',
  'routes/_app.upgrading-plans.$planId.tsx',
  'routes/search.tsx',
  'routes/standards.tsx',
]);

/** JSX attributes people read or hear. */
const READ_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'hint', 'legend']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

/** Literal text a person would read in a component file: JSX text and read attributes given as plain strings. */
function literalTexts(path: string): string[] {
  const source = ts.createSourceFile(
    path,
    readFileSync(path, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const init = node.initializer;
      const text = ts.isStringLiteral(init)
        ? init.text
        : ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)
          ? init.expression.text
          : '';
      if (/\p{L}/u.test(text)) found.push(`${node.name.getText()}="${text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

test('pages and components take every text people read from the catalogues', () => {
  const offenders: string[] = [];
  for (const path of sourceFiles(APP)) {
    const name = relative(APP, path);
    if (NOT_YET_TRANSLATED.has(name)) continue;
    for (const text of literalTexts(path)) offenders.push(`${name}: ${text}`);
  }
  expect(offenders).toEqual([]);
});

test('the list of pages still to translate names only files that exist and still have literal text', () => {
  const files = new Set(sourceFiles(APP).map((p) => relative(APP, p)));
  const stale = [...NOT_YET_TRANSLATED].filter(
    (name) => !files.has(name) || literalTexts(join(APP, name)).length === 0,
  );
  expect(stale).toEqual([]);
});
