/**
 * Lighthouse 12 (mobile, default simulated throttling) in the system Chromium against the
 * production build in .next (run `next build` first) on /, /publications and /updates,
 * and, in the same run, against a bare app-router page of the same Next version (built once
 * in the temp dir, see scripts/bench/route-bytes.ts): Performance is only comparable within a run.
 * Ports 3610 (site) and 3611 (bare).
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { bareApp } from "./bench/route-bytes";

const SITE_PORT = 3610;
const BARE_PORT = 3611;

function start(dir: string, port: number): ChildProcess {
  return spawn(process.execPath, [path.join(dir, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], { cwd: dir, stdio: "ignore" });
}

async function ready(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} did not start`);
}

const servers = [start(process.cwd(), SITE_PORT), start(bareApp(process.cwd()), BARE_PORT)];
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
});
try {
  const targets: [string, string][] = [
    ["bare app-router page", `http://127.0.0.1:${BARE_PORT}/`],
    ["/", `http://127.0.0.1:${SITE_PORT}/`],
    ["/publications", `http://127.0.0.1:${SITE_PORT}/publications`],
    ["/updates", `http://127.0.0.1:${SITE_PORT}/updates`],
  ];
  await ready(`http://127.0.0.1:${BARE_PORT}/`);
  await ready(`http://127.0.0.1:${SITE_PORT}/`);
  const rows = [];
  const lost: string[] = [];
  for (const [name, url] of targets) {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" });
    if (!result) throw new Error(`no result for ${url}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    rows.push({ page: name, performance: score("performance"), accessibility: score("accessibility"), "best practices": score("best-practices"), seo: score("seo"), TBT: audits["total-blocking-time"]?.displayValue, LCP: audits["largest-contentful-paint"]?.displayValue });
    for (const id of ["accessibility", "best-practices", "seo"]) {
      for (const ref of categories[id]?.auditRefs ?? []) {
        const audit = audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) lost.push(`${name}: ${id} – ${audit.id}: ${audit.title}`);
      }
    }
  }
  console.table(rows);
  if (lost.length > 0) console.log(`Points lost:\n${lost.join("\n")}`);
} finally {
  chrome.kill();
  for (const server of servers) server.kill();
}
