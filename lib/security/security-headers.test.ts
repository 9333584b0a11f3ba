import { describe, expect, it } from "vitest";
import { commonSecurityHeaders, contentSecurityPolicy } from "./security-headers";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split("; ").map((directive) => {
      const [name = "", ...sources] = directive.split(" ");
      return [name, sources];
    }),
  );
}

const PAGE_HASHES = ["'sha256-AAAA'", "'sha256-BBBB'"];

describe("commonSecurityHeaders", () => {
  it("sends each header once, and leaves the per-page policy to the proxy", () => {
    const headers = commonSecurityHeaders();
    expect(new Set(headers.map((header) => header.key.toLowerCase())).size).toBe(headers.length);
    expect(Object.fromEntries(headers.map((header) => [header.key, header.value]))).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
    });
    expect(headers.map((header) => header.key)).not.toContain("Content-Security-Policy");
  });

  it("switches off unused features without the obsolete interest-cohort", () => {
    const policy = commonSecurityHeaders().find((header) => header.key === "Permissions-Policy")?.value ?? "";
    for (const feature of ["camera=()", "microphone=()", "geolocation=()", "browsing-topics=()"])
      expect(policy).toContain(feature);
    expect(policy).not.toContain("interest-cohort");
  });
});

describe("contentSecurityPolicy", () => {
  it("allows a built page's own inline scripts by hash, and no other inline script or style", () => {
    const csp = directives(contentSecurityPolicy({ kind: "hashes", hashes: PAGE_HASHES }));
    expect(csp.get("script-src")).toEqual(["'self'", ...PAGE_HASHES]);
    expect(csp.get("style-src")).toEqual(["'self'"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.get("img-src")).toEqual(["'self'", "data:"]);
    expect(contentSecurityPolicy({ kind: "hashes", hashes: PAGE_HASHES })).not.toMatch(/unsafe|ws:/);
  });

  it("allows eval, inline code and the hot-reload socket only in dev", () => {
    const csp = directives(contentSecurityPolicy({ kind: "dev" }));
    expect(csp.get("script-src")).toEqual(expect.arrayContaining(["'unsafe-eval'", "'unsafe-inline'"]));
    expect(csp.get("connect-src")).toContain("ws:");
  });

  it("leaves frame-ancestors out of a <meta> policy, where browsers ignore it", () => {
    const meta = directives(contentSecurityPolicy({ kind: "hashes", hashes: PAGE_HASHES }, "meta"));
    expect(meta.has("frame-ancestors")).toBe(false);
    expect(meta.get("script-src")).toEqual(["'self'", ...PAGE_HASHES]);
  });
});
