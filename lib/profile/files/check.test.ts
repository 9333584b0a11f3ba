import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseProfile } from "../parse";
import { checkFiles } from "./check";

const root = mkdtempSync(path.join(tmpdir(), "profile-files-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(path.join(root, "content"));
const PORTRAIT = readFileSync(path.resolve(import.meta.dirname, "../../../test/profiles/features/portrait.jpg"));

function checked(photo: string) {
  const source = ["---", "name: Ada Example", `photo: ${photo}`, "---", "", "Ada.", ""].join("\n");
  return checkFiles(parseProfile(source, "content/profile.md"), root);
}

describe("checkFiles", () => {
  it("measures a local image", () => {
    writeFileSync(path.join(root, "content/ada.jpg"), PORTRAIT);
    const profile = checked("ada.jpg");
    expect(profile.photo?.size).toEqual({ width: 480, height: 480 });
    expect(profile.diagnostics).toEqual([]);
  });

  it("leaves out a missing image, with an error naming the file at its line", () => {
    const profile = checked("missing.jpg");
    expect(profile.photo).toBeNull();
    expect(profile.diagnostics).toEqual([
      { severity: "error", line: 3, message: "image left out: content/missing.jpg not found" },
    ]);
  });

  it("leaves out a file that is not the image it claims to be", () => {
    writeFileSync(path.join(root, "content/page.png"), "<html><script>alert(1)</script></html>");
    expect(checked("page.png").diagnostics).toEqual([
      { severity: "error", line: 3, message: expect.stringContaining("content/page.png is not") },
    ]);
  });

  it("leaves out a 50 MB image without reading it, and warns about a merely large one", () => {
    // Sparse: 50 MB by its size, costing nothing to write. A JPEG header, then zeros.
    const huge = path.join(root, "content/huge.jpg");
    writeFileSync(huge, PORTRAIT);
    truncateSync(huge, 50 * 1024 * 1024);
    expect(checked("huge.jpg").diagnostics).toEqual([
      { severity: "error", line: 3, message: expect.stringContaining("content/huge.jpg is 50.0 MB") },
    ]);
    truncateSync(huge, 3 * 1024 * 1024);
    const large = checked("huge.jpg");
    expect(large.photo?.size).toEqual({ width: 480, height: 480 });
    expect(large.diagnostics).toEqual([
      { severity: "warning", line: 3, message: expect.stringContaining("content/huge.jpg is 3.0 MB") },
    ]);
  });

  it("leaves a remote image unmeasured: it is never fetched", () => {
    const profile = checked("https://example.org/ada.jpg");
    expect(profile.photo).toMatchObject({ source: { kind: "remote" }, size: null });
  });
});

describe("checkFiles on the CV", () => {
  function withCv(cv: string) {
    const source = ["---", "name: Ada Example", `cv: ${cv}`, "---", "", "Ada.", ""].join("\n");
    return checkFiles(parseProfile(source, "content/profile.md"), root);
  }

  it("keeps a CV whose file is there", () => {
    writeFileSync(path.join(root, "content/cv.pdf"), "%PDF-1.4");
    expect(withCv("cv.pdf").cvDocument?.source).toMatchObject({ kind: "local", path: "/files/cv.pdf" });
  });

  it("leaves out a CV whose file is missing, with an error at its line", () => {
    const profile = withCv("old-cv.pdf");
    expect(profile.cvDocument).toBeNull();
    expect(profile.diagnostics).toEqual([
      { severity: "error", line: 3, message: "CV left out: content/old-cv.pdf not found" },
    ]);
  });
});
