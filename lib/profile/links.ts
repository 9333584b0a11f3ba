import type { RootContent } from "mdast";
import { visit } from "unist-util-visit";
import type { ParseContext } from "./context";
import { toPlainText } from "./markdown/render";
import type { FrontMatterValue, ProfileLink, ProfileService } from "./model";
import {
  isProfileService,
  MASTODON_HANDLE,
  mastodonAddress,
  profileService,
  SERVICE_NAMES,
  serviceAddress,
} from "./text/profile-links";
import { urlKey } from "./text/links";

/** Where the front matter says what the owner's profiles are, and where the body may mention them. */
export interface ProfileLinkSources {
  /** The front matter's `links:` value, whatever its shape. */
  declared: FrontMatterValue | undefined;
  /** The file line of a key under `links:`, or of `links:` itself, for messages. */
  declaredLine: (key: string) => number | null;
  /** The intro and the contact section, where an author writes their profiles. */
  blocks: RootContent[];
  /** The contact section's address to write to. */
  email: string | null;
}

type ServiceLink = Extract<ProfileLink, { kind: "service" }>;

function serviceLink(service: ProfileService, href: string): ServiceLink {
  return { kind: "service", service, label: SERVICE_NAMES[service], href };
}

function fromFrontMatter(sources: ProfileLinkSources, context: ParseContext): ProfileLink[] {
  const { declared, declaredLine } = sources;
  if (declared === undefined || declared === null) return [];
  if (typeof declared !== "object" || Array.isArray(declared)) {
    context.warn(declaredLine("links"), 'front matter "links" is not a map; write one "key: address" a line below it');
    return [];
  }
  return Object.entries(declared).flatMap(([key, value]): ProfileLink[] => {
    const service = isProfileService(key) ? key : null;
    const href = typeof value === "string" ? serviceAddress(service, value) : null;
    if (href === null) {
      context.warn(
        declaredLine(key),
        `front matter link "${key}" is not a web address${service ? ` or a ${SERVICE_NAMES[service]} id` : ""}; it is left out`,
      );
      return [];
    }
    return [service ? serviceLink(service, href) : { kind: "other", label: key, href }];
  });
}

// "[Prof. Ce Zhang](…)": a link to someone else's page, whatever its form.
const SOMEONE_ELSE = /^(?:prof(?:essor)?|dr)\b\.?/i;

/** Profile addresses the body links to, and Mastodon handles it writes out, in the order written. */
function fromBody(blocks: RootContent[]): ServiceLink[] {
  const found: ServiceLink[] = [];
  for (const block of blocks) {
    visit(block, (node) => {
      if (node.type === "link") {
        const service = profileService(node.url);
        if (service && !SOMEONE_ELSE.test(toPlainText(node))) found.push(serviceLink(service, node.url));
        if (node.url.startsWith("mailto:")) found.push(serviceLink("email", node.url));
        return "skip";
      }
      if (node.type === "text") {
        for (const [, user = "", host = ""] of node.value.matchAll(MASTODON_HANDLE)) {
          found.push(serviceLink("mastodon", mastodonAddress(user, host)));
        }
      }
      return undefined;
    });
  }
  return found;
}

/**
 * The owner's profile links: those the front matter names, in its order, then
 * those the intro and contact section link to, for services the front matter
 * left out; the contact email last. Each address once.
 */
export function readProfileLinks(sources: ProfileLinkSources, context: ParseContext): ProfileLink[] {
  const declared = fromFrontMatter(sources, context);
  const declaredServices = new Set(declared.flatMap((link) => (link.kind === "service" ? [link.service] : [])));
  const written = [
    ...fromBody(sources.blocks),
    ...(sources.email ? [serviceLink("email", `mailto:${sources.email}`)] : []),
  ];
  const links: ProfileLink[] = [];
  for (const link of [...declared, ...written.filter((link) => !declaredServices.has(link.service))]) {
    if (!links.some((kept) => urlKey(kept.href) === urlKey(link.href))) links.push(link);
  }
  return links;
}
