/**
 * Lighthouse 12 (mobile, default simulated throttling) in the system Chromium against the
 * production build in .next (run `next build` first) on /, /publications and /updates,
 * and, in the same run, against a bare app-router page of the same Next version (built once
 * in the temp dir, see scripts/perf/support/minimal-app.ts): Performance is only comparable within a run.
 * Also scored, as a control the targets ignore: the bare page given the home page's HTML and
 * stylesheet but none of the site's code, which shows what the content costs by itself.
 * Exits 1 when a page scores below 100 in Accessibility, Best Practices or SEO (naming the
 * audit), or more than PERFORMANCE_MARGIN points below the bare page in Performance, and
 * writes the table into docs/performance.md.
 *
 * Refuses to score while the machine is busy: Lighthouse simulates a slow phone from what
 * it observes, so another build on the same cores takes points from every page, unevenly.
 */
import os from "node:os";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { freePort, HOST, startNext, stopNext, waitUntilServing } from "./support/next-app";
import { bareApp, contentControlApp } from "./support/minimal-app";
import { recordInDocs, runContext } from "./support/record";
import { markdownTable } from "./support/table";

const RUNS = 3;
/** How far below the bare page's Performance score a page may fall. */
const PERFORMANCE_MARGIN = 2;

const cores = os.availableParallelism();
const [load = 0] = os.loadavg();
if (load > cores) {
  console.error(
    `lighthouse: not scoring: the 1-minute load average is ${load.toFixed(1)}, above the ${cores} cores; ` +
      "other work on the machine would take points from the pages. Run it again when the machine is quiet.",
  );
  process.exit(1);
}

const context = runContext("npm run lighthouse");
const [SITE_PORT, BARE_PORT, CONTROL_PORT] = [await freePort(), await freePort(), await freePort()];
const site = startNext(process.cwd(), SITE_PORT);
const bare = startNext(bareApp(process.cwd()), BARE_PORT);
const control = startNext(contentControlApp(process.cwd()), CONTROL_PORT);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
});
interface Scores {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcp: string;
  tbt: string;
  /** Audits with weight that lost points outside Performance. */
  lost: string[];
}

async function audit(page: string, url: string, port: number): Promise<Scores> {
  const result = await lighthouse(url, { port, output: "json", logLevel: "error" });
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
  const { categories, audits } = result.lhr;
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  const lost: string[] = [];
  for (const id of ["accessibility", "best-practices", "seo"]) {
    for (const ref of categories[id]?.auditRefs ?? []) {
      const found = audits[ref.id];
      if (ref.weight > 0 && found && found.score !== null && found.score < 1)
        lost.push(`${page}: ${id}: ${found.id} (${found.title})`);
    }
  }
  return {
    page,
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcp: audits["largest-contentful-paint"]?.displayValue?.toString() ?? "",
    tbt: audits["total-blocking-time"]?.displayValue?.toString() ?? "",
    lost,
  };
}

/**
 * Each page RUNS times, in rounds over all pages so that a busy moment on the
 * machine weighs on every page alike; each page's run with the median
 * Performance score is kept.
 */
async function medianAudits(targets: [string, string][], port: number): Promise<Scores[]> {
  const runs = new Map<string, Scores[]>(targets.map(([page]) => [page, []]));
  for (let round = 0; round < RUNS; round++) {
    for (const [page, url] of targets) runs.get(page)?.push(await audit(page, url, port));
  }
  return targets.map(([page]) => {
    const scores = (runs.get(page) ?? []).toSorted((a, b) => a.performance - b.performance);
    return scores[Math.floor(scores.length / 2)] as Scores;
  });
}

try {
  await waitUntilServing(`http://${HOST}:${BARE_PORT}/`, bare);
  await waitUntilServing(`http://${HOST}:${CONTROL_PORT}/`, control);
  await waitUntilServing(`http://${HOST}:${SITE_PORT}/`, site);
  const [baseline, contentOnly, ...pages] = await medianAudits(
    [
      ["bare app-router page", `http://${HOST}:${BARE_PORT}/`],
      ["control: bare + home's HTML and CSS", `http://${HOST}:${CONTROL_PORT}/`],
      ...["/", "/publications", "/updates"].map((route): [string, string] => [
        route,
        `http://${HOST}:${SITE_PORT}${route}`,
      ]),
    ],
    chrome.port,
  );
  if (!baseline || !contentOnly) throw new Error("no Lighthouse result for the bare page or the control");

  const floor = baseline.performance - PERFORMANCE_MARGIN;
  const failures = pages.flatMap((scores) => [
    ...(scores.performance < floor
      ? [
          `${scores.page}: Performance ${scores.performance} is below ${floor} (the bare page's ${baseline.performance} less ${PERFORMANCE_MARGIN})`,
        ]
      : []),
    ...scores.lost,
  ]);
  const table = markdownTable(
    ["page", "Performance", "Accessibility", "Best Practices", "SEO", "LCP", "TBT"],
    [baseline, contentOnly, ...pages].map((s) => [
      s.page,
      String(s.performance),
      String(s.accessibility),
      String(s.bestPractices),
      String(s.seo),
      s.lcp,
      s.tbt,
    ]),
    new Set([1, 2, 3, 4, 5, 6]),
  );
  const note = `Median Performance of ${RUNS} runs per page; mobile, simulated throttling. Target: Performance at least ${floor} (the bare page's less ${PERFORMANCE_MARGIN}), the other three 100.`;
  console.log(`${table}\n${note}`);
  await recordInDocs("docs/performance.md", "lighthouse", `${context}\n\n${table}\n\n${note}`);
  for (const failure of failures) console.error(`lighthouse: ${failure}`);
  if (failures.length > 0) process.exitCode = 1;
} finally {
  chrome.kill();
  await Promise.all([stopNext(site), stopNext(bare), stopNext(control)]);
}
