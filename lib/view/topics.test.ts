import { describe, expect, it } from "vitest";
import type { ResearchArea } from "../profile/model";
import { topicSlug, topicsOf } from "./topics";

const area = (title: string, slug: string): ResearchArea => ({ title, slug, items: [] });

describe("topicsOf", () => {
  it("lists the areas in the author's order, once per slug", () => {
    const areas = [area("Systems", "systems"), area("Data", "data"), area("Systems", "systems")];
    expect(topicsOf(areas)).toEqual([
      { slug: "systems", title: "Systems" },
      { slug: "data", title: "Data" },
    ]);
  });
});

describe("topicSlug", () => {
  it("is the slug of the area with that title, else the title slugified", () => {
    const areas = [area("Efficient Training", "efficient-training-at-scale")];
    expect(topicSlug("Efficient Training", areas)).toBe("efficient-training-at-scale");
    expect(topicSlug("Données Privées", areas)).toBe("donnees-privees");
  });
});
