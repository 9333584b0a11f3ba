/**
 * `npm run loadtest`: measures the production server of an existing build
 * (run `npm run build` first; this script builds nothing). Starts
 * `next start` on a free loopback port as one process, warms it up at full
 * concurrency, then runs autocannon against each route and prints requests/s,
 * p99 and worst latency, errors and non-2xx responses, with the server's
 * resident memory after warm-up and at the end. Requests carry the
 * Accept-Encoding every browser sends, so responses are compressed as readers
 * get them. Exits 1 on any error or non-2xx response, or when memory grew
 * past 1.5× its warmed-up size; the server is stopped in every case. Writes the table into
 * docs/performance.md.
 *
 *   npm run loadtest -- [--duration 30] [--connections 100] [--port N]
 *
 * Without --port the system picks a free loopback port.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { HOST, freePort, startNext, stopNext, waitUntilServing } from "./support/next-app";
import { recordInDocs, runContext } from "./support/record";
import { markdownTable } from "./support/table";

const ROUTES = ["/", "/publications", "/updates", "/feed.xml"];
const WARM_UP_SECONDS = 5;
const MAX_RSS_GROWTH = 1.5;
const BROWSER_HEADERS = { "accept-encoding": "gzip, deflate, br" };

interface RouteResult {
  route: string;
  requestsPerSecond: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

/** Resident set size of a process in MiB, from Linux's /proc. */
function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1]);
  if (!Number.isFinite(kib)) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return kib / 1024;
}

/** Every route at full concurrency: the memory baseline is the server's working size under load, not idle. */
async function warmUp(origin: string, connections: number): Promise<void> {
  for (const route of ROUTES) await measure(origin, route, WARM_UP_SECONDS, connections);
}

async function measure(origin: string, route: string, duration: number, connections: number): Promise<RouteResult> {
  const result = await autocannon({ url: `${origin}${route}`, connections, duration, headers: BROWSER_HEADERS });
  return {
    route,
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

function table(results: RouteResult[]): string {
  return markdownTable(
    ["route", "requests/s", "p99 ms", "max ms", "errors", "non-2xx"],
    results.map((r) => [
      r.route,
      r.requestsPerSecond.toFixed(0),
      r.p99Ms.toFixed(0),
      r.maxMs.toFixed(0),
      String(r.errors + r.timeouts),
      String(r.non2xx),
    ]),
    new Set([1, 2, 3, 4, 5]),
  );
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      duration: { type: "string", default: "30" },
      connections: { type: "string", default: "100" },
      port: { type: "string" },
    },
  });
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  if (!(duration > 0) || !Number.isInteger(connections) || connections < 1) {
    console.error(
      "loadtest: error: --duration must be a positive number of seconds and --connections a positive integer",
    );
    return 2;
  }
  if (!existsSync(path.join(".next", "BUILD_ID"))) {
    console.error(
      "loadtest: error: no production build in .next/ (run `npm run build` first; this script builds nothing)",
    );
    return 2;
  }

  const port = values.port === undefined ? await freePort() : Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error("loadtest: error: --port must be a port number");
    return 2;
  }
  const context = runContext(`npm run loadtest -- --duration ${duration} --connections ${connections}`);
  const origin = `http://${HOST}:${port}`;
  const server = startNext(process.cwd(), port);
  const onSignal = () => void stopNext(server).then(() => process.exit(130));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const pid = server.pid;
    if (pid === undefined) throw new Error("could not start next start");
    await waitUntilServing(origin, server);
    await warmUp(origin, connections);
    const warmRss = rssMiB(pid);
    console.error(`loadtest: ${origin}, ${connections} connections, ${duration} s per route`);

    const results: RouteResult[] = [];
    for (const route of ROUTES) {
      results.push(await measure(origin, route, duration, connections));
      console.error(`  ${route} done`);
    }
    const endRss = rssMiB(pid);

    const notes = [
      `Requests send Accept-Encoding: ${BROWSER_HEADERS["accept-encoding"]}, as browsers do.`,
      `Server RSS: ${warmRss.toFixed(0)} MiB after warm-up, ${endRss.toFixed(0)} MiB at the end (${(endRss / warmRss).toFixed(2)}×).`,
    ].join(" ");
    console.log(`${table(results)}\n${notes}`);
    await recordInDocs("docs/performance.md", "loadtest", `${context}\n\n${table(results)}\n\n${notes}`);

    const failures = [
      ...results.filter((r) => r.errors + r.timeouts > 0).map((r) => `${r.route}: ${r.errors + r.timeouts} errors`),
      ...results.filter((r) => r.non2xx > 0).map((r) => `${r.route}: ${r.non2xx} non-2xx responses`),
      ...(endRss > MAX_RSS_GROWTH * warmRss ? [`RSS grew past ${MAX_RSS_GROWTH}× the warmed-up size`] : []),
    ];
    for (const failure of failures) console.error(`loadtest: error: ${failure}`);
    return failures.length > 0 ? 1 : 0;
  } finally {
    await stopNext(server);
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`loadtest: error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
