import type { Link as LinkNode, PhrasingContent } from "mdast";
import { describe, expect, it } from "vitest";
import { collectButtonLinks, isButtonLink, isPlaceholderHref, linkLabel, safeHref, urlKey } from "./links";

function link(label: string, url: string): LinkNode {
  return { type: "link", url, children: [{ type: "text", value: label }] };
}

describe("safeHref", () => {
  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\u0001javascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD4=",
    "DATA:image/svg+xml,<svg/onload=alert(1)>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
  ])("rejects %j", (url) => {
    expect(safeHref(url)).toBeNull();
  });

  it.each([
    ["https://arxiv.org/abs/2501.06589", "https://arxiv.org/abs/2501.06589"],
    ["http://example.org", "http://example.org"],
    ["HTTPS://EXAMPLE.ORG", "HTTPS://EXAMPLE.ORG"],
    ["mailto:zjuwangjue@gmail.com", "mailto:zjuwangjue@gmail.com"],
    ["/about/cv.pdf", "/about/cv.pdf"],
    ["papers/draft.pdf", "papers/draft.pdf"],
    ["#", "#"],
    ["#publications", "#publications"],
    ["?tab=1", "?tab=1"],
    ["  https://example.org  ", "https://example.org"],
  ])("accepts %j", (url, expected) => {
    expect(safeHref(url)).toBe(expected);
  });
});

describe("button links", () => {
  it('reads "[Paper]" and bare "PDF" as buttons, a linked phrase as not', () => {
    expect(isButtonLink(link("[Paper]", "https://x.org"))).toBe(true);
    expect(isButtonLink(link("PDF", "https://x.org"))).toBe(true);
    expect(isButtonLink(link("Project page", "https://x.org"))).toBe(true);
    expect(isButtonLink(link("Together MoA", "https://x.org"))).toBe(false);
    expect(isButtonLink(link("Deja Vu: Contextual Sparsity", "https://x.org"))).toBe(false);
  });

  it('reads "Download", "Link" and a DOI written as the words as buttons', () => {
    expect(isButtonLink(link("Download", "https://x.org"))).toBe(true);
    expect(isButtonLink(link("Link", "https://x.org"))).toBe(true);
    expect(isButtonLink(link("10.1016/j.example.2024.108486", "https://doi.org/10.1016/j.example.2024.108486"))).toBe(
      true,
    );
  });

  it("strips the drawn brackets from the label", () => {
    expect(linkLabel(link("[Code]", "https://x.org"))).toBe("Code");
    expect(linkLabel(link("[ Video ]", "https://x.org"))).toBe("Video");
    expect(linkLabel(link("Slides", "https://x.org"))).toBe("Slides");
  });

  it("collects only safe buttons, in order", () => {
    const nodes: PhrasingContent[] = [
      link("[Paper]", "https://x.org/paper"),
      { type: "text", value: " " },
      link("[Code]", "javascript:alert(1)"),
      link("our blog post", "https://x.org/blog"),
      link("[Video]", "https://x.org/video"),
    ];
    expect(collectButtonLinks(nodes)).toEqual([
      { label: "Paper", href: "https://x.org/paper" },
      { label: "Video", href: "https://x.org/video" },
    ]);
  });
});

describe("isPlaceholderHref", () => {
  it('treats "#", empty and TODO-like hrefs as placeholders', () => {
    for (const href of [null, "", "#", "TODO", "#tbd", "TBA"]) expect(isPlaceholderHref(href), String(href)).toBe(true);
    for (const href of ["#publications", "https://x.org", "/todo-list"])
      expect(isPlaceholderHref(href), href).toBe(false);
  });
});

describe("urlKey", () => {
  it("ignores scheme, www, a trailing slash and case", () => {
    expect(urlKey("https://aclanthology.org/2022.acl-long.503/")).toBe(
      urlKey("http://www.ACLanthology.org/2022.acl-long.503"),
    );
    expect(urlKey("https://arxiv.org/abs/2309.08168")).not.toBe(urlKey("https://arxiv.org/abs/2305.11186"));
  });
});
