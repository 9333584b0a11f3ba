import type { Paragraph, RootContent } from "mdast";
import { splitLines } from "../markdown/lines";
import { toPlainText, toSafeHtml } from "../markdown/render";
import type { ContactSection } from "../model";

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const EMAIL_ONLY = /^(?:e-?mail|mail)?\s*:?\s*<?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)>?\.?$/i;

function hasLink(paragraph: Paragraph): boolean {
  return paragraph.children.some((node) => node.type === "link" && !node.url.startsWith("mailto:"));
}

/**
 * Plain paragraphs are the postal address, one line each, and the first email
 * is the address to write to. Anything richer (links, lists) is kept as written.
 */
export function readContact(heading: string, line: number, blocks: RootContent[]): ContactSection {
  const addressLines: string[] = [];
  const extra: RootContent[] = [];
  let email: string | null = null;
  for (const block of blocks) {
    if (block.type !== "paragraph" || hasLink(block)) {
      extra.push(block);
      continue;
    }
    for (const lineNodes of splitLines(block.children)) {
      const text = toPlainText(lineNodes);
      const onlyEmail = EMAIL_ONLY.exec(text)?.[1];
      if (onlyEmail && !email) email = onlyEmail;
      else addressLines.push(text);
    }
  }
  if (!email) email = EMAIL.exec(toPlainText(extra))?.[0] ?? null;
  return { kind: "contact", heading, line, addressLines, email, extraHtml: extra.length ? toSafeHtml(extra) : null };
}
