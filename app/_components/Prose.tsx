import type { SafeHtml } from "@/lib/profile";

interface ProseProps {
  /** Already sanitized by lib/profile; never raw author input. */
  html: SafeHtml;
  size?: "base" | "small";
}

const SIZES = {
  base: "prose max-w-none",
  small: "prose prose-sm max-w-none",
} as const;

export function Prose({ html, size = "base" }: ProseProps) {
  return <div className={SIZES[size]} dangerouslySetInnerHTML={{ __html: html }} />;
}
