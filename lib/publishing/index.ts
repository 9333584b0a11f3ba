/**
 * What the site publishes beside its pages, and how it addresses them: the
 * feed, BibTeX, structured data for search engines, Scholar tags, the social
 * card, paths and absolute URLs. app/ imports lib/publishing through this module only.
 */
export { toAtomFeed } from "./atom";
export { toBibliography } from "./bibtex";
export { publicationCatalog } from "./catalog";
export { servedFiles } from "./files";
export { personJsonLd, publicationJsonLd, publicationListJsonLd, serializeJsonLd, type JsonLdObject } from "./json-ld";
export { pageMetadata, siteMetadata } from "./page-metadata";
export {
  BIBLIOGRAPHY_PATH,
  CV_PATH,
  HOME_PATH,
  PUBLICATIONS_PATH,
  SOCIAL_IMAGE_ID,
  UPDATES_PATH,
  cvDocumentLink,
  type CvDocumentLink,
  fileHref,
  pageHref,
  pagePaths,
  prerenderedPublicationIds,
  publicationPath,
} from "./paths";
export { publicationDescription, venueText } from "./publication-text";
export { scholarMeta } from "./scholar-meta";
export { absoluteUrl, siteDescription, siteFromEnv } from "./site";
export { SOCIAL_CARD_SIZE, socialCard } from "./social-card";
export { anchorUpdates } from "./update-anchors";
