import { NextResponse, type NextRequest } from "next/server";
import { readCspManifest, routeKey, type CspManifest } from "@/lib/security/csp-manifest";
import { inlineScriptHashes } from "@/lib/security/inline-scripts";
import { contentSecurityPolicy } from "@/lib/security/security-headers";

/**
 * Gives every page of a server build (`next start`, Vercel) a
 * Content-Security-Policy that allows exactly the inline scripts it carries.
 * Pages the build wrote are looked up in the manifest the post-build step
 * wrote; a page rendered on its first visit (a paper past the prerendered
 * ones, a 404) is fetched once from this same server and hashed, and its
 * policy remembered. Dev keeps the looser policy of next.config.ts.
 */

const POLICY_HEADER = "Content-Security-Policy";
// Marks the proxy's own request for a page, so that it is passed straight through.
const PROBE_HEADER = "x-csp-probe";
const REMEMBERED_LIMIT = 2_000;
// The probe's response is the page as a browser would get it, minus what fetch already undid.
const UNFORWARDED = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive"]);

interface BuiltRoutes {
  pages: Map<string, string[]>;
  files: Set<string>;
}

let built: BuiltRoutes | undefined;
const remembered = new Map<string, string[]>();

function builtRoutes(): BuiltRoutes {
  if (built) return built;
  const manifest: CspManifest | null = readCspManifest(process.cwd());
  built = { pages: new Map(Object.entries(manifest?.pages ?? {})), files: new Set(manifest?.files ?? []) };
  return built;
}

function withPolicy(response: NextResponse, hashes: readonly string[]): NextResponse {
  response.headers.set(POLICY_HEADER, contentSecurityPolicy({ kind: "hashes", hashes }));
  return response;
}

function remember(route: string, hashes: string[]): void {
  if (remembered.size >= REMEMBERED_LIMIT) {
    const oldest = remembered.keys().next();
    if (!oldest.done) remembered.delete(oldest.value);
  }
  remembered.set(route, hashes);
}

async function probedPage(request: NextRequest, route: string): Promise<NextResponse> {
  const probe = await fetch(request.nextUrl.href, {
    headers: { [PROBE_HEADER]: "1", accept: request.headers.get("accept") ?? "text/html" },
    redirect: "manual",
    cache: "no-store",
  });
  if (!(probe.headers.get("content-type") ?? "").includes("text/html")) return NextResponse.next();
  const html = await probe.text();
  const hashes = inlineScriptHashes(html);
  // Only a page the server caches is served again byte for byte; a 404 is rendered anew.
  if (probe.status === 200) remember(route, hashes);
  const headers = new Headers([...probe.headers].filter(([name]) => !UNFORWARDED.has(name.toLowerCase())));
  const body = request.method === "HEAD" ? null : html;
  return withPolicy(new NextResponse(body, { status: probe.status, headers }), hashes);
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  if (process.env.NODE_ENV !== "production") return NextResponse.next();
  // Fails closed: were a probe response ever served to a browser, it would run no inline script.
  if (request.headers.has(PROBE_HEADER)) return withPolicy(NextResponse.next(), []);
  const route = routeKey(request.nextUrl.pathname);
  const { pages, files } = builtRoutes();
  if (files.has(route)) return NextResponse.next();
  const hashes = pages.get(route) ?? remembered.get(route);
  if (hashes) return withPolicy(NextResponse.next(), hashes);
  if (request.method !== "GET" && request.method !== "HEAD") return withPolicy(NextResponse.next(), []);
  return probedPage(request, route);
}

export const config = {
  // Framework chunks and styles are files, not pages.
  matcher: ["/((?!_next/static/|_next/image).*)"],
};
