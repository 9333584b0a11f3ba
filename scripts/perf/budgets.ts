/** The targets of issue 4: byte budgets, which npm test enforces, and timing targets, which the benchmark reports. */
const KB = 1024;

/** The site's own JS per route beyond a bare app-router page, gzip. */
export const OWN_JS_GZIP: Readonly<Record<string, number>> = {
  "/": 4 * KB,
  "/publications": 8 * KB,
  "/updates": 4 * KB,
  "/cv": 1 * KB,
};

/** Every seed page's HTML, gzip. */
export const HTML_GZIP = 40 * KB;

/** The publications filter's keystroke-to-painted-list time at 1,000 publications, p95. */
export const FILTER_P95_MS = 50;

/** Parser time over a bare remark parse of the same text. */
export const PARSE_RATIO = 1.5;

/** Parse time of 10,000 publications over that of 1,000. */
export const LINEARITY = 12;
