import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { leaks, type Secrets } from "./private-phrases";

// Images and fonts hold no text a reader could find.
const BINARY = /\.(png|jpe?g|gif|webp|avif|ico|woff2?|ttf|otf)$/i;

/** The text files a build wrote under a directory (none if it does not exist), leaving out the folders named. */
export async function textFilesUnder(directory: string, exclude: string[] = []): Promise<string[]> {
  if (!existsSync(directory)) return [];
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && !BINARY.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !exclude.some((folder) => file.startsWith(`${folder}${path.sep}`)));
}

/** Every draft phrase or URL found in the files, as "file: secret" with the file relative to root. */
export async function leaksInFiles(files: string[], secrets: Secrets, root: string): Promise<string[]> {
  const found: string[] = [];
  for (const file of files) {
    const relative = path.relative(root, file);
    found.push(...leaks(await readFile(file, "utf8"), secrets).map((secret) => `${relative}: ${secret}`));
  }
  return found;
}
