import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";
import type { Diagnostic, Image, LinkedFile, Profile } from "../model";
import { IMAGE_TYPES, replaceImages } from "./images";

// The site serves images as they are, with no resizing server: a large one is slow on every visit.
const LARGE_IMAGE_BYTES = 2 * 1024 * 1024;
const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
// Width times height a browser must decode: above this, a small file can still take a phone's memory.
const MAX_IMAGE_PIXELS = 50_000_000;

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

type Measured = { ok: true; image: Image; warning: string | null } | { ok: false; reason: string };

function measure(image: Image, file: string, root: string): Measured {
  let bytes: number;
  try {
    const stats = statSync(/* turbopackIgnore: true */ path.resolve(root, file));
    if (!stats.isFile()) return { ok: false, reason: `${file} is not a file` };
    bytes = stats.size;
  } catch {
    return { ok: false, reason: `${file} not found` };
  }
  if (bytes > MAX_IMAGE_BYTES) {
    return {
      ok: false,
      reason: `${file} is ${megabytes(bytes)}; images over ${megabytes(MAX_IMAGE_BYTES)} are not published: resize it (a photo needs 800 pixels at most)`,
    };
  }
  let size: { width?: number; height?: number; type?: string };
  try {
    size = imageSize(readFileSync(/* turbopackIgnore: true */ path.resolve(root, file)));
  } catch {
    return { ok: false, reason: `${file} is not an image the site can read` };
  }
  const { width, height, type = "" } = size;
  if (!width || !height || !Object.hasOwn(IMAGE_TYPES, type)) {
    return { ok: false, reason: `${file} is not a JPEG, PNG, GIF, WebP or AVIF image` };
  }
  if (width * height > MAX_IMAGE_PIXELS) {
    return { ok: false, reason: `${file} is ${width}×${height} pixels, too many for a browser to show; resize it` };
  }
  const warning =
    bytes > LARGE_IMAGE_BYTES
      ? `${file} is ${megabytes(bytes)}, slow to load on a phone; resize it (800 pixels wide is plenty)`
      : null;
  return { ok: true, image: { ...image, size: { width, height } }, warning };
}

function isFile(file: string, root: string): boolean {
  try {
    return statSync(/* turbopackIgnore: true */ path.resolve(root, file)).isFile();
  } catch {
    return false;
  }
}

/** The CV, when its file is there; else null, with an error at its line. */
function checkDocument(document: LinkedFile | null, root: string, diagnostics: Diagnostic[]): LinkedFile | null {
  if (document?.source.kind !== "local" || isFile(document.source.file, root)) return document;
  diagnostics.push({
    severity: "error",
    line: document.line,
    message: `CV left out: ${document.source.file} not found`,
  });
  return null;
}

/**
 * The profile with each local image measured, so pages know its size before
 * it loads; an image that is missing, too large or not an image is left out,
 * with an error at its line, as is a CV whose file is missing.
 */
export function checkFiles(profile: Profile, root: string): Profile {
  const diagnostics: Diagnostic[] = [];
  const checked = replaceImages(profile, (image) => {
    if (image.source.kind === "remote") return image;
    const measured = measure(image, image.source.file, root);
    if (!measured.ok) {
      diagnostics.push({ severity: "error", line: image.line, message: `image left out: ${measured.reason}` });
      return null;
    }
    if (measured.warning) diagnostics.push({ severity: "warning", line: image.line, message: measured.warning });
    return measured.image;
  });
  const cvDocument = checkDocument(profile.cvDocument, root, diagnostics);
  if (diagnostics.length === 0) return checked;
  const all = [...profile.diagnostics, ...diagnostics].toSorted((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { ...checked, cvDocument, diagnostics: all };
}
