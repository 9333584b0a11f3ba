import { readFile } from "node:fs/promises";
import path from "node:path";
import { getProfile } from "@/lib/profile";
import { servedFiles } from "@/lib/publishing";

// Written once at build time: a static export has every file in out/files/, and a server serves the copies.
export const dynamic = "force-static";
// Only the files the profile shows or links to; any other path under /files is a 404.
export const dynamicParams = false;

interface FileRouteProps {
  params: Promise<{ path: string[] }>;
}

export function generateStaticParams(): Array<{ path: string[] }> {
  return servedFiles(getProfile()).map(({ segments }) => ({ path: segments }));
}

export async function GET(_request: Request, { params }: FileRouteProps): Promise<Response> {
  const { path: segments } = await params;
  const wanted = segments.join("/");
  const file = servedFiles(getProfile()).find((candidate) => candidate.segments.join("/") === wanted);
  if (!file) return new Response("Not found", { status: 404 });
  // The file is the author's; the bundler has nothing to trace.
  const bytes = await readFile(path.resolve(/* turbopackIgnore: true */ process.cwd(), file.file));
  return new Response(new Uint8Array(bytes), {
    headers: { "Content-Type": file.contentType, "X-Content-Type-Options": "nosniff" },
  });
}
