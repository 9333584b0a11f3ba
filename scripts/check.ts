/**
 * `npm run check`: read the content file as the site will, print what is
 * wrong with it as `file:line: severity: message`, exit 1 only on errors, and
 * end with a summary that says where the owner's name was found.
 * `npm run check -- --json` prints the parsed profile instead.
 */
import { readFileSync } from "node:fs";
import { formatDiagnostic, hasErrors } from "../lib/profile/diagnostics";
import { ProfileError } from "../lib/profile/errors";
import { frontMatterLines } from "../lib/profile/front-matter-lines";
import { loadProfile, profilePath } from "../lib/profile/load";
import type { Diagnostic, Profile } from "../lib/profile/model";
import { describeNameSource } from "../lib/profile/name";
import { readCvOptions } from "../lib/view/cv-options";

/** What the site's pages read beyond the parser, such as the CV's options, checked with the file's lines. */
function pageDiagnostics(profile: Profile): Diagnostic[] {
  const lineOf = frontMatterLines(readFileSync(profilePath().absolute, "utf8"));
  return readCvOptions(profile, lineOf).diagnostics;
}

function main(args: string[]): number {
  try {
    const profile = loadProfile();
    if (args.includes("--json")) {
      process.stdout.write(`${JSON.stringify(profile, null, 2)}\n`);
    } else {
      const diagnostics = [...profile.diagnostics, ...pageDiagnostics(profile)];
      for (const diagnostic of diagnostics) console.error(formatDiagnostic(profile.source, diagnostic));
      const warnings = diagnostics.filter((diagnostic) => diagnostic.severity === "warning").length;
      const name = profile.nameSource ? `; name "${profile.name}" from ${describeNameSource(profile.nameSource)}` : "";
      console.error(`${profile.source}: ${profile.sections.length} sections, ${warnings} warning(s)${name}`);
    }
    return hasErrors(profile.diagnostics) ? 1 : 0;
  } catch (error) {
    if (!(error instanceof ProfileError)) throw error;
    console.error(error.message);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
