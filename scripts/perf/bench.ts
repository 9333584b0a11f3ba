/**
 * `npm run bench`: the site's performance figures, measured in one run on this
 * machine, printed as one table with the target each figure must meet.
 *
 * - parse time (median of repeated runs, each input in a process of its own) of the seed and of generated profiles
 *   with 100, 1,000 and 10,000 publications and as many updates, beside a bare
 *   remark parse of the same text;
 * - `next build` wall time for the seed, in a temp copy;
 * - HTML, CSS and JS per route, raw and gzip, and the site's own JS beyond a
 *   bare app-router page of the same Next version;
 * - a 1,000-publication build: every entry rendered, and the filter's
 *   keystroke-to-painted-list time in Chromium (median and p95).
 *
 * Writes the table into docs/performance.md. Exits 1 when a target is missed. The generator is test/generators/profile.ts
 * (`npm run generate`), deterministic, so anyone can reproduce the inputs.
 */
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { FILTER_P95_MS, HTML_GZIP, LINEARITY, OWN_JS_GZIP, PARSE_RATIO } from "./budgets";
import { measureFilterLatency } from "./filter-latency";
import { percentile } from "./support/percentile";
import { buildNext, copyProject } from "./support/next-app";
import { bareApp } from "./support/minimal-app";
import { kb, pageJs, routeBytes, type Size } from "./support/route-bytes";
import type { ParseTime } from "./parse-time";
import { recordInDocs, runContext } from "./support/record";
import { markdownTable } from "./support/table";

interface Row {
  measure: string;
  value: string;
  target: string;
  met?: boolean;
}

/** Times one input in a child process (scripts/perf/parse-time.ts). */
function parseTime(input: string): ParseTime {
  const output = execFileSync(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "scripts/perf/parse-time.ts", input],
    { encoding: "utf8" },
  );
  return JSON.parse(output) as ParseTime;
}

function parseRows(): Row[] {
  const inputs: [string, string][] = [
    ["seed", "seed"],
    ...[100, 1000, 10000].map((n): [string, string] => [
      `${n.toLocaleString("en")} pubs + ${n.toLocaleString("en")} updates`,
      String(n),
    ]),
  ];
  const times = inputs.map(([name, input]) => ({ name, ...parseTime(input) }));
  const rows: Row[] = times.map(({ name, ours, remark: bareMs }) => ({
    measure: `parse ${name}`,
    value: `${ours.toFixed(1)} ms vs remark ${bareMs.toFixed(1)} ms = ${(ours / bareMs).toFixed(2)}×`,
    target: `≤ ${PARSE_RATIO}×`,
    met: ours / bareMs <= PARSE_RATIO,
  }));
  const thousand = times[2];
  const tenThousand = times[3];
  if (thousand && tenThousand) {
    const growth = tenThousand.ours / thousand.ours;
    rows.push({
      measure: "parse 10,000 / 1,000",
      value: `${growth.toFixed(1)}× (remark alone ${(tenThousand.remark / thousand.remark).toFixed(1)}×)`,
      target: `≤ ${LINEARITY}×`,
      met: growth <= LINEARITY,
    });
  }
  return rows;
}

const sizes = (size: Size) => `${kb(size.raw)} / ${kb(size.gzip)}`;

// The budgets are the seed's, whatever content/profile.md holds now.
const SEED = { PROFILE_PATH: "test/profiles/seed.md" };

function seedBuildRows(): Row[] {
  const dir = copyProject(process.cwd(), "bench-build-");
  try {
    const seconds = buildNext(dir, SEED);
    const framework = pageJs(bareApp(process.cwd()));
    const rows: Row[] = [
      { measure: "next build, seed (temp copy, no .next cache)", value: `${seconds.toFixed(1)} s`, target: "" },
    ];
    for (const route of routeBytes(dir, framework)) {
      const ownBudget = OWN_JS_GZIP[route.route] ?? 0;
      rows.push(
        {
          measure: `${route.route} HTML, KB raw / gzip`,
          value: sizes(route.html),
          target: `gzip ≤ ${kb(HTML_GZIP)}`,
          met: route.html.gzip <= HTML_GZIP,
        },
        { measure: `${route.route} CSS, KB raw / gzip`, value: sizes(route.css), target: "" },
        { measure: `${route.route} JS, KB raw / gzip`, value: sizes(route.js), target: "" },
        {
          measure: `${route.route} own JS beyond a bare page (${kb(framework.gzip)} KB gzip)`,
          value: sizes(route.ownJs),
          target: `gzip ≤ ${kb(ownBudget)}`,
          met: route.ownJs.gzip <= ownBudget,
        },
      );
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function filterRows(): Promise<Row[]> {
  const result = await measureFilterLatency(process.cwd());
  const p95 = percentile(result.samples, 0.95);
  return [
    {
      measure: "next build, 1,000 pubs + 1,000 updates",
      value: `${result.buildSeconds.toFixed(1)} s`,
      target: "builds",
      met: true,
    },
    {
      measure: "/publications entries shown, 1,000 pubs",
      value: String(result.rendered),
      target: String(result.publications),
      met: result.rendered === result.publications,
    },
    {
      measure: `filter keystroke → painted list, median (${result.samples.length} keys)`,
      value: `${percentile(result.samples, 0.5).toFixed(1)} ms`,
      target: "",
    },
    {
      measure: "filter keystroke → painted list, p95",
      value: `${p95.toFixed(1)} ms`,
      target: `≤ ${FILTER_P95_MS} ms`,
      met: p95 <= FILTER_P95_MS,
    },
  ];
}

const context = runContext("npm run bench");
const rows = [...parseRows(), ...seedBuildRows(), ...(await filterRows())];
const table = markdownTable(
  ["measure", "value", "target", "met"],
  rows.map((row) => [row.measure, row.value, row.target, row.met === undefined ? "" : row.met ? "yes" : "NO"]),
);
console.log(table);
await recordInDocs("docs/performance.md", "bench", `${context}\n\n${table}`);
const missed = rows.filter((row) => row.met === false);
if (missed.length > 0) {
  console.error(`bench: ${missed.length} target(s) missed: ${missed.map((row) => row.measure).join("; ")}`);
  process.exitCode = 1;
}
