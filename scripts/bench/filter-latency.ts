/**
 * Keystroke-to-updated-list time of the publications filter with 1,000 publications,
 * in Chromium against a production build of a temp copy (PROFILE_PATH = generated profile).
 * Each sample: performance.now() at the input event → first DOM mutation of the list →
 * the next animation frame (the frame that paints it). Prints median and p95 in ms.
 * Usage: tsx scripts/bench/filter-latency.ts [--port 3601]
 */
import { execFileSync, spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { generateProfile } from "./generate";

export async function filterLatency(port = 3601, publications = 1000): Promise<{ median: number; p95: number; samples: number; entries: number }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-filter-"));
  cpSync(process.cwd(), dir, { recursive: true, filter: (src) => !/\/(\.next|out|node_modules|test-results|\.git)$/.test(src) });
  execFileSync("cp", ["-a", "node_modules", dir]);
  writeFileSync(path.join(dir, "profile.bench.md"), generateProfile(publications));
  const env = { ...process.env, PROFILE_PATH: "profile.bench.md", NEXT_TELEMETRY_DISABLED: "1" };
  execFileSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { cwd: dir, stdio: "ignore", env });
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], { cwd: dir, env, stdio: "ignore" });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const url = `http://127.0.0.1:${port}/publications`;
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(url)).ok) break;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
    }
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: "networkidle" });
    const entries = await page.locator("main li[id], main article[id]").count();
    await page.evaluate(() => {
      const w = window as unknown as { samples: number[] };
      w.samples = [];
      const input = document.querySelector<HTMLInputElement>("#publication-search");
      const list = document.querySelector("main");
      if (!input || !list) throw new Error("no search field or list");
      let start = 0;
      input.addEventListener("input", () => (start = performance.now()), { capture: true });
      new MutationObserver(() => {
        if (start === 0) return;
        const began = start;
        start = 0;
        requestAnimationFrame(() => w.samples.push(performance.now() - began));
      }).observe(list, { childList: true, subtree: true, characterData: true });
    });
    const input = page.locator("#publication-search");
    // Type a word, clear it, repeat: narrowing and widening the list both count.
    for (const word of ["efficient", "turing", "sparse agents", "gödel", "icml"]) {
      await input.focus();
      for (const key of word) {
        await page.keyboard.type(key);
        await page.waitForTimeout(60);
      }
      await input.fill("");
      await page.waitForTimeout(100);
    }
    const samples = (await page.evaluate(() => (window as unknown as { samples: number[] }).samples)).toSorted((a, b) => a - b);
    const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? Number.NaN;
    return { median: at(0.5), p95: at(0.95), samples: samples.length, entries };
  } finally {
    await browser.close();
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith("filter-latency.ts")) {
  const args = process.argv.slice(2);
  const port = args.includes("--port") ? Number(args[args.indexOf("--port") + 1]) : 3601;
  const result = await filterLatency(port);
  console.log(`filter, ${result.entries} entries rendered, ${result.samples} keystrokes: median ${result.median.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms`);
}
