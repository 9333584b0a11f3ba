import type { ListItem, Paragraph, PhrasingContent, RootContent } from "mdast";
import type { ParseContext } from "../context";
import { toPlainText, toSafeHtml } from "../markdown/render";
import type { Update, UpdatesSection, YearMonth } from "../model";
import { parsePeriod } from "../text/dates";
import { type EntryResult, firstParagraph, readEntries } from "./entries";

// "May 2025: …", "[May 2025] …", "Jun 2018 to Dec 2018: …", "2025-05 — …"
const DATE_PREFIX =
  /^\s*\[?([^:\]–—]*?\d{4}(?:[-/]\d{1,2})?(?:\s*(?:-|–|to)\s*[A-Za-z.]*\s*\d{4})?)\]?\s*(?::|–|—|\s-\s|\]|$)\s*/;

interface DatedText {
  date: YearMonth;
  rest: PhrasingContent[];
}

function startOf(period: string): YearMonth | null {
  return parsePeriod(period)?.start ?? null;
}

/** A date set in bold or italics at the start: "**May 2025**: …". */
function emphasisedDate(children: PhrasingContent[]): DatedText | null {
  const [first, next, ...rest] = children;
  if (!first || (first.type !== "strong" && first.type !== "emphasis")) return null;
  const date = startOf(toPlainText(first).replace(/[:\]\[]/g, ""));
  if (!date) return null;
  if (!next) return { date, rest: [] };
  if (next.type !== "text") return { date, rest: [next, ...rest] };
  const value = next.value.replace(/^\s*(?::|–|—|-)?\s*/, "");
  return { date, rest: value ? [{ ...next, value }, ...rest] : rest };
}

function plainDate(children: PhrasingContent[]): DatedText | null {
  const [first, ...rest] = children;
  if (first?.type !== "text") return null;
  const match = DATE_PREFIX.exec(first.value);
  const date = match?.[1] ? startOf(match[1]) : null;
  if (!match || !date) return null;
  const value = first.value.slice(match[0].length);
  return { date, rest: value ? [{ ...first, value }, ...rest] : rest };
}

function readUpdate(item: ListItem, context: ParseContext): EntryResult<Update> {
  const paragraph = firstParagraph(item);
  const dated = paragraph && (emphasisedDate(paragraph.children) ?? plainDate(paragraph.children));
  if (!dated) return { ok: false, reason: 'it does not start with a date such as "May 2025:"' };
  const body: RootContent[] = [
    { type: "paragraph", children: dated.rest } satisfies Paragraph,
    ...item.children.slice(1),
  ];
  return {
    ok: true,
    entry: {
      kind: "update",
      date: dated.date,
      html: toSafeHtml(body),
      text: toPlainText(body),
      line: context.lineOf(item),
    },
  };
}

export function readUpdates(
  heading: string,
  line: number,
  blocks: RootContent[],
  context: ParseContext,
): UpdatesSection {
  return {
    kind: "updates",
    heading,
    line,
    items: readEntries(blocks, context, "update", (item) => readUpdate(item, context)),
  };
}
