import { describe, expect, it } from "vitest";
import { classifyHeading, classifyPublicationGroup } from "./classify";

describe("classifyHeading", () => {
  it.each([
    ["Publications", "publications"],
    ["📝 Publications (* denotes equal contribution)", "publications"],
    ["📝 Publications {#publications}", "publications"],
    ["Selected Publications", "publications"],
    ["Papers", "publications"],
    ["Preprints", "publications"],
    ["Journal Papers", "publications"],
    ["Conference Papers", "publications"],
    ["Working Papers", "publications"],
    ["Manuscripts Under Review", "publications"],
    ["Research Output", "publications"],
    ["Peer-Reviewed Publications", "publications"],
    ["Publications & Preprints", "publications"],
    ["News", "updates"],
    ["🔥 Recent News", "updates"],
    ["Updates", "updates"],
    ["What's New", "updates"],
    ["News & Updates:", "updates"],
    ["Older News", "updates"],
    ["News archive", "updates"],
    ["Selected News", "updates"],
    ["On arXiv", "publications"],
    ["Experience", "experience"],
    ["Work Experience", "experience"],
    ["Employment", "experience"],
    ["💻 Internships", "experience"],
    ["Industry Experience", "experience"],
    ["Research Experience", "experience"],
    ["Academic Appointments", "experience"],
    ["Education", "education"],
    ["📖 Educations", "education"],
    ["Education Experience", "education"],
    ["Academic Background", "education"],
    ["Contact", "contact"],
    ["Get in Touch", "contact"],
    ["Research Interests", "research"],
  ])("%s is %s", (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });

  it.each([
    "Honors and Awards",
    "💬 Invited Talks",
    "Selected Talks",
    "Teaching Experience",
    "Research Projects",
    "Talks and Papers",
    "Selected Work",
    "Jane Doe",
    "About me",
    "🔥",
  ])("%s is not a known section", (heading) => {
    expect(classifyHeading(heading)).toBe("other");
  });
});

describe("classifyPublicationGroup", () => {
  it("reads a year", () => {
    expect(classifyPublicationGroup("2024")).toEqual({ kind: "year", year: 2024 });
    expect(classifyPublicationGroup("📅 2023")).toEqual({ kind: "year", year: 2023 });
  });

  it.each([
    ["Journal Papers", "journal"],
    ["Journal Articles", "journal"],
    ["Conference Proceedings", "conference"],
    ["Peer-reviewed Conference Papers", "conference"],
    ["Workshop Papers", "workshop"],
    ["Preprints", "preprint"],
    ["Under Review", "preprint"],
    ["Technical Reports", "preprint"],
    ["Thesis", "thesis"],
    ["PhD Dissertation", "thesis"],
  ])("%s gives the venue kind %s", (heading, venueKind) => {
    expect(classifyPublicationGroup(heading)).toEqual({ kind: "venue", venueKind });
  });

  it.each(["Awards", "Invited Talks", "Grants and Funding", "Students", "Patents", "Academic Service"])(
    "%s holds no papers",
    (heading) => {
      expect(classifyPublicationGroup(heading)).toEqual({ kind: "not-papers" });
    },
  );

  it("reads a mix of kinds as saying nothing about the papers' kind", () => {
    expect(classifyPublicationGroup("Publications and Preprints")).toEqual({ kind: "topic" });
    expect(classifyPublicationGroup("Conference and Journal Papers")).toEqual({ kind: "topic" });
  });

  it("reads a topic as saying nothing about the papers", () => {
    expect(classifyPublicationGroup("🩺 Medical Imaging")).toEqual({ kind: "topic" });
  });
});
