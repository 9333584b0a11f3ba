import { describe, expect, it } from "vitest";
import { readAddress } from "./address";

describe("readAddress", () => {
  it("reads a relative path against the content file's folder, served under /files", () => {
    expect(readAddress("images/me photo.jpg", "content/profile.md")).toEqual({
      ok: true,
      source: { kind: "local", file: "content/images/me photo.jpg", path: "/files/images/me%20photo.jpg" },
    });
    expect(readAddress("./me%20photo.jpg", "/home/ada/site/me.md")).toEqual({
      ok: true,
      source: { kind: "local", file: "/home/ada/site/me photo.jpg", path: "/files/me%20photo.jpg" },
    });
  });

  it("reads /… as a file in public/, served where it is", () => {
    expect(readAddress("/images/me.png", "content/profile.md")).toEqual({
      ok: true,
      source: { kind: "local", file: "public/images/me.png", path: "/images/me.png" },
    });
  });

  it("never climbs out of public/", () => {
    expect(readAddress("/../../etc/me.png", "content/profile.md")).toMatchObject({
      source: { file: "public/etc/me.png", path: "/etc/me.png" },
    });
  });

  it("keeps an https address as it is", () => {
    expect(readAddress(" https://example.org/me.jpg?s=200 ", "content/profile.md")).toEqual({
      ok: true,
      source: { kind: "remote", url: "https://example.org/me.jpg?s=200" },
    });
  });

  it.each([
    ["javascript:alert(1)", '"javascript" addresses'],
    ["java\tscript:alert(1)", '"javascript" addresses'],
    ["data:image/png;base64,AAAA", '"data" addresses'],
    ["//evil.example.org/me.jpg", '"//" addresses'],
    ["http://example.org/me.jpg", "not https"],
    ["../secrets/me.jpg", "outside the content file's folder"],
    ["images/", "names no file"],
  ])("refuses %j", (written, reason) => {
    const read = readAddress(written, "content/profile.md");
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toContain(reason);
  });
});
