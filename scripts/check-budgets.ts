/**
 * Byte budgets, checked against the production build in .next (run after `next build`).
 * "Own JS" is the route's JS minus what a bare app-router page of the same Next
 * version loads (see bareApp in scripts/bench/minimal-app.ts for why totals, not chunk names).
 */
import { HTML_GZIP, OWN_JS_GZIP } from "./bench/budgets";
import { bareApp } from "./bench/minimal-app";
import { kb, pageJs, routeBytes } from "./bench/route-bytes";

const framework = pageJs(bareApp(process.cwd()));
const failures: string[] = [];
for (const route of routeBytes(process.cwd(), framework)) {
  const ownBudget = OWN_JS_GZIP[route.route];
  if (ownBudget !== undefined && route.ownJs.gzip > ownBudget)
    failures.push(`${route.route}: own JS ${kb(route.ownJs.gzip)} KB gzip exceeds the ${kb(ownBudget)} KB budget`);
  if (route.html.gzip > HTML_GZIP)
    failures.push(`${route.route}: HTML ${kb(route.html.gzip)} KB gzip exceeds the ${kb(HTML_GZIP)} KB budget`);
  console.log(`${route.route}: HTML ${kb(route.html.gzip)} KB, own JS ${kb(route.ownJs.gzip)} KB gzip`);
}
if (failures.length > 0) {
  console.error(failures.join("\n"));
  process.exit(1);
}
