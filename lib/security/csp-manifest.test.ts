import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { builtRoute, CSP_MANIFEST_PATH, readCspManifest, routeKey } from "./csp-manifest";

describe("builtRoute", () => {
  it("maps a server build's pages and files to the routes they answer", () => {
    expect(builtRoute("index.html")).toEqual({ kind: "page", route: "/" });
    expect(builtRoute("publications.html")).toEqual({ kind: "page", route: "/publications" });
    expect(builtRoute(path.join("publications", "floe.html"))).toEqual({ kind: "page", route: "/publications/floe" });
    expect(builtRoute(path.join("publications", "index.html"))).toEqual({ kind: "page", route: "/publications/index" });
    expect(builtRoute("feed.xml.body")).toEqual({ kind: "file", route: "/feed.xml" });
    expect(builtRoute("index.rsc")).toBeNull();
    expect(builtRoute("page.js")).toBeNull();
  });
});

describe("routeKey", () => {
  it("makes a folder URL and its page one route", () => {
    expect(routeKey("/publications/")).toBe("/publications");
    expect(routeKey("/publications")).toBe("/publications");
    expect(routeKey("/")).toBe("/");
  });
});

describe("readCspManifest", () => {
  it("reads the manifest a build wrote, and gives null without one or for a malformed one", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "csp-manifest-"));
    expect(readCspManifest(dir)).toBeNull();
    mkdirSync(path.join(dir, ".next"));
    writeFileSync(
      path.join(dir, CSP_MANIFEST_PATH),
      JSON.stringify({ pages: { "/": ["'sha256-A'"] }, files: ["/feed.xml"] }),
    );
    expect(readCspManifest(dir)).toEqual({ pages: { "/": ["'sha256-A'"] }, files: ["/feed.xml"] });
    writeFileSync(path.join(dir, CSP_MANIFEST_PATH), JSON.stringify({ pages: [] }));
    expect(readCspManifest(dir)).toBeNull();
  });
});
