/**
 * The text of the content file in `next dev`, where next.config.ts aliases
 * this module to the file itself; empty in a build, which reads the file at
 * render time instead (lib/profile/load.ts).
 */
const profileSource: string = "";

export default profileSource;
