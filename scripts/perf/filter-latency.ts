/**
 * The publications filter at scale: builds a temp copy of the site with a
 * generated profile (PROFILE_PATH), checks the page renders every entry, then
 * types into the search field in Chromium at a typist's pace and times each
 * keystroke from its keydown to the end of the first frame that shows the
 * updated list (a requestAnimationFrame, then a message: the frame's style,
 * layout and paint included). Typing and deleting words both count, so the
 * list narrows and widens.
 *
 *   tsx scripts/perf/filter-latency.ts [--publications 1000] [--port N]
 *
 * Without --port the system picks a free loopback port.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Page } from "@playwright/test";
import { generateProfile } from "../../test/generators/profile";
import { HOST, buildNext, copyProject, freePort, startNext, stopNext, waitUntilServing } from "./support/next-app";
import { percentile } from "./support/percentile";

export interface FilterLatency {
  publications: number;
  /** Publications in the served page, all shown before any filtering. */
  rendered: number;
  buildSeconds: number;
  samples: number[];
}

const WORDS = ["efficient", "sparse inference", "transformers", "zhang", "icml", "study 42", "müller"];
const KEY_INTERVAL_MS = 120;

declare global {
  interface Window {
    keystrokeTimes?: number[];
  }
}

function recordKeystrokes(): void {
  const input = document.querySelector<HTMLInputElement>("#publication-search");
  if (!input) throw new Error("no search field");
  const times: number[] = [];
  window.keystrokeTimes = times;
  let keydownAt = 0;
  input.addEventListener("keydown", (event) => (keydownAt = event.timeStamp), { capture: true });
  // A window listener runs after React's root listener, which has re-rendered the list by then.
  window.addEventListener("input", (event) => {
    // Characters typed through an input method arrive without a keydown.
    const began = keydownAt || event.timeStamp;
    keydownAt = 0;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => times.push(performance.now() - began);
      channel.port2.postMessage(null);
    });
  });
}

async function typeAndDelete(page: Page): Promise<number[]> {
  await page.evaluate(recordKeystrokes);
  const search = page.locator("#publication-search");
  await search.focus();
  for (const word of WORDS) {
    for (const key of word) {
      await page.keyboard.type(key);
      await page.waitForTimeout(KEY_INTERVAL_MS);
    }
    for (let i = 0; i < word.length; i++) {
      await page.keyboard.press("Backspace");
      await page.waitForTimeout(KEY_INTERVAL_MS);
    }
  }
  await page.waitForTimeout(500);
  return page.evaluate(() => window.keystrokeTimes ?? []);
}

export async function measureFilterLatency(
  projectDir: string,
  publications = 1000,
  requestedPort?: number,
): Promise<FilterLatency> {
  const port = requestedPort ?? (await freePort());
  const dir = copyProject(projectDir, "bench-filter-");
  const env = { PROFILE_PATH: "profile.bench.md" };
  writeFileSync(path.join(dir, env.PROFILE_PATH), generateProfile({ publications, updates: publications }));
  const buildSeconds = buildNext(dir, env);
  const server = startNext(dir, port, env);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const url = `http://${HOST}:${port}/publications`;
    await waitUntilServing(url, server);
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: "networkidle" });
    const rendered = await page.getByTestId("publication").filter({ visible: true }).count();
    // A reader looks before typing; the first keystroke should not race hydration.
    await page.waitForTimeout(1000);
    return { publications, rendered, buildSeconds, samples: await typeAndDelete(page) };
  } finally {
    await browser.close();
    await stopNext(server);
  }
}

if (process.argv[1]?.endsWith("filter-latency.ts")) {
  const { values } = parseArgs({
    options: { publications: { type: "string", default: "1000" }, port: { type: "string" } },
  });
  const port = values.port === undefined ? undefined : Number(values.port);
  const result = await measureFilterLatency(process.cwd(), Number(values.publications), port);
  console.log(
    `${result.rendered} of ${result.publications} publications rendered; ${result.samples.length} keystrokes: ` +
      `median ${percentile(result.samples, 0.5).toFixed(1)} ms, p95 ${percentile(result.samples, 0.95).toFixed(1)} ms`,
  );
}
