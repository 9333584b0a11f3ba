/**
 * What the site reads from lib/profile: the typed profile (model.ts), the one
 * parsed from the content file, the ways into it, and how its dates read.
 * app/ imports lib/profile through this module only.
 */
export type * from "./model";
export { getProfile } from "./load";
export { getPublications, getResearchAreas, getUpdates, sectionsOf } from "./select";
export { formatPeriod, formatYearMonth, isoYearMonth, monthName } from "./text/dates";
