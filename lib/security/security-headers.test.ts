import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "./security-headers";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split("; ").map((directive) => {
      const [name = "", ...sources] = directive.split(" ");
      return [name, sources];
    }),
  );
}

describe("securityHeaders", () => {
  it("sends each header once, with the production policy", () => {
    const headers = securityHeaders({ dev: false });
    expect(new Set(headers.map((header) => header.key.toLowerCase())).size).toBe(headers.length);
    expect(Object.fromEntries(headers.map((header) => [header.key, header.value]))).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
    });
  });

  it("locks down the production CSP", () => {
    const csp = directives(contentSecurityPolicy(false));
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("script-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.get("img-src")).toEqual(["'self'", "data:"]);
  });

  it("allows eval and the hot-reload socket only in dev", () => {
    const csp = directives(contentSecurityPolicy(true));
    expect(csp.get("script-src")).toContain("'unsafe-eval'");
    expect(csp.get("connect-src")).toContain("ws:");
    expect(contentSecurityPolicy(false)).not.toMatch(/unsafe-eval|ws:/);
  });

  it("switches off unused features without the obsolete interest-cohort", () => {
    const policy = securityHeaders({ dev: false }).find((header) => header.key === "Permissions-Policy")?.value ?? "";
    for (const feature of ["camera=()", "microphone=()", "geolocation=()", "browsing-topics=()"])
      expect(policy).toContain(feature);
    expect(policy).not.toContain("interest-cohort");
  });
});
