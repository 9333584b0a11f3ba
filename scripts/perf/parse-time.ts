/**
 * The parse time of one input, in a process of its own: scripts/perf/bench.ts runs
 * one per input, so that no input is timed in a heap that the others (or its
 * own first runs) have grown, and the order of the inputs does not matter.
 * Prints JSON: the median ms of parseProfile and of a bare remark parse of the
 * same text.
 *
 *   tsx scripts/perf/parse-time.ts seed|<publications>
 */
import { readFileSync } from "node:fs";
import { remark } from "remark";
import { readFrontMatter } from "../../lib/profile/frontmatter";
import { generateProfile } from "../../test/generators/profile";
import { parseProfile } from "../../lib/profile/parse";
import { percentile } from "./support/percentile";

export interface ParseTime {
  ours: number;
  remark: number;
}

/** The seed, or a generated profile with as many updates as publications. */
function input(name: string): string {
  if (name === "seed") return readFileSync("test/profiles/seed.md", "utf8");
  const publications = Number(name);
  if (!Number.isInteger(publications) || publications < 1)
    throw new Error(`parse-time: "${name}" is neither "seed" nor a number of publications`);
  return generateProfile({ publications, updates: publications });
}

/**
 * Runs each of `runs` in turn for about budgetMs, and each at least `atLeast`
 * times; returns each one's times in ms. Taking turns puts a slower moment of
 * the machine on both parsers alike.
 */
function inTurn(runs: (() => unknown)[], budgetMs: number, atLeast: number): number[][] {
  const times = runs.map((): number[] => []);
  const started = performance.now();
  for (let round = 0; round < atLeast || (performance.now() - started < budgetMs && round < 200); round++) {
    runs.forEach((run, index) => {
      const t0 = performance.now();
      run();
      times[index]?.push(performance.now() - t0);
    });
  }
  return times;
}

/**
 * Median ms of each of `runs` once warm: the untimed warm-up lets the JIT
 * settle, which takes a short input many runs and a long one a single run.
 */
function medianMs(runs: (() => unknown)[]): number[] {
  inTurn(runs, 1000, 1);
  return inTurn(runs, 3000, 3).map((times) => percentile(times, 0.5));
}

const source = input(process.argv[2] ?? "seed");
const { body } = readFrontMatter(source.normalize("NFC"), "bench.md");
const bare = remark();
const [ours = Number.NaN, bareRemark = Number.NaN] = medianMs([() => parseProfile(source), () => bare.parse(body)]);
const time: ParseTime = { ours, remark: bareRemark };
console.log(JSON.stringify(time));
