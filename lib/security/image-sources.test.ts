import { describe, expect, it } from "vitest";
import { parseProfile } from "../profile/parse";
import { imageSources } from "./image-sources";

const profile = (photo: string) => parseProfile(["---", "name: Ada Example", photo, "---", "", "Ada.", ""].join("\n"));

describe("imageSources", () => {
  it("is the site alone unless the author shows a remote image", () => {
    expect(imageSources(profile("date: 2024-01-01"))).toBe("self");
    expect(imageSources(profile("photo: ada.jpg"))).toBe("self");
    expect(imageSources(profile("photo: https://example.org/ada.jpg"))).toBe("self and https");
  });
});
