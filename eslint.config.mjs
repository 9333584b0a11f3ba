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
];

export default config;
