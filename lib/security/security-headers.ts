/**
 * The security headers of every response. Pure, so the policy is unit-tested
 * without a server. A static export cannot send headers: its pages carry their
 * policy in a <meta> tag and its _headers file gives hosts that read one the
 * rest (scripts/write-csp-policies.ts).
 */
export interface SecurityHeader {
  key: string;
  value: string;
}

/**
 * Where a page's scripts come from. Next inlines its bootstrap and the RSC
 * payload as <script> tags, different on every page; a built page allows
 * exactly its own by hash (lib/security/inline-scripts.ts), which keeps the
 * pages static where a nonce would make every one dynamic. Dev adds what
 * React's debugging (eval) and hot reload (inline scripts, WebSocket) need.
 */
export type ScriptPolicy = { kind: "dev" } | { kind: "hashes"; hashes: readonly string[] };

/** A <meta> policy cannot carry frame-ancestors (browsers ignore it there, with a console error). */
export type PolicyDelivery = "header" | "meta";

function scriptSources(scripts: ScriptPolicy): string[] {
  switch (scripts.kind) {
    case "dev":
      return ["'self'", "'unsafe-inline'", "'unsafe-eval'"];
    case "hashes":
      return ["'self'", ...scripts.hashes];
    default: {
      const unreachable: never = scripts;
      return unreachable;
    }
  }
}

export function contentSecurityPolicy(scripts: ScriptPolicy, delivery: PolicyDelivery = "header"): string {
  const dev = scripts.kind === "dev";
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": scriptSources(scripts),
    // Built pages carry no inline style; dev's error overlay does.
    "style-src": dev ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(dev ? ["ws:"] : [])],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    ...(delivery === "header" ? { "frame-ancestors": ["'none'"] } : {}),
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/** Browser features the site never uses, switched off for it and anything it embeds. */
export const PERMISSIONS_POLICY = [
  "camera=()",
  "microphone=()",
  "geolocation=()",
  "browsing-topics=()",
  "payment=()",
  "usb=()",
  "serial=()",
  "bluetooth=()",
  "hid=()",
  "midi=()",
  "magnetometer=()",
  "gyroscope=()",
  "accelerometer=()",
  "display-capture=()",
].join(", ");

/**
 * The headers every response carries, whatever the page. The production
 * Content-Security-Policy is not among them: it differs per page (proxy.ts).
 */
export function commonSecurityHeaders(): SecurityHeader[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
    { key: "X-Frame-Options", value: "DENY" },
  ];
}
