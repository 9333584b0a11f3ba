import { hashSources, inlineScripts, type InlineScript } from "./inline-scripts";

// Each of these hands the browser a piece of the page's React Server Components payload.
const PAYLOAD_PUSH = "self.__next_f.push(";

/** A page ready for its policy: its HTML, and the hash sources of the inline scripts it carries. */
export interface HashedPage {
  html: string;
  hashes: string[];
}

/** Runs of scripts with nothing between them, each either one script or adjacent payload scripts. */
function runs(scripts: InlineScript[]): InlineScript[][] {
  const grouped: InlineScript[][] = [];
  for (const script of scripts) {
    const run = grouped.at(-1);
    const previous = run?.at(-1);
    const joins = previous?.end === script.start && [previous, script].every((s) => s.text.startsWith(PAYLOAD_PUSH));
    if (run && joins) run.push(script);
    else grouped.push([script]);
  }
  return grouped;
}

/**
 * A prerendered page with each run of adjacent payload scripts joined into one
 * script that makes the same calls in the same order, and the hashes of what
 * it then carries. Next writes a static page's payload as one script per
 * chunk, all together at the end of the body; a long list makes thousands, and
 * a policy listing a hash for each would outgrow what servers and proxies
 * accept in a header.
 */
export function joinPayloadScripts(html: string): HashedPage {
  let joined = "";
  let from = 0;
  const scripts: InlineScript[] = [];
  for (const run of runs(inlineScripts(html))) {
    const [first] = run;
    const last = run.at(-1);
    if (!first || !last) continue;
    const text = run.map((script) => script.text).join("\n");
    scripts.push({ text, start: first.start, end: last.end });
    if (run.length === 1) continue;
    joined += `${html.slice(from, first.start)}<script>${text}</script>`;
    from = last.end;
  }
  return { html: joined + html.slice(from), hashes: hashSources(scripts) };
}
