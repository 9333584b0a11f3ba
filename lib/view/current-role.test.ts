import { describe, expect, it } from "vitest";
import { parseProfile } from "../profile/parse";
import { currentRole } from "./current-role";

const profileWith = (experience: string) =>
  parseProfile(`---\ntitle: Ada\n---\n\n## Work Experience\n\n${experience}\n`);

describe("currentRole", () => {
  it("names the ongoing position's title and organization", () => {
    const profile = profileWith(
      "- **Rokid**, Research Intern, Jun 2018 - Sep 2018\n- **Together AI**, Senior Staff Researcher, May 2025 - Now",
    );
    expect(currentRole(profile)).toBe("Senior Staff Researcher at Together AI");
  });

  it("is the organization alone when no title was written", () => {
    expect(currentRole(profileWith("- **Together AI**, May 2025 - Now"))).toBe("Together AI");
  });

  it("is null without any position", () => {
    expect(currentRole(parseProfile("---\ntitle: Ada\n---\n\nHello.\n"))).toBeNull();
  });
});
