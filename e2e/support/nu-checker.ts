import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect } from "@playwright/test";

const require = createRequire(import.meta.url);
// vnu-jar's main export is the path of the jar (a String object).
const VNU_JAR = String(require("vnu-jar"));
const run = promisify(execFile);

interface VnuMessage {
  type: "error" | "info" | "non-document-error";
  subType?: string;
  url?: string;
  message: string;
  extract?: string;
  lastLine?: number;
  firstColumn?: number;
}

/** A document the checker must reject, proving that it really reads the files. */
const CANARY = "<!DOCTYPE html><html lang=en><head></head><body><p>unclosed<div></p></body></html>";

export interface NuReport {
  /** "where:line:column: kind: message", one per error. */
  errors: string[];
  warnings: string[];
}

/**
 * The Nu Html Checker's errors and warnings for each document, named by its
 * route. One JVM checks them all: starting it is most of the cost.
 */
export async function checkHtml(documents: ReadonlyMap<string, string>): Promise<NuReport> {
  const directory = await mkdtemp(path.join(tmpdir(), "vnu-"));
  try {
    const files = new Map<string, string>();
    for (const [index, [route, html]] of [...documents].entries()) {
      const file = path.join(directory, `${index}-${route.replace(/\W+/g, "-")}.html`);
      await writeFile(file, html);
      files.set(file, route);
    }
    const canary = path.join(directory, "canary.html");
    await writeFile(canary, CANARY);
    const { stdout, stderr } = await run(
      "java",
      ["-jar", VNU_JAR, "--format", "json", "--stdout", "--verbose", "--exit-zero-always", ...files.keys(), canary],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    // --verbose names each file it checked, on stderr.
    const checked = stderr.split("\n").map((line) => path.resolve(line.trim()));
    for (const file of [...files.keys(), canary]) expect(checked, `vnu checked ${file}`).toContain(file);

    const messages = (JSON.parse(stdout) as { messages: VnuMessage[] }).messages;
    const fileOf = (message: VnuMessage) => (message.url ? decodeURIComponent(new URL(message.url).pathname) : "");
    const isError = (message: VnuMessage) => message.type === "error" || message.type === "non-document-error";
    expect(messages.filter((message) => fileOf(message) === canary && isError(message)).length).toBeGreaterThan(0);

    const described = messages
      .filter((message) => fileOf(message) !== canary)
      .map((message) => {
        const where = `${files.get(fileOf(message)) ?? fileOf(message)}:${message.lastLine ?? "?"}:${message.firstColumn ?? "?"}`;
        return {
          message,
          text: `${where}: ${message.subType ?? message.type}: ${message.message}\n    ${message.extract ?? ""}`,
        };
      });
    // Plain "info" messages (React's `<meta … />` trailing slashes) are noise; warnings are worth a look.
    return {
      errors: described.filter(({ message }) => isError(message)).map(({ text }) => text),
      warnings: described.filter(({ message }) => message.subType === "warning").map(({ text }) => text),
    };
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
