import { describe, expect, it } from "vitest";
import { parseProfile } from "../profile/parse";
import { servedFiles } from "./files";

describe("servedFiles", () => {
  it("lists the files beside the content file that pages show or link to, once each, and nothing from public/ or elsewhere", () => {
    const profile = parseProfile(
      [
        "---",
        "name: Ada Example",
        "photo: images/ada%20lee.jpg",
        "cv: ada-cv.pdf",
        "---",
        "",
        "Ada.",
        "",
        "## Publications",
        "",
        "- [**Sparse Things**](https://example.org/1)",
        "  **Ada Example**",
        "  In Proc. of ICML 2024.",
        "",
        "  ![Sparse things](images/ada%20lee.jpg)",
        "- [**Dense Things**](https://example.org/2)",
        "  **Ada Example**",
        "  In Proc. of ICML 2023.",
        "",
        "  ![Dense things](/teasers/dense.png)",
        "- [**Remote Things**](https://example.org/3)",
        "  **Ada Example**",
        "  In Proc. of ICML 2022.",
        "",
        "  ![Remote things](https://example.org/remote.png)",
        "",
      ].join("\n"),
    );
    expect(servedFiles(profile)).toEqual([
      { segments: ["images", "ada lee.jpg"], file: "content/images/ada lee.jpg", contentType: "image/jpeg" },
      { segments: ["ada-cv.pdf"], file: "content/ada-cv.pdf", contentType: "application/pdf" },
    ]);
  });
});
