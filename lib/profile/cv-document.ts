import type { RootContent } from "mdast";
import { visit } from "unist-util-visit";
import type { ParseContext } from "./context";
import { readAddress } from "./files/address";
import { toPlainText } from "./markdown/render";
import type { FileSource, FrontMatterValue, LinkedFile } from "./model";

export interface CvSources {
  /** The front matter's `cv:`: a string is the document; a map holds options for the generated CV page. */
  declared: FrontMatterValue | undefined;
  declaredLine: number | null;
  intro: RootContent[];
}

const CV_LINK = /^(?:my\s+)?(?:cv|r[ée]sum[ée]|curriculum vitae)$/i;

// Documents a browser opens itself; anything else beside the content file is not served.
const DOCUMENT = /\.pdf$/i;

type ReadDocument = { ok: true; source: FileSource } | { ok: false; reason: string };

function readDocument(written: string, contentFile: string): ReadDocument {
  // A link, not an embedded file: a plain http address still opens.
  if (/^http:\/\/[^\s/]+\.\S+$/i.test(written.trim()))
    return { ok: true, source: { kind: "remote", url: written.trim() } };
  const address = readAddress(written, contentFile);
  if (address.ok && address.source.kind === "local" && !DOCUMENT.test(address.source.file)) {
    return { ok: false, reason: "only a PDF is served from beside the content file; export the CV as PDF" };
  }
  return address;
}

function fromIntro(sources: CvSources, context: ParseContext): LinkedFile | null {
  let found: LinkedFile | null = null;
  for (const block of sources.intro) {
    visit(block, "link", (link) => {
      if (!CV_LINK.test(toPlainText(link))) return undefined;
      const read = readDocument(link.url, context.file);
      if (read.ok) found = { source: read.source, line: context.lineOf(link) };
      return false;
    });
    if (found) return found;
  }
  return null;
}

/**
 * The owner's CV as a document: the front matter's `cv:` when it is a file or
 * an address, else the first intro link named "CV", "Resume" or "Curriculum
 * Vitae" (which stays in the intro as written).
 */
export function readCvDocument(sources: CvSources, context: ParseContext): LinkedFile | null {
  const { declared, declaredLine } = sources;
  if (typeof declared !== "string") return fromIntro(sources, context);
  const read = readDocument(declared, context.file);
  if (read.ok) return { source: read.source, line: declaredLine ?? 1 };
  context.warn(declaredLine, `front matter "cv" left out: ${read.reason}`);
  return null;
}
