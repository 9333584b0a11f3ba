import { expect, test } from "@playwright/test";
import { HTML_GZIP, OWN_JS_GZIP } from "../../scripts/perf/budgets";
import { bareApp } from "../../scripts/perf/support/minimal-app";
import { kb, pageJs, routeBytes } from "../../scripts/perf/support/route-bytes";
import { ROOT } from "../support/paths";
import { SEED_BUILD } from "./site";

/**
 * The byte budgets, on the seed's production build. "Own JS" is a route's JS
 * minus what a bare app-router page of the same Next version loads (built once
 * in the temp dir; see scripts/perf/support/minimal-app.ts for why totals, not chunk names).
 */
test("the seed's pages stay within the byte budgets", () => {
  test.setTimeout(180_000);
  const framework = pageJs(bareApp(ROOT));
  const routes = routeBytes(SEED_BUILD, framework);
  expect(routes.map((route) => route.route)).toEqual(Object.keys(OWN_JS_GZIP));
  const failures = routes.flatMap((route) => {
    const ownBudget = OWN_JS_GZIP[route.route] ?? 0;
    return [
      ...(route.ownJs.gzip > ownBudget
        ? [`${route.route}: own JS ${kb(route.ownJs.gzip)} KB gzip exceeds the ${kb(ownBudget)} KB budget`]
        : []),
      ...(route.html.gzip > HTML_GZIP
        ? [`${route.route}: HTML ${kb(route.html.gzip)} KB gzip exceeds the ${kb(HTML_GZIP)} KB budget`]
        : []),
    ];
  });
  test.info().annotations.push({
    type: "bytes",
    description: routes
      .map((route) => `${route.route}: HTML ${kb(route.html.gzip)} KB, own JS ${kb(route.ownJs.gzip)} KB gzip`)
      .join("; "),
  });
  expect(failures).toEqual([]);
});
