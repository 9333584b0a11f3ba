import profileSource from "@/app/_dev/profile-source";

/**
 * Turbopack drops an import whose value is never read, and with it the file's
 * place in the module graph: reading it here is what makes an edit to the
 * content file refresh the open page in `next dev`. Nothing imports it.
 * @public
 */
export const watchedProfileLength = profileSource.length;
