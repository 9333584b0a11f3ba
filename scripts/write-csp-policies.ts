/**
 * The post-build step of `npm run build`: each page's Content-Security-Policy
 * allows exactly the inline scripts that page carries, by hash. Each page's
 * payload scripts are joined first (lib/security/payload-scripts.ts), which
 * keeps the list short however long the page.
 * - A server build gets .next/csp-manifest.json, which proxy.ts reads.
 * - A static export (STATIC_EXPORT=1) gets the policy in a <meta> tag in every
 *   page, and an out/_headers file with every header, for hosts that read one
 *   (Netlify, Cloudflare Pages).
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { config } from "../lib/config";
import { builtRoute, CSP_MANIFEST_PATH, type CspManifest } from "../lib/security/csp-manifest";
import { joinPayloadScripts } from "../lib/security/payload-scripts";
import { withPolicyMeta } from "../lib/security/policy-meta";
import { commonSecurityHeaders, contentSecurityPolicy } from "../lib/security/security-headers";

async function filesUnder(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
  } catch {
    return [];
  }
}

/** Joins the page's payload scripts in place, and gives the hashes of the scripts it then carries. */
async function joinedPage(file: string): Promise<string[]> {
  const original = await readFile(file, "utf8");
  const { html, hashes } = joinPayloadScripts(original);
  if (html !== original) await writeFile(file, html);
  return hashes;
}

async function writeServerManifest(): Promise<string> {
  const appDir = path.join(".next", "server", "app");
  const manifest: CspManifest = { pages: {}, files: [] };
  for (const file of await filesUnder(appDir)) {
    const route = builtRoute(file);
    if (route?.kind === "page") manifest.pages[route.route] = await joinedPage(path.join(appDir, file));
    if (route?.kind === "file") manifest.files.push(route.route);
  }
  for (const file of await filesUnder("public")) manifest.files.push(`/${file.split(path.sep).join("/")}`);
  await writeFile(CSP_MANIFEST_PATH, JSON.stringify(manifest));
  return `${CSP_MANIFEST_PATH}: ${Object.keys(manifest.pages).length} pages, ${manifest.files.length} files`;
}

/** The URL a static host serves an exported file at: `publications/index.html` is "/publications/". */
function exportedRoute(file: string): string {
  return `/${file.split(path.sep).join("/")}`.replace(/(^|\/)index\.html$/, "$1");
}

function headersFile(policies: Array<[string, string]>): string {
  const block = (route: string, headers: Array<[string, string]>) =>
    [route, ...headers.map(([key, value]) => `  ${key}: ${value}`)].join("\n");
  const common = commonSecurityHeaders().map((header): [string, string] => [header.key, header.value]);
  // The policy goes on each page's own rule: hosts join the values of a header that several rules set.
  const pages = policies.map(([route, policy]) => block(route, [["Content-Security-Policy", policy]]));
  return `${[block("/*", common), ...pages].join("\n\n")}\n`;
}

async function writeExportPolicies(): Promise<string> {
  const outDir = "out";
  const policies: Array<[string, string]> = [];
  for (const file of (await filesUnder(outDir)).filter((name) => name.endsWith(".html")).sort()) {
    const { html, hashes } = joinPayloadScripts(await readFile(path.join(outDir, file), "utf8"));
    const scripts = { kind: "hashes", hashes } as const;
    await writeFile(path.join(outDir, file), withPolicyMeta(html, contentSecurityPolicy(scripts, "meta")));
    policies.push([exportedRoute(file), contentSecurityPolicy(scripts)]);
  }
  await writeFile(path.join(outDir, "_headers"), headersFile(policies));
  return `out/: a policy in each of ${policies.length} pages, and out/_headers`;
}

const summary = config.staticExport ? await writeExportPolicies() : await writeServerManifest();
console.log(`write-csp-policies: ${summary}`);
