/**
 * `npm run test:timed`: runs the stages of `npm test`, read from package.json so
 * the two never drift apart, and times each one. Prints the table and writes it
 * into docs/testing.md. Stops at the first failing stage, as `npm test` does.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import { recordInDocs, runContext } from "./support/record";
import { markdownTable } from "./support/table";

const { scripts } = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };

/** The npm scripts `npm test` runs, in order, with `test:quick` opened into its own stages. */
function stages(script: string): string[] {
  return script.split("&&").flatMap((command) => {
    const name = /^npm run (\S+)$/.exec(command.trim())?.[1];
    if (!name) throw new Error(`test-stages: "${command.trim()}" is not \`npm run <script>\``);
    const inner = scripts[name];
    return name === "test:quick" && inner ? stages(inner) : [name];
  });
}

const context = runContext("npm run test:timed");
const rows: string[][] = [];
let total = 0;
let failed: string | null = null;
for (const stage of stages(scripts.test ?? "")) {
  const started = performance.now();
  const { status } = spawnSync("npm", ["run", stage], { stdio: "inherit" });
  const seconds = (performance.now() - started) / 1000;
  total += seconds;
  const [load = 0] = os.loadavg();
  rows.push([stage, seconds.toFixed(0), load.toFixed(1), status === 0 ? "passed" : "FAILED"]);
  if (status !== 0) {
    failed = stage;
    break;
  }
}
rows.push(["total", total.toFixed(0), "", failed ? `stopped at ${failed}` : "passed"]);
const table = markdownTable(["stage", "seconds", "load after", "result"], rows, new Set([1, 2]));
console.log(table);
await recordInDocs("docs/testing.md", "test-stages", `${context}\n\n${table}`);
if (failed) process.exitCode = 1;
