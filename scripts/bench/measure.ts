// Timing side by side: a service and its floor run interleaved (alternating which goes first), so a build or a
// test another engineer starts on the 2 cores slows both alike; the ratio of their medians is the figure.
import { sqlStatementCount } from "../../lib/server/db";

export interface Timing {
  median: number;
  /** Prisma statements per call (0 for a floor, which goes through its own connection) */
  statements: number;
}

export interface Pair {
  label: string;
  service: Timing;
  floor: Timing;
  ratio: number;
}

const now = () => Number(process.hrtime.bigint()) / 1e6;

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Calls `fn(i)` once; returns the time and the Prisma statements it sent. */
async function once(fn: (i: number) => Promise<unknown>, i: number) {
  const sql = sqlStatementCount();
  const t = now();
  await fn(i);
  return { ms: now() - t, statements: sqlStatementCount() - sql };
}

/** `service(i)` against `floor(i)`: both warmed up, then `runs` interleaved calls each; i picks the input. */
export async function pair(
  label: string,
  service: (i: number) => Promise<unknown>,
  floor: (i: number) => Promise<unknown>,
  runs: number,
): Promise<Pair> {
  for (let i = 0; i < Math.min(3, runs); i++) {
    await service(i);
    await floor(i);
  }
  const s: number[] = [];
  const f: number[] = [];
  let statements = 0;
  for (let i = 0; i < runs; i++) {
    const first = i % 2 === 0;
    if (!first) f.push((await once(floor, i)).ms);
    const run = await once(service, i);
    s.push(run.ms);
    statements += run.statements;
    if (first) f.push((await once(floor, i)).ms);
  }
  const result = {
    label,
    service: { median: median(s), statements: statements / runs },
    floor: { median: median(f), statements: 0 },
    ratio: median(s) / median(f),
  };
  console.log(
    `${label.padEnd(44)} ${result.service.median.toFixed(2).padStart(9)} ms vs floor ${result.floor.median.toFixed(2).padStart(8)} ms = ${result.ratio.toFixed(2)}×`,
  );
  return result;
}

/** One call's SQL statements and time (median of runs), for the per-operation statement counts. */
export async function single(label: string, fn: (i: number) => Promise<unknown>, runs: number): Promise<Timing> {
  for (let i = 0; i < Math.min(3, runs); i++) await fn(i);
  const times: number[] = [];
  let statements = 0;
  for (let i = 0; i < runs; i++) {
    const run = await once(fn, i);
    times.push(run.ms);
    statements += run.statements;
  }
  const result = { median: median(times), statements: statements / runs };
  console.log(`${label.padEnd(44)} ${result.median.toFixed(2).padStart(9)} ms  ${result.statements} SQL/op`);
  return result;
}

/** Throws unless the service and its floor give the same figures: the floor must do the same job. */
export function sameFigures(label: string, service: unknown, floor: unknown) {
  const [a, b] = [JSON.stringify(service), JSON.stringify(floor)];
  if (a === b) return;
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  throw new Error(
    `${label}: the floor's figures differ from the service's at ${at}:\n  service …${a.slice(at - 80, at + 120)}\n  floor   …${b.slice(at - 80, at + 120)}`,
  );
}
