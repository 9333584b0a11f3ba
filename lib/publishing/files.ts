import path from "node:path";
import { FILES_PATH } from "../profile/files/address";
import { IMAGE_TYPES, profileImages } from "../profile/files/images";
import type { FileSource, Profile } from "../profile/model";

/** A file of the author's that the site serves from beside the content file (app/files/[...path]/route.ts). */
export interface ServedFile {
  /** The path's segments under /files, as the route receives them. */
  segments: string[];
  /** The file, relative to the project root (absolute when outside it). */
  file: string;
  contentType: string;
}

const DOCUMENT_TYPES: Readonly<Record<string, string>> = { pdf: "application/pdf" };

function contentType(file: string): string | null {
  const extension = path.extname(file).slice(1).toLowerCase();
  return IMAGE_TYPES[extension] ?? DOCUMENT_TYPES[extension] ?? null;
}

function served(source: FileSource): ServedFile[] {
  if (source.kind !== "local" || !source.path.startsWith(`${FILES_PATH}/`)) return [];
  const type = contentType(source.file);
  if (type === null) return [];
  const segments = source.path
    .slice(FILES_PATH.length + 1)
    .split("/")
    .map(decodeURIComponent);
  return [{ segments, file: source.file, contentType: type }];
}

/** Every file beside the content file that a page shows or links to (the photo, teasers, the CV), once each. */
export function servedFiles(profile: Profile): ServedFile[] {
  const sources = [
    ...profileImages(profile).map((image) => image.source),
    ...(profile.cvDocument ? [profile.cvDocument.source] : []),
  ];
  const files = sources.flatMap(served);
  return files.filter((file, index) => files.findIndex((other) => other.file === file.file) === index);
}
