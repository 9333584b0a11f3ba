import { profileImages } from "../profile/files/images";
import type { Profile } from "../profile/model";

/**
 * Where a page's images may come from: the site itself, and, only when the
 * author shows an image from elsewhere (a photo or teaser at an https
 * address), any https address. Read from the profile once, by the post-build
 * step, which writes it down for the proxy.
 */
export type ImageSources = "self" | "self and https";

export function imageSources(profile: Profile): ImageSources {
  return profileImages(profile).some((image) => image.source.kind === "remote") ? "self and https" : "self";
}
