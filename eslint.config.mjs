import coreWebVitals from "eslint-config-next/core-web-vitals";
import typescript from "eslint-config-next/typescript";

const config = [
  {
    ignores: [
      ".next/**",
      "out/**",
      ".vercel/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  ...coreWebVitals,
  ...typescript,
  {
    // A pages-router rule. The site links its three static pages with plain anchors on
    // purpose: next/link's client router is ~3 KB gzip on every page (docs/performance.md).
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  {
    // next/image needs an optimisation server, which a static export has not: the author's images are served
    // as they are, each with its width and height (lib/profile/files/check.ts), so none shifts the layout.
    rules: { "@next/next/no-img-element": "off" },
  },
];

export default config;
