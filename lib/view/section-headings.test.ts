import { describe, expect, it } from "vitest";
import { parseProfile } from "../profile/parse";
import { headedSections } from "./section-headings";

describe("headedSections", () => {
  it("names a section without a heading by its kind, and gives each heading a unique id", () => {
    const profile = parseProfile(
      "---\ntitle: Ada\n---\n\nHello, I study things.\n\n## Notes\n\nOne.\n\n## Notes\n\nTwo.\n\n## ???\n\nThree.\n",
    );
    expect(headedSections(profile.sections).map(({ heading, headingId }) => [heading, headingId])).toEqual([
      ["About", "section-about"],
      ["Notes", "section-notes"],
      ["Notes", "section-notes-2"],
      ["???", "section-other"],
    ]);
  });
});
