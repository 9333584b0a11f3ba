import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * What the post-build step (scripts/write-csp-policies.ts) records for
 * proxy.ts: the inline-script hashes of every page the build wrote, and the
 * routes that are files rather than pages (the feed, images), which need no policy.
 */
export interface CspManifest {
  pages: Record<string, string[]>;
  files: string[];
}

/** Beside the build it describes, where `next start` runs. */
export const CSP_MANIFEST_PATH = path.join(".next", "csp-manifest.json");

/** "/publications/" and "/publications" are one route. */
export function routeKey(pathname: string): string {
  return pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
}

/**
 * The route a file of a server build's output answers: `index.html` is "/",
 * `publications/floe.html` is "/publications/floe", `feed.xml.body` is "/feed.xml".
 */
export function builtRoute(relativeFile: string): { kind: "page" | "file"; route: string } | null {
  const file = relativeFile.split(path.sep).join("/");
  const match = /^(.*)\.(html|body)$/.exec(file);
  if (!match?.[1]) return null;
  const route = match[1] === "index" ? "/" : `/${match[1]}`;
  return { kind: match[2] === "html" ? "page" : "file", route };
}

function isCspManifest(data: unknown): data is CspManifest {
  if (typeof data !== "object" || data === null) return false;
  const { pages, files } = data as Record<string, unknown>;
  return typeof pages === "object" && pages !== null && Array.isArray(files);
}

/** The manifest of the build in `projectDir`, or null where there is none (dev, or a build without the step). */
export function readCspManifest(projectDir: string): CspManifest | null {
  try {
    const data: unknown = JSON.parse(readFileSync(path.join(projectDir, CSP_MANIFEST_PATH), "utf8"));
    return isCspManifest(data) ? data : null;
  } catch {
    return null;
  }
}
