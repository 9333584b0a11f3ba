import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_PROFILE_PATH } from "../config";
import { ProfileError } from "./errors";
import { loadProfile, profilePath } from "./load";

const dir = mkdtempSync(path.join(tmpdir(), "profile-load-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** The ProfileError `load` throws; fails the test when it does not throw one. */
function errorOf(load: () => unknown): ProfileError {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(ProfileError);
    return error as ProfileError;
  }
  throw new Error("expected a ProfileError, nothing was thrown");
}

const MINIMAL = "---\ntitle: Ada Example\ndate: 2024-01-02\n---\n\nHello.\n";

describe("loadProfile", () => {
  it("reads content/profile.md by default", () => {
    // Whatever the author keeps there: the seed's own facts are tested on test/profiles/seed.md.
    const profile = loadProfile(DEFAULT_PROFILE_PATH);
    expect(profile.source).toBe("content/profile.md");
    expect(profile.name).not.toBe("");
  });

  it("honours an absolute PROFILE_PATH", () => {
    const file = write("absolute.md", MINIMAL);
    const profile = loadProfile(file);
    expect(profile.name).toBe("Ada Example");
    expect(profile.updated).toBe("2024-01-02");
    expect(profile.source).toBe(file);
  });

  it("honours a PROFILE_PATH relative to the project root", () => {
    const file = write("relative.md", MINIMAL.replace("Ada Example", "Rel Ative"));
    const relative = path.relative(process.cwd(), file);
    expect(path.isAbsolute(relative)).toBe(false);
    expect(loadProfile(relative).name).toBe("Rel Ative");
    expect(loadProfile("./content/profile.md").source).toBe("content/profile.md");
  });

  it("reports a missing file with its name", () => {
    const error = errorOf(() => loadProfile("content/no-such-profile.md"));
    expect(error.message).toMatch(/^content\/no-such-profile\.md: error: file not found/);
    expect(error.file).toBe("content/no-such-profile.md");
    expect(error.line).toBeNull();
  });

  it("refuses bytes that are not UTF-8", () => {
    const file = write("latin1.md", Buffer.from("---\ntitle: Jos\xe9\n---\n\nCaf\xe9\n", "latin1"));
    const error = errorOf(() => loadProfile(file));
    expect(error.message).toBe(`${file}: error: not UTF-8 text; save the file as UTF-8`);
  });

  it("accepts a UTF-8 byte order mark", () => {
    const file = write("bom.md", `\uFEFF${MINIMAL}`);
    expect(loadProfile(file).name).toBe("Ada Example");
  });

  it.each([
    [
      "a duplicated key",
      "---\ntitle: Ada Example\ndate: 2024-01-02\ntitle: Again\n---\n\nHello.\n",
      4,
      "duplicated mapping key",
    ],
    ["a bad indentation", "---\ntitle: Ada Example\n  date: 2024-01-02\ntop: 1\n---\n\nHello.\n", 3, "bad indentation"],
    ["a second colon", "---\ntitle: Ada Example\ndate: 2024-01-02\nnote: a: b\n---\n\nHello.\n", 4, ""],
  ])("points at the line of %s in the YAML front matter", (_, content, line, reason) => {
    const file = write(`bad-yaml-${line}.md`, content);
    const error = errorOf(() => loadProfile(file));
    expect(error.line).toBe(line);
    expect(error.message.startsWith(`${file}:${line}: error: invalid YAML front matter: `)).toBe(true);
    expect(error.message).toContain(reason);
  });

  it("reports front matter without a title as an error diagnostic, without throwing", () => {
    const file = write("untitled.md", "---\ndate: 2024-01-02\n---\n\nHello.\n");
    const profile = loadProfile(file);
    expect(profile.name).toBe("");
    expect(profile.diagnostics).toHaveLength(1);
    expect(profile.diagnostics[0]).toMatchObject({
      severity: "error",
      line: 1,
      message: expect.stringContaining("title"),
    });
    expect(profile.sections.map((section) => section.kind)).toEqual(["intro"]);
  });
});

describe("loadProfile on bad or unusual input", () => {
  it("reports an empty file as an error naming the file, without throwing", () => {
    for (const [name, content] of [
      ["empty.md", ""],
      ["blank.md", "\n  \n\t\n"],
    ] as const) {
      const file = write(name, content);
      const profile = loadProfile(file);
      expect(profile.diagnostics).toEqual([
        {
          severity: "error",
          line: null,
          message: expect.stringMatching(/^the file is empty; start it with front matter/),
        },
      ]);
      expect(profile.sections).toEqual([]);
    }
  });

  it("builds a name-only profile from front matter alone, with a warning", () => {
    const file = write("front-matter-only.md", "---\ntitle: Ada Example\n---\n");
    const profile = loadProfile(file);
    expect(profile.name).toBe("Ada Example");
    expect(profile.sections).toEqual([]);
    expect(profile.diagnostics).toEqual([
      { severity: "warning", line: null, message: "nothing after the front matter; the site will show only the name" },
    ]);
  });

  it("reports a directory given as the profile with its name", () => {
    const error = errorOf(() => loadProfile(dir));
    expect(error.message).toBe(`${dir}: error: cannot read the file (EISDIR)`);
  });

  it("refuses a binary file as not UTF-8", () => {
    const file = write(
      "image.png",
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00, 0x80]),
    );
    expect(errorOf(() => loadProfile(file)).message).toBe(`${file}: error: not UTF-8 text; save the file as UTF-8`);
  });

  it("reports an unclosed YAML flow collection at its line", () => {
    const file = write("unclosed.md", "---\ntitle: [Ada\n---\n\nHello.\n");
    const error = errorOf(() => loadProfile(file));
    expect(error.message).toMatch(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:\\d+: error: invalid YAML front matter: `),
    );
    expect(error.message).not.toContain("\n");
  });
});

describe("profilePath", () => {
  it("shows paths inside the project relative, others absolute", () => {
    expect(profilePath(DEFAULT_PROFILE_PATH).display).toBe("content/profile.md");
    const outside = path.join(dir, "x.md");
    expect(profilePath(outside)).toEqual({ absolute: outside, display: outside });
  });
});
