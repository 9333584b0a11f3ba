import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { format, resolveConfig } from "prettier";

/** Where the run happened, for the line above its figures: the date, the cores and how busy they were. */
export function runContext(command: string): string {
  const [load = 0] = os.loadavg();
  const date = new Date().toISOString().slice(0, 10);
  return `\`${command}\`, ${date}, ${os.availableParallelism()} cores, 1-minute load average ${load.toFixed(1)} at the start.`;
}

/**
 * Replaces what a document holds between `<!-- name:start -->` and
 * `<!-- name:end -->` with the figures of this run, so the document shows the
 * last run's figures and nobody copies them by hand. Formatted as the
 * project's Prettier settings say, so `npm run format:check` stays clean.
 */
export async function recordInDocs(document: string, name: string, figures: string): Promise<void> {
  const file = path.join(process.cwd(), document);
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const text = readFileSync(file, "utf8");
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to < from) throw new Error(`${document} has no ${start} … ${end} section`);
  const updated = `${text.slice(0, from + start.length)}\n${figures.trim()}\n${text.slice(to)}`;
  const options = (await resolveConfig(file)) ?? {};
  writeFileSync(file, await format(updated, { ...options, filepath: file }));
  console.error(`${name}: figures written to ${document}`);
}
