/**
 * Writes a synthetic profile in the seed's style, for benchmarks and size tests.
 *
 *   tsx test/generators/generate-profile.ts --publications 1000 [--updates 100] [--seed 1] --out /tmp/profile.md
 *   tsx test/generators/generate-profile.ts --bytes 5000000 --out /tmp/profile-5mb.md
 *
 * Without --out the profile goes to standard output.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { generateProfile, generateProfileOfSize } from "./profile";

function integer(label: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0)
    throw new RangeError(`--${label} must be a non-negative integer, got "${value}"`);
  return number;
}

function main(): number {
  try {
    const { values } = parseArgs({
      options: {
        publications: { type: "string" },
        updates: { type: "string" },
        bytes: { type: "string" },
        seed: { type: "string" },
        name: { type: "string" },
        out: { type: "string" },
      },
    });
    const seed = integer("seed", values.seed);
    const bytes = integer("bytes", values.bytes);
    const publications = integer("publications", values.publications);
    const text =
      bytes !== undefined
        ? generateProfileOfSize(bytes, { seed, name: values.name })
        : generateProfile({
            publications,
            updates:
              integer("updates", values.updates) ??
              (publications === undefined ? undefined : Math.ceil(publications / 10)),
            seed,
            name: values.name,
          });
    if (values.out) {
      writeFileSync(values.out, text);
      console.error(`${values.out}: ${new TextEncoder().encode(text).length} bytes`);
    } else {
      process.stdout.write(text);
    }
    return 0;
  } catch (error) {
    console.error(`generate-profile: error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

process.exitCode = main();
