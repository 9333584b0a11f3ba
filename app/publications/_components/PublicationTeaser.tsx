import type { Image } from "@/lib/profile";
import { fileHref } from "@/lib/publishing";

const SIZES = {
  // Beside an entry in a list: loaded only as it nears the screen.
  thumbnail: { className: "w-full max-h-40", loading: "lazy" },
  // Near the top of the paper's page, as large as it was drawn, up to the column's width.
  figure: { className: "w-auto max-w-full max-h-[28rem]", loading: "eager" },
} as const;

interface PublicationTeaserProps {
  teaser: Image;
  size: keyof typeof SIZES;
}

/**
 * A paper's teaser image. Its width and height are known for the author's own
 * files, so the page does not shift as it loads; a remote one, never fetched
 * at build, gets a 16:10 box to fit in.
 */
export function PublicationTeaser({ teaser, size }: PublicationTeaserProps) {
  const { className, loading } = SIZES[size];
  // Hidden overflow keeps a remote image that fails to load to its box: its alt text would otherwise stretch it.
  const box = teaser.size ? "h-auto" : "aspect-[16/10] w-full overflow-hidden";
  return (
    <img
      src={fileHref(teaser.source)}
      // The title beside it names the paper; the author's words say what the picture shows, if they wrote any.
      alt={teaser.alt}
      width={teaser.size?.width ?? 640}
      height={teaser.size?.height ?? 400}
      loading={loading}
      decoding="async"
      className={`rounded-md border border-line bg-surface object-contain ${className} ${box}`}
    />
  );
}
