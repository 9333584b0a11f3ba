import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseProfile } from "../profile/parse";
import { getPublications } from "../profile/select";
import { MAX_BARS, publicationStatistics, yearsPerBar } from "./statistics";

const seed = publicationStatistics(getPublications(parseProfile(readFileSync("test/profiles/seed.md", "utf8"))));

describe("publicationStatistics on the seed", () => {
  it("counts papers per year, oldest first, and the undated one apart", () => {
    expect(seed.bars.map(({ firstYear, total }) => [firstYear, total])).toEqual([
      [2020, 2],
      [2021, 1],
      [2022, 3],
      [2023, 4],
      [2024, 2],
      [2025, 6],
    ]);
    expect(seed.undated).toBe(1);
    expect(seed.total).toBe(19);
  });

  it("stacks each year by kind of venue", () => {
    const y2023 = seed.bars.find(({ firstYear }) => firstYear === 2023);
    expect(y2023?.byKind.filter(({ count }) => count > 0)).toEqual([{ kind: "conference", count: 4 }]);
    // HELM, the one journal paper, has no year.
    expect(seed.kinds).toEqual(["conference"]);
  });

  it("counts first-author and equal-contribution papers, venues and co-authors", () => {
    // First: CocktailSGD, AAAI 2023, AC-SGD (all three with equal contributors), SkipBERT, AAAI 2021, EMNLP 2020, ACL 2020.
    expect(seed.firstAuthor).toBe(7);
    expect(seed.equalContribution).toBe(3);
    // ICML, ICLR, ACL, NeurIPS, AAAI, TMLR, IJCAI, EMNLP.
    expect(seed.venues).toBe(8);
    expect(seed.coAuthors).toBeGreaterThan(50);
  });
});

describe("yearsPerBar", () => {
  it("gives each year its bar up to the limit, then round spans", () => {
    expect(yearsPerBar(2001, 2025)).toBe(1);
    expect(yearsPerBar(2000, 2025)).toBe(2);
    expect(yearsPerBar(1960, 2025)).toBe(5);
    for (let first = 1800; first < 2025; first += 7) {
      const span = yearsPerBar(first, 2025);
      expect(Math.floor(2025 / span) - Math.floor(first / span) + 1).toBeLessThanOrEqual(MAX_BARS);
    }
  });

  it("bins spans on round years and keeps every paper", () => {
    const lines = [1980, 1981, 1999, 2000, 2024].flatMap((year, index) => [
      `- [**Paper ${index}**](https://example.org/${index})`,
      "  **Ada Example**",
      `  In Proc. of ICML ${year}.`,
    ]);
    const publications = getPublications(
      parseProfile(["---", "title: Ada Example", "---", "", "## Publications", "", ...lines].join("\n")),
    );
    const { bars, yearsPerBar: span } = publicationStatistics(publications);
    expect(span).toBe(2);
    expect(bars[0]).toMatchObject({ firstYear: 1980, lastYear: 1981, total: 2 });
    expect(bars.at(-1)).toMatchObject({ firstYear: 2024, lastYear: 2024, total: 1 });
    expect(bars).toHaveLength(23);
  });
});

describe("publicationStatistics on a profile in another style", () => {
  const statistics = publicationStatistics(
    getPublications(
      parseProfile(
        [
          "---",
          "title: Elena Petrova",
          "---",
          "",
          "## Papers",
          "",
          "- [**Sharpness and Generalization**](https://arxiv.org/abs/2403.00005)",
          "  Omar Haddad, **Elena Petrova**",
          "  In Proc. of AISTATS 2024.",
          "- [**A Theory of Warmup**](https://www.jmlr.org/papers/v23/warmup.html)",
          "  **Elena Petrova**, Lin Zhou",
          "  Journal of Machine Learning Research (JMLR), 2022",
          "- [**Second-Order Methods at Scale**](https://arxiv.org/abs/2405.00006)",
          "  **Elena Petrova**, Omar Haddad, and Lin Zhou.",
          "  arXiv preprint, 2024",
          "",
        ].join("\n"),
      ),
    ),
  );

  it("counts what the model holds", () => {
    expect(
      statistics.bars.map(({ firstYear, byKind }) => [firstYear, byKind.filter(({ count }) => count > 0)]),
    ).toEqual([
      [2022, [{ kind: "journal", count: 1 }]],
      [2023, []],
      [
        2024,
        [
          { kind: "conference", count: 1 },
          { kind: "preprint", count: 1 },
        ],
      ],
    ]);
    expect(statistics).toMatchObject({
      total: 3,
      firstAuthor: 2,
      equalContribution: 0,
      venues: 3,
      coAuthors: 2,
      undated: 0,
    });
  });
});

describe("publicationStatistics on the held-out profile (test/profiles/other-researcher.md)", () => {
  const statistics = publicationStatistics(
    getPublications(parseProfile(readFileSync("test/profiles/other-researcher.md", "utf8"))),
  );

  it("counts its three papers by year and kind, and who wrote them", () => {
    expect(
      statistics.bars.map(({ firstYear, total, byKind }) => [
        firstYear,
        total,
        byKind.filter(({ count }) => count > 0).map(({ kind }) => kind),
      ]),
    ).toEqual([
      [2021, 1, ["journal"]],
      [2022, 0, []],
      [2023, 1, ["conference"]],
      [2024, 0, []],
      // "Water Resources Research, 2025." names no kind the parser knows.
      [2025, 1, ["other"]],
    ]);
    // Tomas Lindqvist, Aino Virtanen (twice) and Rafael Ortiz; first on the 2025 and 2021 papers.
    expect(statistics).toMatchObject({ total: 3, firstAuthor: 2, equalContribution: 0, venues: 3, coAuthors: 3 });
  });
});
