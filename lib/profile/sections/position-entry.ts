import type { PhrasingContent } from "mdast";
import { toPlainText } from "../markdown/render";
import type { Period } from "../model";
import { findPeriod, type PeriodInText, splitParts } from "../text/dates";
import { namesOrganization, namesRole } from "../text/roles";

/** One line of an entry as written: its inline nodes, and the words they show. */
export interface EntryLine {
  nodes: PhrasingContent[];
  text: string;
  /** The period the line names, read once. */
  period: PeriodInText | null;
  /** File line. */
  line: number;
}

/** What an entry's lines say once read: where, what, when, and the lines left over for its extra text. */
export interface PositionReading {
  organization: string;
  title: string | null;
  period: Period | null;
  leftover: EntryLine[];
}

interface Part {
  text: string;
  bold: boolean;
  linked: boolean;
}

function textsOf(nodes: PhrasingContent[], type: "strong" | "link"): string[] {
  return nodes.flatMap((node): string[] => {
    if (node.type === type) return [toPlainText(node)];
    return "children" in node ? textsOf(node.children as PhrasingContent[], type) : [];
  });
}

function coveredBy(part: string, texts: string[]): boolean {
  const core = part.replace(/[\s.,:;]+$/, "");
  return (
    core.length > 0 &&
    texts.some((text) => text.includes(core) || (core.includes(text) && text.length * 2 >= core.length))
  );
}

/** "Research Intern at Example Labs" names the role and the organisation in one part. */
function splitRoleAt(part: string): string[] {
  const match = /^(.+?)\s+(?:at|@)\s+(?!the\s)(.+)$/i.exec(part);
  return match?.[1] && match[2] && namesRole(match[1]) ? [match[1], match[2]] : [part];
}

function partsOf(line: EntryLine, text: string): Part[] {
  const bold = textsOf(line.nodes, "strong");
  const linked = textsOf(line.nodes, "link");
  return splitParts(text)
    .flatMap(splitRoleAt)
    .map((part) => ({ text: part, bold: coveredBy(part, bold), linked: coveredBy(part, linked) }));
}

/**
 * How much a part reads as the organisation: an institution's name, set in bold or linked,
 * and not a role or degree. The bold part is the organisation in "**Org**, Role", but the
 * degree in "*2023.08 - 2024.12*, **Master degree**, Some University".
 */
function organizationScore(part: Part): number {
  return (
    (namesOrganization(part.text) ? 2 : 0) +
    (part.bold ? 1 : 0) +
    (part.linked ? 1 : 0) -
    (namesRole(part.text) ? 2 : 0)
  );
}

/** The part that most reads as the organisation; the first of equals. */
function bestIndex(parts: Part[]): number {
  const scores = parts.map(organizationScore);
  return scores.reduce((best, score, index) => (score > (scores[best] ?? -Infinity) ? index : best), 0);
}

/**
 * Parts before the organisation are the role ("Role, Org"). Parts after it are the role
 * when the organisation is set in bold ("**Org**, Role", the form the README documents)
 * or when they name a role; otherwise they are its place ("[Some Lab](…), Springfield").
 */
function fromParts(parts: Part[]): { organization: string; title: string | null } | null {
  const at = bestIndex(parts);
  const organization = parts[at];
  if (!organization) return null;
  const before = parts.slice(0, at).map((part) => part.text);
  const after = parts.slice(at + 1).map((part) => part.text);
  if (before.length) return { organization: [organization.text, ...after].join(", "), title: before.join(", ") };
  const afterIsRole = organization.bold || after.some((part) => namesRole(part));
  if (!afterIsRole) return { organization: [organization.text, ...after].join(", "), title: null };
  return { organization: organization.text, title: after.join(", ") || null };
}

/** Lines before the organisation's line are the role; else the line after it is. The rest are its extra text. */
function fromLines(lines: Array<{ line: EntryLine; text: string }>): Omit<PositionReading, "period"> | null {
  const whole = lines.map(({ line, text }) =>
    partsOf(line, text).reduce(mergeParts, { text, bold: false, linked: false }),
  );
  const at = bestIndex(whole);
  const organization = lines[at];
  if (!organization) return null;
  const before = lines.slice(0, at);
  const titleLines = before.length ? before : lines.slice(at + 1, at + 2);
  const leftover = lines.filter((line, index) => index !== at && !titleLines.includes(line)).map(({ line }) => line);
  return {
    organization: organization.text,
    title: titleLines.map(({ text }) => text).join(", ") || null,
    leftover,
  };
}

/** A line reads as bold or linked when its main part is. */
function mergeParts(whole: Part, part: Part): Part {
  const main = part.text.length * 2 >= whole.text.length;
  return { text: whole.text, bold: whole.bold || (main && part.bold), linked: whole.linked || (main && part.linked) };
}

/**
 * Read an entry of experience or education from its lines, in the orders
 * homepages use: "Org, Role, dates", "dates, Org, Role", "Role, Org, dates",
 * or one line each for the organisation, the role and the dates.
 */
export function readPositionLines(lines: EntryLine[]): PositionReading | null {
  let period: Period | null = null;
  const remaining: Array<{ line: EntryLine; text: string }> = [];
  for (const line of lines) {
    const found: PeriodInText | null = period ? null : line.period;
    if (found) period = found.period;
    const text = found ? found.rest : line.text;
    if (/[\p{L}\p{N}]/u.test(text)) remaining.push({ line, text });
  }
  const [only] = remaining;
  if (remaining.length === 1 && only) {
    const read = fromParts(partsOf(only.line, only.text));
    return read && { ...read, period, leftover: [] };
  }
  const read = fromLines(remaining);
  return read && { ...read, period };
}

/** Whether an entry's lines name no organisation, only roles, degrees and dates ("**Research Intern** - *2023*"). */
export function namesOnlyRoles(lines: EntryLine[]): boolean {
  return lines.every((line) => {
    const text = line.period?.rest ?? line.text;
    return partsOf(line, text).every((part) => organizationScore(part) < 0);
  });
}

/** A line of an entry, with the period it names. */
export function entryLine(nodes: PhrasingContent[], text: string, line: number): EntryLine {
  return { nodes, text, period: findPeriod(text), line };
}
