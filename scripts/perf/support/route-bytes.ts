import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { bareApp } from "./minimal-app";

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
  /** JS beyond a bare app-router page of the same Next version (see bareApp in minimal-app.ts). */
  ownJs: Size;
}

const ROUTE_FILES: Record<string, string> = {
  "/": "index.html",
  "/publications": "publications.html",
  "/updates": "updates.html",
  "/cv": "cv.html",
};

function size(bytes: Buffer): Size {
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

function add(a: Size, b: Size): Size {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip };
}

const ZERO: Size = { raw: 0, gzip: 0 };

function assets(html: string, pattern: RegExp): string[] {
  return [...new Set([...html.matchAll(pattern)].map((match) => match[1] ?? ""))].filter((src) =>
    src.startsWith("/_next/static/"),
  );
}

function read(projectDir: string, src: string): Buffer {
  return readFileSync(path.join(projectDir, ".next", src.replace(/^\/_next\//, "")));
}

/** The JS a page of a build loads, summed. */
export function pageJs(projectDir: string, htmlFile = "index.html"): Size {
  const html = readFileSync(path.join(projectDir, ".next/server/app", htmlFile), "utf8");
  return assets(html, /<script[^>]*\ssrc="([^"]+)"/g).reduce(
    (total, src) => add(total, size(read(projectDir, src))),
    ZERO,
  );
}

/** Per-route HTML, CSS and JS from a production build in projectDir/.next. */
export function routeBytes(projectDir: string, framework: Size): RouteBytes[] {
  return Object.entries(ROUTE_FILES).map(([route, file]) => {
    const htmlBytes = readFileSync(path.join(projectDir, ".next/server/app", file));
    const html = htmlBytes.toString("utf8");
    let css = ZERO;
    for (const href of assets(html, /<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g))
      css = add(css, size(read(projectDir, href)));
    let js = ZERO;
    for (const src of assets(html, /<script[^>]*\ssrc="([^"]+)"/g)) js = add(js, size(read(projectDir, src)));
    const ownJs = { raw: Math.max(0, js.raw - framework.raw), gzip: Math.max(0, js.gzip - framework.gzip) };
    return { route, html: size(htmlBytes), css, js, ownJs };
  });
}

export const kb = (bytes: number) => (bytes / 1024).toFixed(1);

// Quick look: `tsx scripts/perf/support/route-bytes.ts [projectDir]`
if (process.argv[1]?.endsWith("route-bytes.ts")) {
  const dir = path.resolve(process.argv[2] ?? ".");
  const framework = pageJs(bareApp(dir));
  console.table(
    routeBytes(dir, framework).map((r) => ({
      route: r.route,
      html: kb(r.html.gzip),
      css: kb(r.css.gzip),
      js: kb(r.js.gzip),
      own: kb(r.ownJs.gzip),
    })),
  );
}
