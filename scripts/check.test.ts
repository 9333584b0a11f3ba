/**
 * `npm run check` as an author meets it: one line per problem naming the file
 * (and line), no stack trace, exit 1 on errors and 0 on warnings only.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { generateProfileOfSize } from "../test/generators/profile";

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), "profile-check-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

async function check(profilePath: string): Promise<{ code: number; stderr: string[] }> {
  const env = { ...process.env, PROFILE_PATH: profilePath };
  try {
    const { stderr } = await run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/check.ts"], { env });
    return { code: 0, stderr: stderr.trimEnd().split("\n") };
  } catch (error) {
    const failure = error as { code?: number; stderr?: string };
    return { code: failure.code ?? -1, stderr: (failure.stderr ?? "").trimEnd().split("\n") };
  }
}

const CASES: Array<{
  name: string;
  content: string | Buffer | null;
  code: number;
  first: (file: string) => string | RegExp;
}> = [
  {
    name: "missing.md",
    content: null,
    code: 1,
    first: (file) => `${file}: error: file not found (set PROFILE_PATH or create content/profile.md)`,
  },
  {
    name: "empty.md",
    content: "",
    code: 1,
    first: (file) =>
      `${file}: error: the file is empty; start it with front matter that names you ("---", "title: Your Name", "---")`,
  },
  {
    name: "front-matter-only.md",
    content: "---\ntitle: Ada Example\n---\n",
    code: 0,
    first: (file) => `${file}: warning: nothing after the front matter; the site will show only the name`,
  },
  {
    name: "invalid-yaml.md",
    content: "---\ntitle: Ada Example\ndate: 2024-01-02\ntitle: Again\n---\n\nHello.\n",
    code: 1,
    first: (file) => `${file}:4: error: invalid YAML front matter: duplicated mapping key`,
  },
  {
    name: "latin1.md",
    content: Buffer.from("---\ntitle: Jos\xe9\n---\n", "latin1"),
    code: 1,
    first: (file) => `${file}: error: not UTF-8 text; save the file as UTF-8`,
  },
  {
    name: "untitled.md",
    content: "---\ndate: 2024-01-02\n---\n\nHello.\n",
    code: 1,
    first: (file) =>
      `${file}:1: error: no name found: add "name: Your Name" to the front matter (or a "title" that is not a page label such as "About me"), or start the page with a "# Your Name" heading`,
  },
  {
    name: "cv-options.md",
    content: "---\ntitle: Ada Example\ncv:\n  publications: by-venue\n---\n\nHello.\n",
    code: 0,
    first: (file) =>
      `${file}:4: warning: cv.publications: expected by-year or by-kind, found "by-venue"; listing by-year`,
  },
];

describe("scripts/check.ts on bad input", () => {
  it.concurrent.each(CASES)(
    "$name: one line, exit $code",
    { timeout: 60_000 },
    async ({ name, content, code, first }) => {
      const file = content === null ? path.join(dir, name) : write(name, content);
      const result = await check(file);
      expect(result.code).toBe(code);
      expect(result.stderr[0]).toBe(first(file));
      expect(result.stderr.filter((line) => line.startsWith("    at "))).toEqual([]);
      // After the problems, at most the one summary line.
      expect(result.stderr.length).toBeLessThanOrEqual(2);
    },
  );

  it("names each hostile image at its line, and publishes none of them", { timeout: 60_000 }, async () => {
    // Sparse: 50 MB by its size, a real JPEG's header then zeros, costing nothing to write.
    const huge = write("huge.jpg", readFileSync("test/profiles/features/portrait.jpg"));
    truncateSync(huge, 50 * 1024 * 1024);
    const file = write(
      "hostile-images.md",
      [
        "---",
        "name: Ada Example",
        'photo: "javascript:alert(1)"',
        "---",
        "",
        "Ada.",
        "",
        "## Publications",
        "",
        "- [**A Paper**](https://example.org/1)",
        "  **Ada Example**",
        "  In Proc. of ICML 2023.",
        "",
        "  ![A figure](https://evil.example.org/figure.svg)",
        "",
        "- [**Another Paper**](https://example.org/2)",
        "  **Ada Example**",
        "  In Proc. of ICML 2024.",
        "",
        "  ![A figure](huge.jpg)",
        "",
      ].join("\n"),
    );
    const result = await check(file);
    expect(result.code).toBe(1);
    expect(result.stderr.slice(0, -1)).toEqual([
      expect.stringMatching(new RegExp(`^${file}:3: warning: .*"javascript" addresses are not published`)),
      expect.stringMatching(new RegExp(`^${file}:14: warning: teaser image left out: SVG images are not published`)),
      expect.stringMatching(new RegExp(`^${file}:20: error: image left out: .*huge\\.jpg is 50\\.0 MB`)),
    ]);
    const { stdout } = await run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/check.ts", "--json"], {
      env: { ...process.env, PROFILE_PATH: file },
    }).catch((error: { stdout: string }) => error);
    const profile = JSON.parse(stdout) as { photo: unknown; sections: Array<{ items?: Array<{ teaser?: unknown }> }> };
    expect(profile.photo).toBeNull();
    const teasers = profile.sections.flatMap((section) => section.items ?? []).map((item) => item.teaser);
    expect(teasers).toEqual([null, null]);
  });

  it("accepts a 5 MB profile", { timeout: 180_000 }, async () => {
    const file = write("large.md", generateProfileOfSize(5_000_000));
    const result = await check(file);
    expect(result.code).toBe(0);
    expect(result.stderr).toEqual([
      `${file}: 5 sections, 0 warning(s); name "Ada Example" from the front matter's "title"`,
    ]);
  });
});
