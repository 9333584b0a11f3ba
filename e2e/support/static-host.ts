import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import path from "node:path";

/**
 * A static file server with a plain host's rules and nothing else: a path is a
 * file, or a folder's index.html (a folder without its slash is redirected,
 * as nginx and GitHub Pages do); anything else is 404.html with status 404.
 * Enough to show that the export needs no Next.js server.
 */

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

async function fileAt(file: string): Promise<"file" | "folder" | null> {
  try {
    const stats = await stat(file);
    return stats.isDirectory() ? "folder" : "file";
  } catch {
    return null;
  }
}

export interface StaticHost {
  url: string;
  close(): Promise<void>;
}

export async function serveStatic(root: string): Promise<StaticHost> {
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://host").pathname);
    const file = path.join(root, pathname);
    if (!file.startsWith(root)) return void response.writeHead(400).end();
    let target: string | null = null;
    const kind = await fileAt(file);
    if (kind === "folder" && !pathname.endsWith("/"))
      return void response.writeHead(301, { Location: `${pathname}/` }).end();
    if (kind === "folder" && (await fileAt(path.join(file, "index.html"))) === "file")
      target = path.join(file, "index.html");
    if (kind === "file") target = file;
    const status = target ? 200 : 404;
    const body = target ?? path.join(root, "404.html");
    response.writeHead(status, { "Content-Type": TYPES[path.extname(body)] ?? "application/octet-stream" });
    createReadStream(body).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (typeof address !== "object" || !address) throw new Error("the static host has no address");
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
