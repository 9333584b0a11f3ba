import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Author } from "@/lib/profile";
import { AuthorList } from "@/app/publications/_components/AuthorList";

const author = (name: string, marks: Partial<Omit<Author, "name">> = {}): Author => ({
  name,
  isSelf: false,
  equalContribution: false,
  corresponding: false,
  ...marks,
});
const render = (authors: Author[], limit?: number) =>
  renderToStaticMarkup(createElement(AuthorList, { authors, limit }));

describe("AuthorList", () => {
  it("writes plain names between marked ones as one text run", () => {
    const many = Array.from({ length: 50 }, (_, index) => author(`Author ${index}`));
    expect(render(many)).toBe(`<p class="entry-meta">${many.map(({ name }) => name).join(", ")}</p>`);
  });

  it("marks the owner and equal contributors, with the commas between them", () => {
    const authors = [
      author("Ada", { isSelf: true, equalContribution: true }),
      author("Ben", { equalContribution: true }),
      author("Cy"),
      author("Di"),
    ];
    expect(render(authors)).toBe(
      '<p class="entry-meta"><strong>Ada</strong><sup title="Equal contribution">*</sup>, Ben<sup title="Equal contribution">*</sup>, Cy, Di</p>',
    );
  });

  it("folds a list past the limit to a short list, and unfolds to every name", () => {
    const authors = Array.from({ length: 12 }, (_, index) => author(`A${index}`, { isSelf: index === 6 }));
    const html = render(authors, 10);
    expect(html).toContain('<p class="author-short">A0, A1, A2, …, <strong>A6</strong>, …, A11</p>');
    expect(html).toContain('and 7 more<span class="sr-only"> authors</span>');
    expect(html).toContain(`<p>A0, A1, A2, A3, A4, A5, <strong>A6</strong>, A7, A8, A9, A10, A11</p>`);
    expect(render(authors)).not.toContain("details");
  });
});
