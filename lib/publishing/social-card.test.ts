import { describe, expect, it } from "vitest";
import { parseProfile } from "../profile/parse";
import { socialCard } from "./social-card";

describe("socialCard", () => {
  it("names the current role and where it is held", () => {
    const profile = parseProfile(
      [
        "---",
        "title: Jue Wang",
        "---",
        "",
        "## Work Experience",
        "",
        "- **Together AI**, Senior Staff Researcher, May 2025 - Now",
        "- **Rokid**, Research Intern, Jun 2018 - Sep 2018",
        "",
      ].join("\n"),
    );
    expect(socialCard(profile)).toEqual({
      name: "Jue Wang",
      role: "Senior Staff Researcher",
      affiliation: "Together AI",
      alt: "Jue Wang, Senior Staff Researcher, Together AI",
    });
  });

  it("is just the name without any position", () => {
    expect(socialCard(parseProfile("---\ntitle: Ada\n---\n\nHello.\n"))).toEqual({
      name: "Ada",
      role: null,
      affiliation: null,
      alt: "Ada",
    });
  });
});
