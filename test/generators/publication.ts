import type { Publication } from "../../lib/profile/model";
import type { Site } from "../../lib/publishing/site";

/** Test data: a publication with every field filled, changed where a test needs it. */
export function samplePublication(overrides: Partial<Publication> = {}): Publication {
  return {
    kind: "publication",
    id: "cocktailsgd",
    title: "CocktailSGD: Fine-tuning Foundation Models over 500Mbps Networks",
    url: "https://dl.acm.org/doi/10.5555/3618408.3619905",
    authors: [
      { name: "Jue Wang", isSelf: true, equalContribution: true, corresponding: false },
      { name: "Yucheng Lu", isSelf: false, equalContribution: true, corresponding: false },
      { name: "Ce Zhang", isSelf: false, equalContribution: false, corresponding: false },
    ],
    venue: { short: "ICML", kind: "conference" },
    year: 2023,
    venueLine: "In Proc. of ICML 2023.",
    links: [
      { label: "Paper", href: "https://dl.acm.org/doi/10.5555/3618408.3619905" },
      { label: "Code", href: "https://github.com/DS3Lab/CocktailSGD" },
    ],
    topics: ["Efficient Training Systems at Scale"],
    badges: [],
    teaser: null,
    abstract: null,
    extraHtml: null,
    line: 1,
    ...overrides,
  };
}

export const SAMPLE_SITE: Site = { url: "https://jue.example.org", trailingSlash: false, addressKnown: true };
