/**
 * Sustained-load benchmark (issue 17): for each main route, the highest request rate the product
 * holds for 60 s with every answer a 2xx and p99 under 200 ms, found with autocannon at fixed offered
 * rates; the baseline is `GET /health` (routing and JSON, nothing else) measured the same way in the
 * same run, so the ratios say what each route costs beyond the framework on this machine.
 *
 *   pnpm --filter @linkage/bench-load bench            (10 s probes, 60 s confirmation)
 *   pnpm --filter @linkage/bench-load bench --quick    (2 s probes, 5 s confirmation: a smoke run)
 *   BENCH_SUPPLIERS=20000 pnpm --filter @linkage/bench-load bench
 */
import { loadavg } from 'node:os';
import {
  type MyOrganisationView,
  type NeedMatchesView,
  type SessionView,
  type SourcingNeedView,
} from '@linkage/contracts';
import { DEMO_LEAD_FIRMS, DEMO_PASSWORD } from '@linkage/db';
import { BASE, api, prepareDatabase, startProduct } from './product.js';
import {
  type Attempt,
  type Limits,
  type Scenario,
  type SustainedRate,
  sustainedRate,
} from './sustained-rate.js';

const QUICK = process.argv.includes('--quick');
const LIMITS: Limits = {
  p99Ms: 200,
  probeSeconds: QUICK ? 2 : 10,
  confirmSeconds: QUICK ? 5 : 60,
  startRate: 25,
  maxRate: 3200,
  bisections: QUICK ? 2 : 3,
};

/** What buyers type: products, standards, places, with a typo and an accent among them. */
const SEARCHES = [
  'coffee',
  'argan oil',
  'organic cacao',
  'quinoa',
  'textiles',
  'Fairtrade',
  'Peru',
  'cafe',
  'mangos',
  'honey',
];

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function waitForMatches(needId: string, token: string): Promise<NeedMatchesView> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const view = await api<NeedMatchesView>('GET', `/needs/${needId}/matches`, token);
    if (view.state === 'READY') return view;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`need ${needId} was not matched within 120 s: is the worker running?`);
}

/** The demo's first buyer, signed in, with its firm and its first need (matched by the worker). */
async function scenarios(): Promise<{ scenarios: Scenario[]; matches: number }> {
  const buyer = DEMO_LEAD_FIRMS[0]!;
  const { token } = await api<SessionView>('POST', '/auth/sign-in', undefined, {
    email: buyer.email,
    password: DEMO_PASSWORD,
  });
  const [firm] = await api<MyOrganisationView[]>('GET', '/organisations/mine', token);
  const needs = await api<SourcingNeedView[]>('GET', `/organisations/${firm!.id}/needs`, token);
  // The coffee need: the chapter with the most suppliers, so the most candidates behind its matches.
  const need = needs.find((n) => n.productCode.startsWith('09')) ?? needs[0]!;
  const matched = await waitForMatches(need.id, token);
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const get = (path: string) => ({ method: 'GET' as const, path, headers });
  const posted = {
    title: 'Green coffee for a house blend',
    productCode: '090111',
    quantity: 4,
    unit: 't',
    period: 'MONTH',
    deliveryCountry: 'PE',
    responseDeadline: inDays(60),
  };
  return {
    matches: matched.total,
    scenarios: [
      { name: 'GET /health (baseline)', url: BASE, requests: [{ method: 'GET', path: '/health' }] },
      {
        name: 'GET /search',
        url: BASE,
        requests: SEARCHES.map((q) => get(`/search?q=${encodeURIComponent(q)}`)),
      },
      { name: 'GET /needs/:id', url: BASE, requests: [get(`/needs/${need.id}`)] },
      { name: 'GET /needs/:id/matches', url: BASE, requests: [get(`/needs/${need.id}/matches`)] },
      // Last: every posted need is a matching job for the worker, which keeps the machine busy after.
      {
        name: 'POST /organisations/:id/needs',
        url: BASE,
        requests: [
          { method: 'POST', path: `/organisations/${firm!.id}/needs`, headers, body: JSON.stringify(posted) },
        ],
      },
    ],
  };
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');

const show = (a: Attempt) =>
  `${String(a.rate).padStart(5)}/s for ${a.seconds}s: delivered ${a.delivered.toFixed(0)}/s, ` +
  `p50 ${a.p50} ms, p99 ${a.p99} ms, failures ${a.failures} → ${a.holds ? 'holds' : 'does not hold'}`;

async function main(): Promise<void> {
  console.log(
    `Sustained-load benchmark${QUICK ? ' (quick)' : ''}: p99 < ${LIMITS.p99Ms} ms, no errors, ${LIMITS.confirmSeconds} s`,
  );
  console.log(`Preparing the database (load ${load()})…`);
  const prepared = Date.now();
  await prepareDatabase();
  console.log(`  ready in ${((Date.now() - prepared) / 1000).toFixed(0)} s`);
  const product = await startProduct();
  try {
    const { scenarios: list, matches } = await scenarios();
    console.log(`The need under load has ${matches} matches.`);
    const results: Array<SustainedRate & { load: string }> = [];
    for (const scenario of list) {
      console.log(`\n${scenario.name} (load ${load()})`);
      const found = await sustainedRate(scenario, LIMITS, (a) => console.log(`  ${show(a)}`));
      results.push({ ...found, load: load() });
    }
    const baseline = results[0]!.rate;
    console.log(
      '\n| route | sustained rate (req/s) | p50 / p99 at that rate (ms) | vs baseline | load 1 / 5 / 15 min after |',
    );
    console.log('|---|---|---|---|---|');
    for (const r of results)
      console.log(
        `| ${r.scenario} | ${r.rate} | ${r.confirm ? `${r.confirm.p50} / ${r.confirm.p99}` : '–'} | ` +
          `${baseline ? (r.rate / baseline).toFixed(2) : '–'}× | ${r.load} |`,
      );
    if (results.some((r) => r.rate === 0)) process.exitCode = 1;
  } finally {
    await product.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
