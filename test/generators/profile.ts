/**
 * Synthetic profiles in the seed's style (content/profile.md): front matter,
 * an intro, dated updates, work and education entries, and publications with
 * bold titles, author lines, venue lines and bracketed links. Deterministic
 * for a given seed, so benchmarks and size tests compare like with like.
 * Every publication title is unique, so each gets its own page and slug.
 */
export interface GenerateOptions {
  /** Number of publications (default 20). */
  publications?: number;
  /** Number of dated updates (default 20). */
  updates?: number;
  /** Seed for the pseudo-random choices (default 1). */
  seed?: number;
  /** The author's name, bolded in every author line (default "Ada Example"). */
  name?: string;
  /** Latest year used for updates and publications (default 2025); older entries go back from it. */
  latestYear?: number;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const VENUES = ["ICML", "NeurIPS", "ICLR", "ACL", "EMNLP", "AAAI", "IJCAI", "NAACL", "SIGIR", "KDD", "VLDB", "MLSys"];
const JOURNALS = ["TMLR", "JMLR", "TACL"];
const TOPIC_WORDS = [
  "Sparse",
  "Efficient",
  "Scalable",
  "Robust",
  "Adaptive",
  "Lossless",
  "Memory-Efficient",
  "Decentralized",
  "Contextual",
  "Hierarchical",
  "Speculative",
  "Continual",
  "Compressed",
  "Federated",
  "Low-Rank",
  "Mixture-of-Experts",
];
const SUBJECTS = [
  "Inference",
  "Fine-tuning",
  "Pre-training",
  "Decoding",
  "Attention",
  "Alignment",
  "Retrieval",
  "Tensor Parallelism",
  "Quantization",
  "Distillation",
  "Prompting",
  "Data Selection",
  "Text Classification",
  "Instruction Tuning",
];
const OBJECTS = [
  "Large Language Models",
  "Transformers",
  "Foundation Models",
  "Language Agents",
  "Long Contexts",
  "Slow Networks",
  "Memory-constrained GPUs",
  "Open-Source Models",
  "Multimodal Models",
  "Commodity Clusters",
];
const FIRST_NAMES = [
  "Junlin",
  "Ben",
  "Ce",
  "Tri",
  "Beidi",
  "Lidan",
  "Ke",
  "Percy",
  "Yoon",
  "Mayee",
  "Zichang",
  "Binhang",
  "Linda",
  "Shang",
  "Maurice",
  "Zhaozhuo",
  "Christopher",
  "Frédéric",
  "Zoë",
  "José",
  "Anshumali",
  "Yuxin",
  "Mayank",
  "Ananya",
];
const LAST_NAMES = [
  "Wang",
  "Athiwaratkun",
  "Zhang",
  "Dao",
  "Chen",
  "Shou",
  "Liang",
  "Kim",
  "Liu",
  "Yuan",
  "He",
  "Zhu",
  "Weber",
  "Xu",
  "Ré",
  "Sala",
  "Shrivastava",
  "Zhou",
  "Mishra",
  "Kumar",
  "Müller",
  "García",
];
const UPDATE_TEMPLATES = [
  (venue: string, year: number) => `We got a paper accepted to ${venue} ${year}. Congratulation to the collaborators!`,
  (venue: string, year: number) => `We had two papers accepted to ${venue} ${year}!`,
  (venue: string) =>
    `Check out our [demo](https://example.org/demo/${venue.toLowerCase()}) built on the ${venue} work.`,
  () => "I gave a talk on efficient training at the lab's reading group.",
  () => "Our [code release](https://github.com/example/release) is out, cheers!",
];

/** mulberry32: small, fast and the same on every platform. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, items: readonly T[]): T {
  const item = items[Math.floor(next() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

function authorLine(next: () => number, name: string): string {
  // Mostly a handful of authors, now and then a fifty-author benchmark paper like the seed's HELM entry.
  const count = next() < 0.03 ? 50 : 2 + Math.floor(next() * 9);
  const position = Math.floor(next() * Math.min(count, 5));
  const equal = next() < 0.15;
  const authors = Array.from({ length: count }, (_, index) =>
    index === position ? `**${name}**` : `${pick(next, FIRST_NAMES)} ${pick(next, LAST_NAMES)}`,
  );
  if (equal) {
    authors[0] = `${authors[0]}$^{\\*}$`;
    if (authors[1] !== undefined) authors[1] = `${authors[1]}$^{\\*}$`;
  }
  return authors.join(", ");
}

function publication(next: () => number, index: number, year: number, name: string): string {
  const title = `${pick(next, TOPIC_WORDS)} ${pick(next, SUBJECTS)} for ${pick(next, OBJECTS)} (Study ${index + 1})`;
  const id = `${year % 100}${String(index).padStart(5, "0")}`;
  const url = `https://arxiv.org/abs/${String(year % 100).padStart(2, "0")}${String((index % 12) + 1).padStart(2, "0")}.${id.slice(-5)}`;
  const journal = next() < 0.1;
  const venue = journal
    ? `${pick(next, JOURNALS)}.`
    : next() < 0.3
      ? `Accepted to ${pick(next, VENUES)} ${year}.`
      : `In Proc. of ${pick(next, VENUES)} ${year}.`;
  const links = [
    `[\\[Paper\\]](${url})`,
    ...(next() < 0.5 ? [`[\\[Code\\]](https://github.com/example/study-${index + 1})`] : []),
  ];
  return [`- [**${title}**](${url})`, `  ${authorLine(next, name)}`, `  ${venue}`, `  ${links.join(" ")}`].join("\n");
}

function update(next: () => number, index: number, count: number, latestYear: number): string {
  // Newest first, about one a month, as the seed lists them.
  const monthsBack = Math.floor((index * 12 * Math.max(1, count / 12)) / Math.max(1, count));
  const year = latestYear - Math.floor(monthsBack / 12);
  const month = MONTHS[11 - (monthsBack % 12)] ?? "Jan";
  const template = pick(next, UPDATE_TEMPLATES);
  return `- ${month} ${year}: ${template(pick(next, VENUES), year)}`;
}

/** A complete profile file as text. */
export function generateProfile(options: GenerateOptions = {}): string {
  const { publications = 20, updates = 20, seed = 1, name = "Ada Example", latestYear = 2025 } = options;
  for (const [label, value] of [
    ["publications", publications],
    ["updates", updates],
  ] as const) {
    if (!Number.isInteger(value) || value < 0)
      throw new RangeError(`${label} must be a non-negative integer, got ${value}`);
  }
  const next = random(seed);
  // Spread publications over 20 years, newest first, a few per year as on real homepages.
  const perYear = Math.max(1, Math.ceil(publications / 20));
  return [
    "---",
    `title: "${name.replace(/"/g, '\\"')}"`,
    `date: ${latestYear}-07-01 16:00:00`,
    "top: 100",
    "---",
    "",
    `Hello, I am a researcher working on efficient algorithms and systems for large models, with [Prof. Example](https://example.org/).`,
    "",
    "## Updates",
    "",
    ...Array.from({ length: updates }, (_, index) => update(next, index, updates, latestYear)),
    "",
    "## Work Experience",
    "",
    `- **Example Labs**, Staff Researcher, July ${latestYear - 2} - Now`,
    `- **Rokid**, Research Intern, Jun ${latestYear - 7} - Sep ${latestYear - 7}`,
    "",
    "## Education",
    "",
    `- **Zhejiang University**, PhD in Computer Science, Sep ${latestYear - 7} - Jun ${latestYear - 2}`,
    `- **Zhejiang University**, Bachelor in Electrical Engineering, Sep ${latestYear - 11} - Jun ${latestYear - 7}`,
    "",
    "## Publications",
    "",
    ...Array.from({ length: publications }, (_, index) =>
      publication(next, index, latestYear - Math.floor(index / perYear), name),
    ),
    "",
  ].join("\n");
}

/** Publications needed for a profile of at least `bytes` UTF-8 bytes, with one update per ten publications. */
export function generateProfileOfSize(
  bytes: number,
  options: Omit<GenerateOptions, "publications" | "updates"> = {},
): string {
  const sample = generateProfile({ ...options, publications: 200, updates: 20 });
  const perPublication = utf8Bytes(sample) / 200;
  let publications = Math.max(1, Math.ceil(bytes / perPublication));
  for (;;) {
    const text = generateProfile({ ...options, publications, updates: Math.ceil(publications / 10) });
    if (utf8Bytes(text) >= bytes) return text;
    publications = Math.ceil(publications * 1.05);
  }
}

function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}
