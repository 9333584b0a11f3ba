import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { ROOT } from "../support/paths";

const run = promisify(execFile);

test("`npm run check` finds no error in the content file", async () => {
  // Warnings leave an entry shown as written; only errors stop a build.
  const { stderr } = await run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/check.ts"], { cwd: ROOT });
  expect(stderr.split("\n").filter((line) => /: error: /.test(line))).toEqual([]);
  expect(stderr).toMatch(/\d+ sections, \d+ warning\(s\)/);
});
