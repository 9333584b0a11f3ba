import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Profile, Publication } from "./model";
import { parseProfile } from "./parse";
import { getEducation, getExperience, getPublications, getResearchAreas, getUpdates, sectionsOf } from "./select";

const SEED_PATH = path.resolve(import.meta.dirname, "../../test/profiles/seed.md");
const seed = readFileSync(SEED_PATH, "utf8");
const seedLines = seed.split("\n");
const profile = parseProfile(seed);
const publications = getPublications(profile);
const updates = getUpdates(profile);

function countBy<T>(items: T[], key: (item: T) => string | number | null): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) {
    const value = String(key(item));
    counts[value] = (counts[value] ?? 0) + 1;
  }
  return counts;
}

function publicationTitled(start: string): Publication {
  const matches = publications.filter((publication) => publication.title.startsWith(start));
  expect(matches, `publications whose title starts with "${start}"`).toHaveLength(1);
  const [match] = matches;
  if (!match) throw new Error(`no publication titled "${start}…"`);
  return match;
}

/** File line (1-based) of the first line containing `text`. */
function lineOf(text: string): number {
  const index = seedLines.findIndex((line) => line.includes(text));
  expect(index, `"${text}" in the seed`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

describe("the seed profile", () => {
  it("reads the front matter", () => {
    expect(profile.name).toBe("Jue Wang");
    expect(profile.updated).toBe("2025-07-01");
    expect(profile.frontMatter.title).toBe("Jue Wang");
    expect(profile.frontMatter.top).toBe(100);
    expect(String(profile.frontMatter.date)).toMatch(/^2025-07-01/);
    expect(profile.source).toBe("content/profile.md");
  });

  it("keeps the sections in document order", () => {
    expect(profile.sections.map((section) => section.kind)).toEqual([
      "intro",
      "research",
      "updates",
      "experience",
      "education",
      "publications",
      "contact",
    ]);
    expect(profile.sections.map((section) => section.heading)).toEqual([
      null,
      null,
      "Updates",
      "Work Experience",
      "Education",
      "Publications",
      "Contact",
    ]);
  });

  it("reports exactly the two slips in the file, both as warnings with their lines", () => {
    expect(profile.diagnostics).toHaveLength(2);
    expect(profile.diagnostics.map(({ severity, line }) => ({ severity, line }))).toEqual([
      { severity: "warning", line: 16 },
      { severity: "warning", line: 105 },
    ]);
    const [placeholder, doubledParens] = profile.diagnostics;
    expect(placeholder?.message).toContain("MoAA");
    expect(doubledParens?.message).toContain("https://dl.acm.org/doi/10.5555/3618408.3619905");
  });
});

describe("seed publications", () => {
  it("finds all 19, counted by year, with HELM the only undated one", () => {
    expect(publications).toHaveLength(19);
    expect(countBy(publications, (publication) => publication.year)).toEqual({
      2025: 6,
      2024: 2,
      2023: 4,
      2022: 3,
      2021: 1,
      2020: 2,
      null: 1,
    });
    const undated = publications.filter((publication) => publication.year === null);
    expect(undated).toHaveLength(1);
    expect(undated[0]).toMatchObject({
      title: "Holistic Evaluation of Language Models",
      venue: { short: "TMLR", kind: "journal" },
      venueLine: "TMLR.",
    });
  });

  it("has no unparsed entries", () => {
    const [section] = sectionsOf(profile, "publications");
    expect(section?.items).toHaveLength(19);
    expect(section?.items.every((item) => item.kind === "publication")).toBe(true);
  });

  it("gives every publication the line of its list marker", () => {
    const start = lineOf("## Publications");
    const end = lineOf("## Contact");
    const markerLines = seedLines.flatMap((line, index) =>
      index + 1 > start && index + 1 < end && line.startsWith("- ") ? [index + 1] : [],
    );
    expect(markerLines).toHaveLength(19);
    expect(publications.map((publication) => publication.line)).toEqual(markerLines);
    expect(publicationTitled("Ladder Residual").line).toBe(68);
    expect(publicationTitled("Pyramid").line).toBe(137);
  });

  it("gives unique, URL-safe ids that survive a second parse", () => {
    const ids = publications.map((publication) => publication.id);
    expect(new Set(ids).size).toBe(19);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(getPublications(parseProfile(seed)).map((publication) => publication.id)).toEqual(ids);
  });

  it("reads both `[**Title**](url)` and `**[Title](url)**`", () => {
    expect(publicationTitled("Ladder Residual")).toMatchObject({
      title: "Ladder Residual: Redefining Tensor Parallelism in Transformers for Accelerated Inference",
      url: "https://arxiv.org/abs/2501.06589",
    });
    expect(publicationTitled("SkipBERT")).toMatchObject({
      title: "SkipBERT: Efficient Inference with Shallow Layer Skipping",
      url: "https://aclanthology.org/2022.acl-long.503/",
    });
  });

  it("names venues as written, conferences except the TMLR journal", () => {
    const venues = publications.map((publication) => publication.venue);
    expect(venues.every((venue) => venue !== null)).toBe(true);
    expect(new Set(venues.map((venue) => venue?.short))).toEqual(
      new Set(["ICML", "ICLR", "ACL", "NeurIPS", "AAAI", "EMNLP", "IJCAI", "TMLR"]),
    );
    for (const venue of venues) expect(venue?.kind).toBe(venue?.short === "TMLR" ? "journal" : "conference");
    expect(countBy(publications, (publication) => publication.venue?.short ?? null)).toEqual({
      ICML: 6,
      ICLR: 3,
      ACL: 3,
      NeurIPS: 2,
      AAAI: 2,
      EMNLP: 1,
      IJCAI: 1,
      TMLR: 1,
    });
  });

  it("strips the drawn brackets from button labels", () => {
    const links = publications.flatMap((publication) => publication.links);
    expect(links).toHaveLength(32);
    expect(countBy(links, (link) => link.label)).toEqual({ Paper: 17, Code: 12, Video: 3 });
    expect(publicationTitled("Effective Slot Filling").links.map((link) => link.label)).toEqual([
      "Paper",
      "Code",
      "Video",
    ]);
    expect(publicationTitled("Scaling Instruction-tuned").links).toEqual([]);
  });

  it("repairs the doubled parentheses of CocktailSGD's paper link", () => {
    expect(publicationTitled("CocktailSGD").links).toEqual([
      { label: "Paper", href: "https://dl.acm.org/doi/10.5555/3618408.3619905" },
      { label: "Code", href: "https://github.com/DS3Lab/CocktailSGD" },
    ]);
  });

  it("marks the owner in every author list that names him", () => {
    const withOwner = publications.filter((publication) => publication.authors.length > 0);
    expect(withOwner).toHaveLength(18);
    for (const publication of withOwner) {
      expect(
        publication.authors.filter((author) => author.isSelf),
        publication.title,
      ).toHaveLength(1);
    }
  });

  it('keeps "Jue WANG" as written but knows it is the owner', () => {
    const [first, second] = publicationTitled("Effective Continual Learning").authors;
    expect(first).toEqual({ name: "Jue WANG", isSelf: true, equalContribution: true, corresponding: false });
    expect(second).toEqual({ name: "Dajie Dong", isSelf: false, equalContribution: true, corresponding: false });
  });

  it("reads `$^{\\*}$` as equal contribution", () => {
    const equal = (publication: Publication) =>
      publication.authors.filter((author) => author.equalContribution).map((author) => author.name);
    expect(equal(publicationTitled("CocktailSGD"))).toEqual(["Jue Wang", "Yucheng Lu"]);
    expect(equal(publicationTitled("Fine-tuning Language Models over Slow Networks"))).toEqual([
      "Jue Wang",
      "Binhang Yuan",
      "Luka Rimanic",
    ]);
    const marked = publications.filter((publication) => equal(publication).length > 0);
    expect(marked).toHaveLength(3);
    expect(
      publications.flatMap((publication) => publication.authors).some((author) => /[$^*\\]/.test(author.name)),
    ).toBe(false);
  });

  it('splits author lists ending in ", and X." and "X and Y."', () => {
    const skipBert = publicationTitled("SkipBERT").authors;
    expect(skipBert.map((author) => author.name)).toEqual([
      "Jue Wang",
      "Ke Chen",
      "Gang Chen",
      "Lidan Shou",
      "Julian McAuley",
    ]);
    expect(publicationTitled("Two are Better than One").authors.map((author) => author.name)).toEqual([
      "Jue Wang",
      "Lu Wei",
    ]);
  });

  it("reads HELM's 50 authors", () => {
    const helm = publicationTitled("Holistic Evaluation").authors;
    expect(helm).toHaveLength(50);
    expect(helm[0]?.name).toBe("Percy Liang");
    expect(helm[49]?.name).toBe("Yuta Koreeda");
  });

  it("leaves the authors of the IJCAI paper empty rather than guessing", () => {
    expect(publicationTitled("Continual Federated Learning")).toMatchObject({
      authors: [],
      venue: { short: "IJCAI", kind: "conference" },
      year: 2022,
      venueLine: "In Proc. of IJCAI 2022.",
    });
  });

  it("takes badges from the remarks beside research items", () => {
    expect(publicationTitled("Deja Vu").badges).toEqual(["Oral"]);
    expect(publicationTitled("Mixture-of-Agents").badges).toEqual(["Spotlight"]);
    expect(publicationTitled("Skill-it!").badges).toEqual(["Spotlight"]);
    expect(publications.filter((publication) => publication.badges.length > 0)).toHaveLength(3);
  });
});

describe("seed research areas", () => {
  const areas = getResearchAreas(profile);
  const items = areas.flatMap((area) => area.items);
  const item = (label: string) => {
    const found = items.filter((entry) => entry.label === label);
    expect(found, `research items labelled "${label}"`).toHaveLength(1);
    return found[0];
  };
  const publicationOf = (label: string) =>
    publications.find((publication) => publication.id === item(label)?.publicationId);

  it("keeps the three areas as written, with slugs", () => {
    expect(areas.map((area) => area.title)).toEqual([
      "Effecient Inference for Language Models",
      "Efficient Training Systems at Scale",
      "Cost-Effective Algorithms for Enhancing LLMs",
    ]);
    expect(areas.map((area) => area.slug)).toEqual([
      "effecient-inference-for-language-models",
      "efficient-training-systems-at-scale",
      "cost-effective-algorithms-for-enhancing-llms",
    ]);
  });

  it("keeps the sentence that leads into the list", () => {
    const [research] = sectionsOf(profile, "research");
    expect(research?.leadHtml).toContain("My recent research mainly focuses on");
    expect(research?.line).toBe(9);
  });

  it("resolves 12 of the 13 items to publications; MoAA stays unresolved and unlinked", () => {
    expect(areas.map((area) => area.items.length)).toEqual([6, 3, 4]);
    expect(items.filter((entry) => entry.publicationId !== null)).toHaveLength(12);
    const unresolved = items.filter((entry) => entry.publicationId === null);
    expect(unresolved).toEqual([{ label: "MoAA", remark: "ICML25", href: null, publicationId: null, line: 16 }]);
  });

  it("resolves by URL and, failing that, by name", () => {
    expect(publicationOf("Self-Spec")?.title).toMatch(/^Draft & Verify/);
    expect(publicationOf("FloE")?.title).toMatch(/^FloE:/);
    expect(item("FloE")?.href).toBeNull();
    const dejaVu = publicationOf("Deja Vu");
    expect(dejaVu?.title).toMatch(/^Deja Vu:/);
    expect(item("Deja Vu")?.href).not.toBe(dejaVu?.url);
    expect(item("Deja Vu")?.remark).toBe("ICML23, Oral");
    expect(publicationOf("AQ-SGD")?.title).toMatch(/^Fine-tuning Language Models over Slow Networks/);
    expect(publicationOf("LoRAM")?.title).toMatch(/^Train Small, Infer Large/);
  });

  it("gives the cited publications their topics: 6, 3 and 3 per area", () => {
    expect(
      areas.map((area) => publications.filter((publication) => publication.topics.includes(area.title)).length),
    ).toEqual([6, 3, 3]);
    expect(publicationTitled("Deja Vu").topics).toEqual(["Effecient Inference for Language Models"]);
    expect(publicationTitled("Pyramid").topics).toEqual([]);
  });
});

describe("seed updates", () => {
  it("finds all 21, counted by year, newest first", () => {
    expect(updates).toHaveLength(21);
    expect(countBy(updates, (update) => update.date.year)).toEqual({
      2025: 2,
      2024: 3,
      2023: 5,
      2022: 7,
      2021: 1,
      2020: 3,
    });
    expect(updates[0]?.date).toEqual({ year: 2025, month: 5 });
    expect(updates[0]?.line).toBe(22);
    expect(updates[20]?.date).toEqual({ year: 2020, month: 4 });
  });

  it("keeps links in the html and plain words in the text", () => {
    const june = updates.filter((update) => update.date.year === 2024 && update.date.month === 6);
    expect(june).toHaveLength(1);
    expect(june[0]?.html).toContain('<a href="https://www.together.ai/blog/together-moa">Together MoA</a>');
    expect(june[0]?.text).toBe("Check out Together MoA! Achieving SoTA results with open-source models only.");
    for (const update of updates) {
      expect(update.text).not.toMatch(/[<>]|\]\(/);
      expect(update.text).not.toMatch(/^\w{3} \d{4}:/);
    }
  });
});

describe("seed experience and education", () => {
  it("reads three positions, the first ongoing", () => {
    const experience = getExperience(profile);
    expect(experience).toHaveLength(3);
    expect(experience[0]).toMatchObject({
      organization: "Together AI",
      title: "Senior Staff Researcher",
      period: { start: { year: 2025, month: 5 }, end: "present" },
    });
  });

  it("reads four degrees, accents and parentheses intact", () => {
    const education = getEducation(profile);
    expect(education).toHaveLength(4);
    expect(education.map((position) => position.organization)).toContain("Université Paris Saclay (CentraleSupélec)");
    expect(education[2]).toMatchObject({
      organization: "Université Paris Saclay (CentraleSupélec)",
      title: "Master (Engineer) in General Engineering",
      period: { start: { year: 2016, month: 9 }, end: { year: 2018, month: 6 } },
    });
  });
});

describe("privacy of the seed's HTML comments", () => {
  const serialized = JSON.stringify(profile);
  const comments = seed.match(/<!--[\s\S]*?-->/g) ?? [];
  const outside = seed.replace(/<!--[\s\S]*?-->/g, " ");

  function words(text: string): string[] {
    return text.match(/[\p{L}\p{N}]+/gu) ?? [];
  }

  /** Every string in the profile, as one space-separated run of words per string. */
  function stringsOf(value: unknown): string[] {
    if (typeof value === "string") return [value];
    if (Array.isArray(value)) return value.flatMap(stringsOf);
    if (value !== null && typeof value === "object") return Object.values(value).flatMap(stringsOf);
    return [];
  }

  it("leaks none of the phrases known to be private", () => {
    for (const phrase of [
      "resume-Jue.Wang.pdf",
      "StatNLP",
      "ByteCamp",
      "remote internship",
      "Data Intelligence Lab",
      "SIGIR 2019",
    ]) {
      expect(
        comments.some((comment) => comment.includes(phrase)),
        `"${phrase}" is in a comment`,
      ).toBe(true);
      expect(serialized).not.toContain(phrase);
    }
  });

  /** Four-word runs of the comments that the rest of the file never says. */
  function privateRuns(): Set<string> {
    const public4 = new Set<string>();
    const outsideWords = words(outside);
    for (let i = 0; i + 4 <= outsideWords.length; i++) public4.add(outsideWords.slice(i, i + 4).join(" "));
    const runs = new Set<string>();
    for (const comment of comments) {
      const commentWords = words(comment);
      for (let i = 0; i + 4 <= commentWords.length; i++) {
        const run = commentWords.slice(i, i + 4).join(" ");
        if (!public4.has(run)) runs.add(run);
      }
    }
    return runs;
  }

  function leakedRuns(parsed: Profile): string[] {
    const published = stringsOf(parsed).map((text) => ` ${words(text).join(" ")} `);
    return [...privateRuns()].filter((run) => published.some((text) => text.includes(` ${run} `)));
  }

  it("leaks no four-word run that only appears inside comments", () => {
    expect(comments).toHaveLength(2);
    expect(privateRuns().size).toBeGreaterThan(50);
    expect(leakedRuns(profile)).toEqual([]);
  });

  it("would notice a leak", () => {
    // The same file with its comment markers deleted publishes the drafts.
    const leaky = parseProfile(seed.replace(/<!--|-->/g, ""));
    expect(leakedRuns(leaky).length).toBeGreaterThan(20);
  });
});
