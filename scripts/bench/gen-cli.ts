import { writeFileSync } from "node:fs";
import { generateProfile } from "./generate";

const args = process.argv.slice(2);
const count = Number(args[args.indexOf("--publications") + 1] ?? 1000);
const out = args[args.indexOf("--out") + 1] ?? "profile.generated.md";
writeFileSync(out, generateProfile(count));
