/**
 * Builds the site from a profile in a private copy of the project,
 * $TMPDIR/researcher-site-<name>, where the profile takes the place of
 * content/profile.md (so the site is the one an author with that file would
 * deploy, and the project's own .next stays the author's), then serves it with
 * `next start`; with --export, builds the static export and serves out/ as a
 * plain static host would. A folder beside the profile named after it
 * (features.md, features/) holds its files and moves with it. Started by the
 * Playwright configs of the suites built from a test profile:
 *
 *   tsx e2e/support/serve-profile.ts <name> <profile> <port> [--export]
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { DEFAULT_PROFILE_PATH } from "../../lib/config";
import { profileBuildDir, ROOT } from "./paths";
import { serveStatic } from "./static-host";

// Kept between runs: node_modules is slow to copy, and .next holds the build cache.
const KEPT = new Set(["node_modules", ".next"]);
// The browser tests and the scripts are not part of the site; leaving them out keeps their imports out of its build.
const LEFT_OUT = new Set([...KEPT, "out", "test-results", "playwright-report", ".git", "e2e", "scripts"]);

/** Whether the copy's dependencies were installed from another lock file than the project's. */
function dependenciesChanged(copy: string): boolean {
  const lock = (folder: string) => {
    const file = path.join(folder, "package-lock.json");
    return existsSync(file) ? readFileSync(file) : null;
  };
  const copied = lock(copy);
  const current = lock(ROOT);
  return copied === null || current === null || !copied.equals(current);
}

function copyProject(copy: string, profile: string): void {
  mkdirSync(copy, { recursive: true });
  // A dependency added since the last run would be missing from the kept node_modules.
  if (dependenciesChanged(copy)) rmSync(path.join(copy, "node_modules"), { recursive: true, force: true });
  for (const entry of readdirSync(copy)) if (!KEPT.has(entry)) rmSync(path.join(copy, entry), { recursive: true });
  for (const entry of readdirSync(ROOT)) {
    if (!LEFT_OUT.has(entry)) cpSync(path.join(ROOT, entry), path.join(copy, entry), { recursive: true });
  }
  copyFileSync(profile, path.join(copy, DEFAULT_PROFILE_PATH));
  // The profile's own files (its photo, teasers, CV) sit in a folder named after it, which moves with it.
  // A generated profile is written beside its build copy under the same name: that folder is the copy itself.
  const files = profile.replace(/\.md$/, "");
  if (files !== path.resolve(copy) && existsSync(files) && statSync(files).isDirectory()) {
    cpSync(files, path.join(copy, path.dirname(DEFAULT_PROFILE_PATH), path.basename(files)), { recursive: true });
  }
  if (existsSync(path.join(copy, "node_modules"))) return;
  // Turbopack refuses a symlinked node_modules; hard links are as fast and look like real files.
  try {
    execFileSync("cp", ["-al", path.join(ROOT, "node_modules"), copy], { stdio: "ignore" });
  } catch {
    execFileSync("cp", ["-a", path.join(ROOT, "node_modules"), copy]);
  }
}

function main([name, profile, port, mode]: string[]): number {
  if (!name || !profile || !port || (mode !== undefined && mode !== "--export")) {
    console.error("usage: serve-profile.ts <name> <profile> <port> [--export]");
    return 2;
  }
  const staticExport = mode === "--export";
  const copy = profileBuildDir(name);
  copyProject(copy, path.resolve(ROOT, profile));
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  delete env.PROFILE_PATH;
  delete env.STATIC_EXPORT;
  if (staticExport) env.STATIC_EXPORT = "1";
  const next = path.join(copy, "node_modules/next/dist/bin/next");
  const started = Date.now();
  const build = spawnSync(process.execPath, [next, "build"], { cwd: copy, env, encoding: "utf8" });
  writeFileSync(path.join(copy, "build.log"), `${build.stdout}${build.stderr}`);
  if (build.status !== 0) {
    console.error(`${build.stdout}${build.stderr}`);
    return 1;
  }
  // The rest of `npm run build`, run from the project on this copy's output.
  const tsx = path.join(copy, "node_modules/tsx/dist/cli.mjs");
  const policies = spawnSync(process.execPath, [tsx, path.join(ROOT, "scripts/write-csp-policies.ts")], {
    cwd: copy,
    env,
    encoding: "utf8",
  });
  if (policies.status !== 0) {
    console.error(`${policies.stdout}${policies.stderr}`);
    return 1;
  }
  console.error(`serve-profile: built ${name} in ${Math.round((Date.now() - started) / 1000)} s`);
  if (staticExport) {
    // out/ as a plain static host serves it; the process lives until the suite stops it.
    void serveStatic(path.join(copy, "out"), Number(port));
    return 0;
  }
  const server = spawn(process.execPath, [next, "start", "-p", port, "-H", "127.0.0.1"], {
    cwd: copy,
    env,
    stdio: "inherit",
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
  return 0;
}

const code = main(process.argv.slice(2));
if (code !== 0) process.exit(code);
