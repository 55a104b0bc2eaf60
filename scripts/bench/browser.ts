// What a browser gets: the dashboard's first-load JavaScript (every chunk its HTML references, gzipped) and
// Lighthouse (desktop preset, Debian's chromium, no download) performance and accessibility on the dashboard, a
// target page, a section page and the score sheet — the median of a few runs, as scores vary run to run.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { median } from "./measure";
import type { BenchServer } from "./server";

const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";

export interface FirstLoad {
  gzipKB: number;
  chunks: number;
  /** the largest chunks, gzipped KB, with the libraries recognised in them */
  largest: { path: string; gzipKB: number; holds: string[] }[];
}

/** Markers of the big libraries, to say what a chunk holds. */
const LIBRARIES: [string, RegExp][] = [
  ["recharts", /recharts/],
  ["zod", /zod\.compile|\$ZodType|ZodError/],
  ["react-dom", /react-dom/],
  ["next runtime", /x-action-revalidated|useRouterBFCache/],
  ["date-fns", /constructDateFrom/],
  ["graphql documents", /"kind":"Document"|kind:"Document"/],
];

/**
 * The scripts the dashboard's HTML makes a browser load (noModule polyfills excluded: modern browsers skip them),
 * gzipped as `next start` sends them (zlib's default level).
 */
export async function firstLoadJs(server: BenchServer): Promise<FirstLoad> {
  const html = await (await fetch(server.origin + server.dashboardPath, { headers: { cookie: server.cookies[0] } })).text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\bnoModule\b/i.test(tag));
  const paths = new Set(scripts.map((tag) => tag.match(/\bsrc="([^"]+\.js)"/)?.[1]).filter((p): p is string => !!p?.startsWith("/_next/")));
  const sizes = await Promise.all(
    [...paths].map(async (p) => {
      const response = await fetch(server.origin + p);
      if (!response.ok) throw new Error(`${p}: ${response.status}`);
      const text = Buffer.from(await response.arrayBuffer());
      const holds = LIBRARIES.filter(([, marker]) => marker.test(text.toString("utf8"))).map(([name]) => name);
      return { path: p, gzipKB: zlib.gzipSync(text).length / 1024, holds };
    }),
  );
  sizes.sort((a, b) => b.gzipKB - a.gzipKB);
  return { gzipKB: sizes.reduce((sum, s) => sum + s.gzipKB, 0), chunks: sizes.length, largest: sizes.slice(0, 6) };
}

export interface LighthouseFigure {
  page: string;
  path: string;
  performance: number;
  accessibility: number;
  totalBlockingTimeMs: number;
  largestContentfulPaintMs: number;
}

export async function lighthousePages(server: BenchServer, log: (s: string) => void, runs = 3): Promise<LighthouseFigure[]> {
  const html = await (await fetch(server.origin + server.dashboardPath, { headers: { cookie: server.cookies[0] } })).text();
  const link = (prefix: string) => html.match(new RegExp(`href="(${prefix}[^"]+)"`))?.[1]?.replace(/&amp;/g, "&");
  const pages = [
    { page: "dashboard", path: server.dashboardPath },
    { page: "target page", path: link("/targets/") },
    { page: "section page", path: link("/sections/") },
    { page: "score sheet", path: `/plans/${server.planId}/scores` },
  ];
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "ptt-bench-lh-"));
  try {
    const figures: LighthouseFigure[] = [];
    for (const p of pages) {
      if (!p.path) throw new Error(`no link to a ${p.page} on the dashboard`);
      const reports = [];
      for (let i = 0; i < runs; i++) reports.push(await lighthouse(server.origin + p.path, server.cookies[0], work));
      const figure = {
        page: p.page,
        path: p.path,
        performance: median(reports.map((r) => r.performance)),
        accessibility: median(reports.map((r) => r.accessibility)),
        totalBlockingTimeMs: median(reports.map((r) => r.tbt)),
        largestContentfulPaintMs: median(reports.map((r) => r.lcp)),
      };
      log(
        `[${server.engine}] lighthouse ${p.page.padEnd(14)} performance ${figure.performance} accessibility ${figure.accessibility} (TBT ${figure.totalBlockingTimeMs.toFixed(0)} ms, LCP ${figure.largestContentfulPaintMs.toFixed(0)} ms)`,
      );
      figures.push(figure);
    }
    return figures;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

interface LhReport {
  categories: Record<"performance" | "accessibility", { score: number }>;
  audits: Record<string, { numericValue: number }>;
}

async function lighthouse(url: string, cookie: string, work: string) {
  const output = path.join(work, "report.json");
  const args = [
    url,
    "--preset=desktop",
    "--only-categories=performance,accessibility",
    "--output=json",
    `--output-path=${output}`,
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
    `--extra-headers=${JSON.stringify({ Cookie: cookie })}`,
    "--quiet",
  ];
  await new Promise<void>((resolve, reject) => {
    const child = spawn(path.resolve("node_modules/.bin/lighthouse"), args, {
      env: { ...process.env, CHROME_PATH: CHROME, TMPDIR: work },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`lighthouse exited with ${code}: ${stderr.slice(-2000)}`))));
  });
  const report = JSON.parse(fs.readFileSync(output, "utf8")) as LhReport;
  return {
    performance: Math.round(report.categories.performance.score * 100),
    accessibility: Math.round(report.categories.accessibility.score * 100),
    tbt: report.audits["total-blocking-time"].numericValue,
    lcp: report.audits["largest-contentful-paint"].numericValue,
  };
}
