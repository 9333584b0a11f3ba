import type { Image as ImageNode, Parent, RootContent } from "mdast";
import { visit } from "unist-util-visit";
import type { ParseContext } from "./context";
import { isBadgeImage, readImage } from "./files/images";
import { toPlainText } from "./markdown/render";
import type { FrontMatterValue, Image } from "./model";

export interface PhotoSources {
  /** The front matter's `photo:` value. */
  declared: FrontMatterValue | undefined;
  declaredLine: number | null;
  /** The intro's blocks; an image taken from them as the photo is removed. */
  intro: RootContent[];
}

function firstImage(blocks: RootContent[]): { image: ImageNode; parent: Parent } | null {
  let found: { image: ImageNode; parent: Parent } | null = null;
  for (const block of blocks) {
    visit(block, "image", (image, _index, parent) => {
      if (isBadgeImage(image.url)) return undefined;
      if (parent) found = { image, parent };
      return false;
    });
    if (found) return found;
  }
  return null;
}

function fromFrontMatter(sources: PhotoSources, context: ParseContext): Image | null {
  const { declared, declaredLine } = sources;
  if (typeof declared !== "string" || declared.trim() === "") {
    context.warn(declaredLine, 'front matter "photo" is not a file name or an address; no photo is shown');
    return null;
  }
  const read = readImage(declared, context.ownerName, declaredLine ?? 1, context.file);
  if (read.ok) return read.image;
  context.warn(declaredLine, `photo left out: ${read.reason}`);
  return null;
}

/**
 * The owner's photo: the front matter's `photo:`, else the first image in the
 * intro, which leaves the intro (it is shown beside the name instead). Returns
 * the intro's blocks without it.
 */
export function readPhoto(sources: PhotoSources, context: ParseContext): { photo: Image | null; intro: RootContent[] } {
  const { declared, intro } = sources;
  if (declared !== undefined && declared !== null) return { photo: fromFrontMatter(sources, context), intro };
  const found = firstImage(intro);
  if (!found) return { photo: null, intro };
  const { image, parent } = found;
  const line = context.lineOf(image);
  const read = readImage(image.url, image.alt ?? "", line, context.file);
  if (!read.ok) {
    context.warn(line, `photo left out: ${read.reason}`);
    return { photo: null, intro };
  }
  parent.children.splice(parent.children.indexOf(image), 1);
  // The paragraph that held only the photo goes with it.
  const emptied =
    toPlainText(parent.children) === "" &&
    parent.children.every((child) => child.type === "text" || child.type === "break");
  return { photo: read.image, intro: emptied ? intro.filter((block) => block !== parent) : intro };
}
