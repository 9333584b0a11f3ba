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
const render = (authors: Author[]) => renderToStaticMarkup(createElement(AuthorList, { authors }));

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
});
