/**
 * The highest request rate a route holds: autocannon sends requests at a fixed overall rate (not as
 * fast as it can), so latency is measured at that offered load, the way users arrive. A rate holds
 * when every answer is a 2xx (no errors, no timeouts), the p99 is under the target and the rate was
 * actually delivered. Doubling from a start rate finds a bracket, bisection narrows it with short
 * probes, and the rate found must then hold for the full duration; if it does not, the bench steps
 * down until one does.
 */
import autocannon, { type Request } from 'autocannon';

export interface Limits {
  /** p99 must stay under this, in milliseconds */
  p99Ms: number;
  probeSeconds: number;
  confirmSeconds: number;
  startRate: number;
  maxRate: number;
  /** bisection steps after the bracket is found */
  bisections: number;
}

export interface Scenario {
  name: string;
  url: string;
  requests: Request[];
}

export interface Attempt {
  rate: number;
  seconds: number;
  delivered: number;
  p50: number;
  p99: number;
  failures: number;
  holds: boolean;
}

export interface SustainedRate {
  scenario: string;
  /** the confirmed rate, requests/s; 0 when not even the lowest probe held */
  rate: number;
  confirm: Attempt | undefined;
  probes: Attempt[];
}

export async function attempt(
  scenario: Scenario,
  rate: number,
  seconds: number,
  limits: Limits,
): Promise<Attempt> {
  const result = await autocannon({
    url: scenario.url,
    requests: scenario.requests,
    overallRate: rate,
    // Enough connections that a slow answer does not lower the offered rate: each may wait 2 × the target.
    connections: Math.max(4, Math.ceil((rate * 2 * limits.p99Ms) / 1000)),
    duration: seconds,
    timeout: 10,
  });
  const failures = result.errors + result.timeouts + result.non2xx;
  const delivered = result.requests.total / seconds;
  return {
    rate,
    seconds,
    delivered,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures,
    holds: failures === 0 && result.latency.p99 < limits.p99Ms && delivered >= rate * 0.95,
  };
}

export async function sustainedRate(
  scenario: Scenario,
  limits: Limits,
  report: (a: Attempt) => void,
): Promise<SustainedRate> {
  const probes: Attempt[] = [];
  const probe = async (rate: number) => {
    const a = await attempt(scenario, rate, limits.probeSeconds, limits);
    probes.push(a);
    report(a);
    return a.holds;
  };
  let held = 0;
  let failed = limits.maxRate * 2;
  for (let rate = limits.startRate; rate <= limits.maxRate; rate *= 2) {
    if (!(await probe(rate))) {
      failed = rate;
      break;
    }
    held = rate;
  }
  if (held === 0) {
    // Below the start rate: halve until something holds (or give up at 1 request/s).
    for (let rate = Math.round(limits.startRate / 2); rate >= 1 && held === 0; rate = Math.floor(rate / 2))
      if (await probe(rate)) held = rate;
    failed = held * 2;
  }
  for (let i = 0; i < limits.bisections && held > 0 && failed <= limits.maxRate; i++) {
    const middle = Math.round((held + failed) / 2);
    if (middle <= held || middle >= failed) break;
    if (await probe(middle)) held = middle;
    else failed = middle;
  }
  // The probes were short; the rate must hold for the whole duration. Step down 10 % until it does.
  for (let tries = 0, rate = held; tries < 4 && rate >= 1; tries++, rate = Math.floor(rate * 0.9)) {
    const confirm = await attempt(scenario, rate, limits.confirmSeconds, limits);
    report(confirm);
    if (confirm.holds) return { scenario: scenario.name, rate, confirm, probes };
  }
  return { scenario: scenario.name, rate: 0, confirm: undefined, probes };
}
