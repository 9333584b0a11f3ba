import { describe, expect, it } from "vitest";
import { findBadges, looksLikeVenue, parseVenueLine, parseVenueTag, venueKind } from "./venues";

describe("parseVenueLine", () => {
  it.each([
    ["Accepted to ICML 2025.", "ICML", "conference", 2025],
    ["In Proc. of ACL 2024.", "ACL", "conference", 2024],
    ["In Proc. of AAAI 2023", "AAAI", "conference", 2023],
    ["In Proceedings of EMNLP 2020", "EMNLP", "conference", 2020],
    ["Journal of Machine Learning Research (JMLR), 2022", "JMLR", "journal", 2022],
    ["arXiv preprint, 2024", "arXiv", "preprint", 2024],
    ["arXiv preprint arXiv:2401.00001", "arXiv", "preprint", null],
    ["Proceedings of the 40th International Conference on Machine Learning (ICML), 2023", "ICML", "conference", 2023],
    ["Proceedings of the VLDB Endowment (PVLDB), 2021", "PVLDB", "journal", 2021],
    ["TMLR.", "TMLR", "journal", null],
    ["Accepted to OOPSLA 2024.", "OOPSLA", "conference", 2024],
    [
      "Journal of Rail Materials, 30(7), 1944-1964. DOI: 10.5555/jrm.2024.01628",
      "Journal of Rail Materials",
      "journal",
      2024,
    ],
  ] as const)("reads %j", (line, short, kind, year) => {
    const venue = parseVenueLine(line);
    expect(venue.venue).toEqual({ short, kind });
    expect(venue.year).toBe(year);
  });

  it("takes the badge out of the venue's name", () => {
    expect(parseVenueLine("In Proc. of ICML 2023 (Oral)")).toEqual({
      venue: { short: "ICML", kind: "conference" },
      year: 2023,
      badges: ["Oral"],
    });
    expect(parseVenueLine("ICLR 2025 (Spotlight)").venue?.short).toBe("ICLR");
  });

  it.each([
    ["In ICML2025", "ICML", 2025],
    ["NeurIPS'24", "NeurIPS", 2024],
    ["ICLR’23 (Oral)", "ICLR", 2023],
    ["CVPR2016.", "CVPR", 2016],
  ] as const)("reads a year glued to the venue in %j", (line, short, year) => {
    const venue = parseVenueLine(line);
    expect(venue.venue?.short).toBe(short);
    expect(venue.year).toBe(year);
  });

  it("names the first of several venues written on one line", () => {
    expect(parseVenueLine("In Proceedings of ICML, 2025. | Reasoning Workshop at ICLR 2025.").venue).toEqual({
      short: "ICML",
      kind: "conference",
    });
  });

  it("uses the last year written", () => {
    expect(parseVenueLine("NeurIPS 2023 (presented in 2024)").year).toBe(2024);
  });

  it("returns no venue for an empty line", () => {
    expect(parseVenueLine("")).toEqual({ venue: null, year: null, badges: [] });
  });
});

describe("venueKind", () => {
  it.each([
    ["arXiv preprint", "preprint"],
    ["Under review at ICML", "preprint"],
    ["IEEE Transactions on Pattern Analysis", "journal"],
    ["Nature, 2021", "journal"],
    ["NeurIPS 2023", "conference"],
    ["Findings of ACL 2023", "conference"],
    ["Workshop on Efficient NLP", "workshop"],
    ["ICML 2024 Workshop on Data", "workshop"],
    ["In submission to ICML 25", "preprint"],
    ["Some Venue 2022", "other"],
  ] as const)("%j is a %s", (line, kind) => {
    expect(venueKind(line)).toBe(kind);
  });
});

describe("findBadges", () => {
  it("finds distinctions in notes and venue lines, capitalised", () => {
    expect(findBadges("ICML23, Oral")).toEqual(["Oral"]);
    expect(findBadges("NeurIPS23, Spotlight")).toEqual(["Spotlight"]);
    expect(findBadges("ACL 2020 (best paper award)")).toEqual(["Best paper award"]);
    expect(findBadges("Honorable Mention")).toEqual(["Honorable Mention"]);
  });

  it("finds one after a sentence's full stop, without the stop", () => {
    expect(findBadges("In Proc. of NeurIPS 2024, Spotlight.")).toEqual(["Spotlight"]);
    expect(findBadges("In Proc. of IROS 2023. Best Paper")).toEqual(["Best Paper"]);
    expect(findBadges("ICML 2024 | Outstanding Paper Award")).toEqual(["Outstanding Paper Award"]);
  });

  it("finds none in a plain venue", () => {
    expect(findBadges("ICML25")).toEqual([]);
    expect(findBadges("In Proc. of ICML 2023.")).toEqual([]);
    expect(findBadges("")).toEqual([]);
  });

  it("does not take a sentence that mentions an award for a badge", () => {
    expect(findBadges("We are grateful for the award given to our lab in 2020")).toEqual([]);
  });
});

describe("looksLikeVenue", () => {
  it("recognises plain venue lines", () => {
    expect(looksLikeVenue("Accepted to ICML 2025.")).toBe(true);
    expect(looksLikeVenue("In Proc. of ACL 2024.")).toBe(true);
    expect(looksLikeVenue("TMLR.")).toBe(true);
    expect(looksLikeVenue("arXiv preprint")).toBe(true);
    expect(looksLikeVenue("ICML 2023")).toBe(true);
  });

  it('does not take authors named like venues for a venue ("Chi", "Micro")', () => {
    expect(looksLikeVenue("Chi Wang, Micro Li")).toBe(false);
    expect(looksLikeVenue("Jue Wang and Ce Zhang")).toBe(false);
  });
});

describe("parseVenueTag", () => {
  it("reads a tag that names a venue or a year", () => {
    expect(parseVenueTag("[ICML 2024]")).toMatchObject({ venue: { short: "ICML", kind: "conference" }, year: 2024 });
    expect(parseVenueTag("AAAI 2026 Oral")).toMatchObject({ year: 2026, badges: ["Oral"] });
    expect(parseVenueTag("MM 2024")).toMatchObject({ venue: { short: "MM" }, year: 2024 });
    expect(parseVenueTag("arXiv 26.03")).toMatchObject({ venue: { short: "arXiv", kind: "preprint" } });
  });

  it("reads a topic badge as no venue", () => {
    expect(parseVenueTag("VLA model")).toBeNull();
    expect(parseVenueTag("")).toBeNull();
  });
});
