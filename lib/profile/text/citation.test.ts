import type { Paragraph } from "mdast";
import { remark } from "remark";
import { describe, expect, it } from "vitest";
import { toPlainText } from "../markdown/render";
import { splitCitation, takeLeadingYear, takeVenueTag } from "./citation";

function line(markdown: string) {
  const [paragraph] = remark().parse(markdown).children;
  return (paragraph as Paragraph).children;
}

function parts(markdown: string, owner = "Ana Lima") {
  const split = splitCitation(line(markdown), owner);
  return (
    split && {
      title: toPlainText(split.title),
      authors: split.authors && toPlainText(split.authors),
      venue: split.venue,
      year: split.year,
      extra: split.extra.map((nodes) => toPlainText(nodes)),
    }
  );
}

describe("splitCitation", () => {
  it("reads authors, a quoted title and the venue", () => {
    expect(parts('A. Author, B. Author and C. Author. "Sparse Things in Dense Places." *ICML*, 2023.')).toEqual({
      title: "Sparse Things in Dense Places.",
      authors: "A. Author, B. Author and C. Author.",
      venue: "ICML, 2023",
      year: null,
      extra: [],
    });
  });

  it("reads a title in square brackets, then the venue, then the authors", () => {
    expect(parts("[Sorting Seeds by Their Shadows], CVPR2022 (Oral), Bo Chen, **Ana Lima**, Cy Dee")).toEqual({
      title: "Sorting Seeds by Their Shadows",
      authors: "Bo Chen, Ana Lima, Cy Dee",
      venue: "CVPR2022 (Oral)",
      year: null,
      extra: [],
    });
  });

  it("takes one name before a quoted title for its author", () => {
    expect(parts("Bo Chen. “Price Salience at the Pump.” Working paper, 2024.")?.authors).toBe("Bo Chen.");
  });

  it("reads a linked title followed by authors and a bold venue", () => {
    expect(parts("[Fast Maps on Small GPUs](https://x.org), Bo Chen, **Ana Lima**, **IROS 2023**")).toEqual({
      title: "Fast Maps on Small GPUs",
      authors: ", Bo Chen, Ana Lima,",
      venue: "IROS 2023",
      year: null,
      extra: [],
    });
  });

  it("keeps every author before the venue, the owner leading or not", () => {
    const owner = parts("[Dusty Lidar](https://example.org/d), **Ana Lima**, Tobias Lind, **CoRL 2022 Workshop**");
    expect(owner).toMatchObject({ authors: ", Ana Lima, Tobias Lind,", venue: "CoRL 2022 Workshop" });
    const others = parts("[Dusty Lidar](https://example.org/d), Ann Lee, Bo Chen, Cy Dee, **ICML 2023**");
    expect(others).toMatchObject({ authors: ", Ann Lee, Bo Chen, Cy Dee,", venue: "ICML 2023" });
  });

  it("reads authors before a bold title and an italic venue after it", () => {
    expect(parts("Bo Chen, Ana Lima. **Fast Maps on Small GPUs**. *IROS 2023*")).toMatchObject({
      title: "Fast Maps on Small GPUs",
      authors: "Bo Chen, Ana Lima.",
      venue: "IROS 2023",
    });
  });

  it("reads plain `Authors. Title. Venue.`, initials included", () => {
    expect(parts("A. B. Lima, C. Dee. Fast Maps on Small GPUs. In Proc. of IROS 2023.")).toMatchObject({
      title: "Fast Maps on Small GPUs.",
      authors: "A. B. Lima, C. Dee",
      venue: "In Proc. of IROS 2023",
    });
  });

  it("reads APA, with the year before the title", () => {
    expect(
      parts("Lima, A., Okoro, B. & Dee, C. (2024). Seagrass after heatwaves. *Marine Ecology*, 712, 45-60."),
    ).toEqual({
      title: "Seagrass after heatwaves.",
      authors: "Lima, A., Okoro, B. & Dee, C.",
      venue: "Marine Ecology, 712, 45-60",
      year: 2024,
      extra: [],
    });
  });

  it("keeps words that fit no part, rather than lose them", () => {
    expect(parts('Thanks to all. "A Long Enough Title Here." Whatever comes next')?.extra).toEqual([
      "Thanks to all.",
      "Whatever comes next",
    ]);
  });

  it("reads nothing in a sentence or a lone title", () => {
    expect(parts("Best Student Paper Finalist, Field Robotics Symposium.")).toBeNull();
    expect(parts("[Fast Maps on Small GPUs](https://x.org)")).toMatchObject({ authors: null, venue: null });
  });
});

describe("takeLeadingYear", () => {
  it("reads `2023 - **Title**`", () => {
    const taken = takeLeadingYear(line("2023 - **Fast Maps**"));
    expect(taken?.year).toBe(2023);
    expect(taken && toPlainText(taken.rest)).toBe("Fast Maps");
  });

  it("leaves a title that starts with a number", () => {
    expect(takeLeadingYear(line("2023 Census Maps"))).toBeNull();
  });
});

describe("takeVenueTag", () => {
  it.each([
    ["[ICML 2024] [Fast Maps](https://x.org)", "ICML 2024"],
    ["**[ICML 2024]** [Fast Maps](https://x.org)", "[ICML 2024]"],
    ["`NeurIPS'24` [Fast Maps](https://x.org)", "NeurIPS'24"],
    ["[Fast Maps](https://x.org) [IEEE TC 2024]", "IEEE TC 2024"],
    ["![ICASSP](https://img.shields.io/badge/ICASSP-2025-blue) [Fast Maps](https://x.org)", "ICASSP 2025"],
  ])("finds the tag of %j", (markdown, tag) => {
    const taken = takeVenueTag(line(markdown));
    expect(taken?.tag).toBe(tag);
    expect(taken && toPlainText(taken.rest).trim()).toBe("Fast Maps");
  });

  it("leaves a bracket that names no venue", () => {
    expect(takeVenueTag(line("[Draft] Fast Maps"))).toBeNull();
  });
});
