/**
 * One table of the site's performance figures, measured in one run:
 * parser vs a bare remark parse, production build time, bytes per route.
 * The filter latency is measured by scripts/bench/filter-latency.ts (needs a 1,000-publication build).
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { remark } from "remark";
import { readFrontMatter } from "../lib/profile/frontmatter";
import { parseProfile } from "../lib/profile/parse";
import { generateProfile } from "./bench/generate";
import { bareApp, kb, pageJs, routeBytes } from "./bench/route-bytes";

function median(times: number[]): number {
  const sorted = times.toSorted((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function time(run: () => unknown, budgetMs = 1500): number {
  const first = performance.now();
  run();
  const once = performance.now() - first;
  // Inputs that take seconds are timed once: their run-to-run spread is small next to the cost.
  if (once > budgetMs) return once;
  const times: number[] = [];
  const start = performance.now();
  while (times.length < 3 || (performance.now() - start < budgetMs && times.length < 200)) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return median(times);
}

const bare = remark();
const inputs: [string, string][] = [
  ["seed", readFileSync("content/profile.md", "utf8")],
  ["100 pubs + 100 updates", generateProfile(100)],
  ["1,000 + 1,000", generateProfile(1000)],
  ["10,000 + 10,000", generateProfile(10000)],
];
console.log("Parse (median ms)");
const parseRows = inputs.map(([name, source]) => {
  const { body } = readFrontMatter(source.normalize("NFC"), "bench.md");
  const ours = time(() => parseProfile(source));
  const remarkOnly = time(() => bare.parse(body));
  return { profile: name, ours, remarkOnly };
});
console.table(parseRows.map((row) => ({ profile: row.profile, "parseProfile ms": row.ours.toFixed(2), "remark().parse ms": row.remarkOnly.toFixed(2), ratio: (row.ours / row.remarkOnly).toFixed(2) })));
const [, , thousand, tenThousand] = parseRows;
if (thousand && tenThousand) console.log(`10,000 / 1,000 parse time: ${(tenThousand.ours / thousand.ours).toFixed(1)}x (remark alone: ${(tenThousand.remarkOnly / thousand.remarkOnly).toFixed(1)}x)`);

// The build runs in a temp copy so it never disturbs a .next someone is using.
const copy = mkdtempSync(path.join(os.tmpdir(), "bench-build-"));
cpSync(process.cwd(), copy, { recursive: true, filter: (src) => !/\/(\.next|out|node_modules|test-results|\.git)$/.test(src) });
execFileSync("cp", ["-a", "node_modules", copy]);
const t0 = performance.now();
execFileSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { cwd: copy, stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
console.log(`\nnext build (seed, temp copy, warm node_modules, no .next cache): ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const framework = pageJs(bareApp(process.cwd()));
console.log(`\nBytes per route, KB (gzip level 9 / raw); framework = bare app-router page's JS: ${kb(framework.gzip)} KB gzip`);
console.table(
  routeBytes(copy, framework).map((r) => ({
    route: r.route,
    "HTML gz/raw": `${kb(r.html.gzip)} / ${kb(r.html.raw)}`,
    "CSS gz/raw": `${kb(r.css.gzip)} / ${kb(r.css.raw)}`,
    "JS gz/raw": `${kb(r.js.gzip)} / ${kb(r.js.raw)}`,
    "own JS gz/raw": `${kb(r.ownJs.gzip)} / ${kb(r.ownJs.raw)}`,
  })),
);
rmSync(copy, { recursive: true, force: true });
