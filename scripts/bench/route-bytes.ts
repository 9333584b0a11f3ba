import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { gzipSync } from "node:zlib";

/** Bytes of one asset, raw and gzip (level 9, as static hosts precompress). */
export interface Size {
  raw: number;
  gzip: number;
}

export interface RouteBytes {
  route: string;
  html: Size;
  css: Size;
  js: Size;
  /** JS beyond a bare app-router page of the same Next version (see bareApp). */
  ownJs: Size;
}

const ROUTE_FILES: Record<string, string> = { "/": "index.html", "/publications": "publications.html", "/updates": "updates.html" };

function size(bytes: Buffer): Size {
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

function add(a: Size, b: Size): Size {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip };
}

const ZERO: Size = { raw: 0, gzip: 0 };

function assets(html: string, pattern: RegExp): string[] {
  return [...new Set([...html.matchAll(pattern)].map((match) => match[1] ?? ""))].filter((src) => src.startsWith("/_next/static/"));
}

function read(projectDir: string, src: string): Buffer {
  return readFileSync(path.join(projectDir, ".next", src.replace(/^\/_next\//, "")));
}

/** The JS a page of a build loads, summed. */
export function pageJs(projectDir: string, htmlFile = "index.html"): Size {
  const html = readFileSync(path.join(projectDir, ".next/server/app", htmlFile), "utf8");
  return assets(html, /<script[^>]*\ssrc="([^"]+)"/g).reduce((total, src) => add(total, size(read(projectDir, src))), ZERO);
}

/**
 * The framework baseline. Next's chunk names are content hashes that change
 * with the project, so a list of names would go stale; instead we build the
 * smallest app-router app (a layout and an empty page) with the same Next
 * version once (cached in the temp dir, keyed by the version) and subtract
 * the JS its page loads from each route's. Chunk-by-chunk matching does not
 * work: Turbopack's chunks embed module ids and chunk lists, so most framework
 * chunks differ byte-wise between two apps; the totals are what a visitor pays.
 */
export function bareApp(projectDir: string): string {
  const require = createRequire(path.join(projectDir, "package.json"));
  const version = (require("next/package.json") as { version: string }).version;
  const dir = path.join(os.tmpdir(), `bare-next-app-${version}`);
  if (existsSync(path.join(dir, ".next/server/app/index.html"))) return dir;
  mkdirSync(path.join(dir, "app"), { recursive: true });
  writeFileSync(path.join(dir, "package.json"), '{ "name": "bare", "private": true, "type": "module" }\n');
  writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { target: "ES2017", lib: ["dom", "esnext"], strict: true, noEmit: true, module: "esnext", moduleResolution: "bundler", jsx: "react-jsx", esModuleInterop: true, skipLibCheck: true, isolatedModules: true }, include: ["**/*.ts", "**/*.tsx"] }),
  );
  writeFileSync(
    path.join(dir, "app/layout.tsx"),
    'export const metadata = { title: "Bare", description: "A bare app-router page" };\nexport default function RootLayout({ children }: { children: React.ReactNode }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n',
  );
  writeFileSync(path.join(dir, "app/page.tsx"), "export default function Page() {\n  return <main><h1>Bare</h1></main>;\n}\n");
  // Turbopack refuses a symlinked node_modules; a copy of the project's is the same version by construction.
  if (!existsSync(path.join(dir, "node_modules"))) execFileSync("cp", ["-a", path.join(projectDir, "node_modules"), dir]);
  execFileSync(process.execPath, [path.join(dir, "node_modules/next/dist/bin/next"), "build"], { cwd: dir, stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  return dir;
}

/** Per-route HTML, CSS and JS from a production build in projectDir/.next. */
export function routeBytes(projectDir: string, framework: Size): RouteBytes[] {
  return Object.entries(ROUTE_FILES).map(([route, file]) => {
    const htmlBytes = readFileSync(path.join(projectDir, ".next/server/app", file));
    const html = htmlBytes.toString("utf8");
    let css = ZERO;
    for (const href of assets(html, /<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) css = add(css, size(read(projectDir, href)));
    let js = ZERO;
    for (const src of assets(html, /<script[^>]*\ssrc="([^"]+)"/g)) js = add(js, size(read(projectDir, src)));
    const ownJs = { raw: Math.max(0, js.raw - framework.raw), gzip: Math.max(0, js.gzip - framework.gzip) };
    return { route, html: size(htmlBytes), css, js, ownJs };
  });
}

export const kb = (bytes: number) => (bytes / 1024).toFixed(1);

// Quick look: `tsx scripts/bench/route-bytes.ts [projectDir]`
if (process.argv[1]?.endsWith("route-bytes.ts")) {
  const dir = path.resolve(process.argv[2] ?? ".");
  const framework = pageJs(bareApp(dir));
  console.table(routeBytes(dir, framework).map((r) => ({ route: r.route, html: kb(r.html.gzip), css: kb(r.css.gzip), js: kb(r.js.gzip), own: kb(r.ownJs.gzip) })));
}
