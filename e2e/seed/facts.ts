/**
 * What the seed (test/profiles/seed.md, a byte copy of the shipped content/profile.md) must look like on the site.
 * Counted by hand from the seed: these literals are the specification, so a
 * parser change that drops or duplicates an entry fails a test instead of
 * silently changing what the test expects.
 */

export const OWNER = {
  name: "Jue Wang",
  role: "Senior Staff Researcher",
  email: "zjuwangjue@gmail.com",
};

export const PUBLICATION_TOTAL = 19;

/** Year groups on /publications, newest first; one more publication (HELM) has no year. */
export const PUBLICATIONS_BY_YEAR: ReadonlyArray<readonly [year: string, count: number]> = [
  ["2025", 6],
  ["2024", 2],
  ["2023", 4],
  ["2022", 3],
  ["2021", 1],
  ["2020", 2],
];

/** The papers where the owner comes first, or shares first place through equal-contribution marks, newest first. */
export const FIRST_AUTHOR_TITLES = [
  "CocktailSGD: Fine-tuning Foundation Models over 500Mbps Networks",
  "Effective Continual Learning for Text Classification with Lightweight Snapshots",
  "Fine-tuning Language Models over Slow Networks using Activation Compression with Guarantees",
  "SkipBERT: Efficient Inference with Shallow Layer Skipping",
  "Effective Slot Filling via Weakly-Supervised Dual-Model Learning",
  "Two are Better than One: Joint Entity and Relation Extraction with Table-Sequence Encoders",
  "Pyramid: A Layered Model for Nested Named Entity Recognition",
];

/** The owner marked as an equal contributor: CocktailSGD, the AAAI 2023 paper and AC-SGD. */
export const EQUAL_CONTRIBUTION_PAPERS = 3;

/** The venues' short names, as in VENUE_COUNTS. */
export const VENUE_TOTAL = 8;

/** Ce Zhang, the most frequent co-author, and the papers he is on. */
export const TOP_CO_AUTHOR = { name: "Ce Zhang", papers: 8 };

export const UNDATED_PUBLICATION = { title: "Holistic Evaluation of Language Models", venue: "TMLR" };

export const VENUE_COUNTS: ReadonlyArray<readonly [venue: string, count: number]> = [
  ["ICML", 6],
  ["ICLR", 3],
  ["ACL", 3],
  ["NeurIPS", 2],
  ["AAAI", 2],
  ["TMLR", 1],
  ["IJCAI", 1],
  ["EMNLP", 1],
];

export const RESEARCH_AREAS = [
  // The typo is the author's, and the slug follows it.
  { title: "Effecient Inference for Language Models", slug: "effecient-inference-for-language-models", count: 6 },
  { title: "Efficient Training Systems at Scale", slug: "efficient-training-systems-at-scale", count: 3 },
  {
    title: "Cost-Effective Algorithms for Enhancing LLMs",
    slug: "cost-effective-algorithms-for-enhancing-llms",
    count: 3,
  },
] as const;

/** Research items that name a publication on the site (MoAA's `(#)` matches no title). */
export const RESEARCH_LINKED_ITEMS = 12;

/** The five newest publications, as the home page lists them. */
export const RECENT_PUBLICATION_TITLES = [
  "Ladder Residual: Redefining Tensor Parallelism in Transformers for Accelerated Inference",
  "FloE: On-the-Fly MoE Inference on Memory-constrained GPU",
  "Improving Model Alignment Through Collective Intelligence of Open-Source Models",
  "Mixture-of-Agents Enhances Large Language Model Capabilities",
  "Scaling Instruction-tuned LLMs to Million-token Contexts via Hierarchical Synthetic Data Generation",
];

export const COCKTAIL_SGD = {
  title: "CocktailSGD: Fine-tuning Foundation Models over 500Mbps Networks",
  // The seed writes this destination inside doubled parentheses; the site repairs it.
  paperHref: "https://dl.acm.org/doi/10.5555/3618408.3619905",
  equalContributors: ["Jue Wang", "Yucheng Lu"],
};

export const UPDATE_TOTAL = 21;

export const UPDATES_BY_YEAR: ReadonlyArray<readonly [year: string, count: number]> = [
  ["2025", 2],
  ["2024", 3],
  ["2023", 5],
  ["2022", 7],
  ["2021", 1],
  ["2020", 3],
];

/** dateTime of the five newest updates, as the home page lists them. */
export const LATEST_UPDATE_DATES = ["2025-05", "2025-01", "2024-06", "2024-05", "2024-05"];

export const EXPERIENCE = [
  { organization: "Together AI", title: "Senior Staff Researcher" },
  { organization: "Together AI", title: "Staff Researcher" },
  { organization: "Rokid", title: "Research Intern" },
];

export const EDUCATION = [
  { organization: "Zhejiang University", title: "PhD in Computer Science" },
  { organization: "ETH Zurich", title: "Academic Guest" },
  { organization: "Université Paris Saclay (CentraleSupélec)", title: "Master (Engineer) in General Engineering" },
  { organization: "Zhejiang University", title: "Bachelor in Electrical Engineering" },
];

export const CONTACT_ADDRESS = ["251 Rhode Island St", "Together AI, San Francisco, CA 94103"];
