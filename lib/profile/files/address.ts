import path from "node:path";
import type { FileSource } from "../model";

/** The site path under which files beside the content file are served (app/files/[...path]/route.ts). */
export const FILES_PATH = "/files";

export type ReadAddress = { ok: true; source: FileSource } | { ok: false; reason: string };

const SCHEME = /^([a-z][a-z\d+.-]*):/i;

function decoded(written: string): string {
  try {
    return decodeURI(written);
  } catch {
    return written;
  }
}

function encodedPath(relative: string): string {
  return relative.split("/").map(encodeURIComponent).join("/");
}

/**
 * Where a file the author named lives and where the site serves it, as a
 * markdown image's address reads: relative to the content file's folder;
 * "/…" from public/; "https://…" as is. Anything else (another scheme, a path
 * out of the content folder) is refused with the reason.
 */
export function readAddress(written: string, contentFile: string): ReadAddress {
  const address = written.trim();
  // Browsers ignore control characters and spaces inside a scheme ("java\tscript:").
  const scheme = SCHEME.exec(address.replace(/[\u0000-\u0020\u007f]/g, ""))?.[1]?.toLowerCase();
  if (scheme === "https") return { ok: true, source: { kind: "remote", url: address } };
  if (scheme === "http")
    return { ok: false, reason: "its address is not https: browsers block plain http on a secure page" };
  if (scheme !== undefined || address.startsWith("//")) {
    return { ok: false, reason: `"${scheme ?? "//"}" addresses are not published; use a file or an https address` };
  }
  const [pathname = ""] = address.split(/[?#]/, 1);
  const file = decoded(pathname);
  if (file === "" || file.endsWith("/")) {
    return {
      ok: false,
      reason: "its address names no file the site can publish (a file, /a file in public/, or https://…)",
    };
  }
  if (file.startsWith("/")) {
    // Normalizing an absolute path never climbs above its root: "/../x.png" is public/x.png.
    const relative = path.posix.normalize(file).replace(/^\/+/, "");
    return {
      ok: true,
      source: { kind: "local", file: path.join("public", relative), path: `/${encodedPath(relative)}` },
    };
  }
  const relative = path.posix.normalize(file);
  if (relative.startsWith("../") || relative === "..") {
    return {
      ok: false,
      reason: "its file is outside the content file's folder; move it beside the content file or into public/",
    };
  }
  return {
    ok: true,
    source: {
      kind: "local",
      file: path.join(path.dirname(contentFile), relative),
      path: `${FILES_PATH}/${encodedPath(relative)}`,
    },
  };
}
