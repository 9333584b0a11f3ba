/**
 * Building and serving the site (or a variant of it) for the benchmark, the
 * Lighthouse run and the load test, always as one `node next` process so its
 * memory is the server's and stopping it stops the server.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { cpSync, mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";

export const HOST = "127.0.0.1";

function nextBin(dir: string): string {
  return path.join(dir, "node_modules/next/dist/bin/next");
}

/**
 * A throwaway copy of the project, so a build never disturbs the .next someone
 * is using. node_modules is copied, not linked: Turbopack refuses a symlink.
 */
export function copyProject(projectDir: string, prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  cpSync(projectDir, dir, {
    recursive: true,
    filter: (src) => !/\/(\.next|out|node_modules|test-results|\.git)$/.test(src),
  });
  execFileSync("cp", ["-a", path.join(projectDir, "node_modules"), dir]);
  return dir;
}

/** Runs `next build` in dir and returns its wall time in seconds; the build's own output is shown only if it fails. */
export function buildNext(dir: string, env: Record<string, string> = {}): number {
  const started = performance.now();
  try {
    execFileSync(process.execPath, [nextBin(dir), "build"], {
      cwd: dir,
      stdio: "pipe",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    });
  } catch (error) {
    const output =
      error && typeof error === "object" && "stdout" in error
        ? String(error.stdout) + String((error as { stderr?: unknown }).stderr ?? "")
        : "";
    throw new Error(`next build failed in ${dir}\n${output.trim()}`);
  }
  return (performance.now() - started) / 1000;
}

export function startNext(dir: string, port: number, env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [nextBin(dir), "start", "-p", String(port), "-H", HOST], {
    cwd: dir,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, ...env, NODE_ENV: "production" },
  });
}

export async function waitUntilServing(url: string, server: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`next start did not answer on ${url} within ${timeoutMs / 1000} s`);
}

export function stopNext(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => server.kill("SIGKILL"), 5_000);
    server.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    server.kill("SIGTERM");
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
