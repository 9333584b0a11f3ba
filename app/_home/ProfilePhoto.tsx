import type { Image } from "@/lib/profile";
import { fileHref } from "@/lib/publishing";

// The box the photo fills, square and cropped to it: a remote photo's size is not known before it loads.
const BOX = 144;

/** The owner's photo beside their name: the first thing on the page, so it loads at once. */
export function ProfilePhoto({ photo, name, className }: { photo: Image; name: string; className: string }) {
  const { width, height } = photo.size ?? { width: BOX, height: BOX };
  return (
    <img
      src={fileHref(photo.source)}
      alt={name}
      width={width}
      height={height}
      fetchPriority="high"
      decoding="async"
      className={`size-20 shrink-0 rounded-full bg-surface object-cover ring-1 ring-line sm:size-36 ${className}`}
    />
  );
}
