/**
 * The smallest app-router apps, built with the project's own Next version in
 * the temp dir, that the benchmark and the Lighthouse run compare the site with.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

const TSCONFIG = {
  compilerOptions: {
    target: "ES2017",
    lib: ["dom", "esnext"],
    strict: true,
    noEmit: true,
    module: "esnext",
    moduleResolution: "bundler",
    jsx: "react-jsx",
    esModuleInterop: true,
    skipLibCheck: true,
    isolatedModules: true,
  },
  include: ["**/*.ts", "**/*.tsx"],
};

function nextVersion(projectDir: string): string {
  const require = createRequire(path.join(projectDir, "package.json"));
  return (require("next/package.json") as { version: string }).version;
}

/** Writes an app of the given files under app/ into dir and builds it. */
function buildApp(projectDir: string, dir: string, appFiles: Record<string, string>): void {
  mkdirSync(path.join(dir, "app"), { recursive: true });
  writeFileSync(path.join(dir, "package.json"), '{ "name": "minimal-app", "private": true, "type": "module" }\n');
  writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify(TSCONFIG));
  for (const [name, text] of Object.entries(appFiles)) writeFileSync(path.join(dir, "app", name), text);
  // Turbopack refuses a symlinked node_modules; hard links are as good as a copy (the same version by construction) where the temp dir allows them.
  if (!existsSync(path.join(dir, "node_modules"))) {
    const modules = path.join(projectDir, "node_modules");
    try {
      execFileSync("cp", ["-al", modules, dir], { stdio: "ignore" });
    } catch {
      execFileSync("cp", ["-a", modules, dir]);
    }
  }
  execFileSync(process.execPath, [path.join(dir, "node_modules/next/dist/bin/next"), "build"], {
    cwd: dir,
    stdio: "ignore",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
}

/**
 * The framework baseline: a layout and a page with one heading. Next's chunk
 * names are content hashes that change with the project, so a list of names
 * would go stale; instead this app is built once (cached in the temp dir,
 * keyed by the version) and what its page loads is subtracted from each
 * route's. Chunk-by-chunk matching does not work: Turbopack's chunks embed
 * module ids and chunk lists, so most framework chunks differ byte-wise
 * between two apps; the totals are what a visitor pays.
 */
export function bareApp(projectDir: string): string {
  const dir = path.join(os.tmpdir(), `bare-next-app-${nextVersion(projectDir)}`);
  if (existsSync(path.join(dir, ".next/server/app/index.html"))) return dir;
  buildApp(projectDir, dir, {
    "layout.tsx":
      'export const metadata = { title: "Bare", description: "A bare app-router page" };\nexport default function RootLayout({ children }: { children: React.ReactNode }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n',
    "page.tsx": "export default function Page() {\n  return <main><h1>Bare</h1></main>;\n}\n",
  });
  return dir;
}

/**
 * The bare app given the site's home page as it reaches a reader, from the
 * build in projectDir/.next: its body's HTML, without scripts, as one string,
 * and its stylesheet, but none of the site's code (no components, no client
 * code, one element to hydrate). Scored beside the bare page, it shows what
 * the content costs by itself. Rebuilt on each call, as the content changes.
 */
export function contentControlApp(projectDir: string): string {
  const home = readFileSync(path.join(projectDir, ".next/server/app/index.html"), "utf8");
  const body = /<body([^>]*)>([\s\S]*)<\/body>/.exec(home);
  if (!body) throw new Error("no <body> in the build's index.html");
  const bodyClass = /\bclass="([^"]*)"/.exec(body[1] ?? "")?.[1] ?? "";
  const stylesheets = [...home.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="\/_next\/([^"]+)"/g)].map((match) =>
    readFileSync(path.join(projectDir, ".next", match[1] ?? ""), "utf8"),
  );
  const dir = path.join(os.tmpdir(), `content-control-next-app-${nextVersion(projectDir)}`);
  buildApp(projectDir, dir, {
    "site.css": stylesheets.join("\n"),
    "body.html": (body[2] ?? "").replace(/<script\b[\s\S]*?<\/script>/g, ""),
    "layout.tsx": `import "./site.css";\nexport const metadata = { title: "Content control", description: "The site's home page without the site's code" };\nexport default function RootLayout({ children }: { children: React.ReactNode }) {\n  return <html lang="en"><body className=${JSON.stringify(bodyClass)}>{children}</body></html>;\n}\n`,
    // display: contents, so that the body's own layout applies to the page's header, main and footer as on the site.
    "page.tsx": `import { readFileSync } from "node:fs";\nimport path from "node:path";\nconst html = readFileSync(path.join(process.cwd(), "app/body.html"), "utf8");\nexport default function Page() {\n  return <div style={{ display: "contents" }} dangerouslySetInnerHTML={{ __html: html }} />;\n}\n`,
  });
  return dir;
}
