import { describe, expect, it } from "vitest";
import { parseProfile } from "../profile/parse";
import { getPublications } from "../profile/select";
import { foldForSearch, publicationSearchText } from "./search-text";

describe("publicationSearchText", () => {
  const [publication] = getPublications(
    parseProfile(
      [
        "---",
        "title: Zoë Müller",
        "---",
        "",
        "## Publications",
        "",
        "- [**Sparse Inference at Scale**](https://example.org/1)",
        "  **Zoë Müller**, Ben Ode",
        "  In Proc. of ICML 2023.",
        "",
      ].join("\n"),
    ),
  );

  it("holds the title, every author and the venue, without case or accents", () => {
    if (!publication) throw new Error("no publication parsed");
    const text = publicationSearchText(publication);
    for (const query of ["sparse inference", "ZOE MULLER", "ben ode", "proc. of icml"]) {
      expect(text).toContain(foldForSearch(query));
    }
  });
});
