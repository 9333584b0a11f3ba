import { describe, expect, it } from "vitest";
import { readDateLabel, readDatePrefix } from "./date-prefix";

describe("readDatePrefix", () => {
  it.each([
    ["May 2025: We got three papers accepted", { year: 2025, month: 5 }, "We got three papers accepted"],
    ["[05/2025] Slash date", { year: 2025, month: 5 }, "Slash date"],
    ["2024.05 Dotted date", { year: 2024, month: 5 }, "Dotted date"],
    ["2024.05: Dotted date", { year: 2024, month: 5 }, "Dotted date"],
    ["May 2024 — Dashed", { year: 2024, month: 5 }, "Dashed"],
    ["May 2024 - Hyphen", { year: 2024, month: 5 }, "Hyphen"],
    ["2024-05-12: A day", { year: 2024, month: 5 }, "A day"],
    ["[2024.05] 🎉 Party", { year: 2024, month: 5 }, "🎉 Party"],
    ["[2026.06] \u00a0🎉 Space", { year: 2026, month: 6 }, "🎉 Space"],
    ["2026：Full-width colon", { year: 2026, month: null }, "Full-width colon"],
    ["Sept 2024 Started", { year: 2024, month: 9 }, "Started"],
    ["[2026] A year", { year: 2026, month: null }, "A year"],
    [
      "Jun 2018 to Dec 2018: A range keeps its end",
      { year: 2018, month: 6 },
      "Jun 2018 to Dec 2018: A range keeps its end",
    ],
    ["🎯 July 24, 2025. Graduated", { year: 2025, month: 7 }, "🎯 Graduated"],
    ["October, 2020. A comma after the month", { year: 2020, month: 10 }, "A comma after the month"],
    ["2025 Sept: Year first", { year: 2025, month: 9 }, "Year first"],
  ])("reads %j", (text, date, rest) => {
    expect(readDatePrefix(text)).toEqual({ kind: "date", date, rest });
  });

  it.each([
    ["2025.xx: Not yet", "2025.xx:"],
    ["[Fall 2022] A season", "[Fall 2022]"],
  ])("calls %j unreadable, naming what it saw", (text, written) => {
    expect(readDatePrefix(text)).toEqual({ kind: "unreadable", written });
  });

  it.each([
    "Gave a talk at the reading group.",
    "Note: older news is below",
    "2024 was a good year",
    "ICML 2024 papers — three of them",
  ])("finds no date in %j", (text) => {
    expect(readDatePrefix(text)).toEqual({ kind: "none" });
  });
});

describe("a date without its year, under a year heading", () => {
  it("takes the heading's year, and keeps an ordinal day in the text", () => {
    expect(readDatePrefix("Nov: A talk", 2022)).toEqual({
      kind: "date",
      date: { year: 2022, month: 11 },
      rest: "A talk",
    });
    expect(readDatePrefix("18th Nov: A talk", 2022)).toEqual({
      kind: "date",
      date: { year: 2022, month: 11 },
      rest: "18th Nov: A talk",
    });
    expect(readDateLabel("5th Jul:", 2021)).toEqual({ kind: "date", date: { year: 2021, month: 7 }, rest: "5th Jul:" });
  });

  it("reads no month-like word without a year heading, nor a word that is no month", () => {
    expect(readDatePrefix("Nov: A talk")).toEqual({ kind: "none" });
    expect(readDatePrefix("Note: A talk", 2022)).toEqual({ kind: "none" });
  });
});

describe("readDateLabel", () => {
  it.each([
    ["[Jul. 2026]", { year: 2026, month: 7 }],
    ["Jul. 2025:", { year: 2025, month: 7 }],
    ["2024.05", { year: 2024, month: 5 }],
    ["2026", { year: 2026, month: null }],
    ["🔥 2024.05", { year: 2024, month: 5 }],
  ])("reads %j", (label, date) => {
    expect(readDateLabel(label)).toEqual({ kind: "date", date, rest: "" });
  });

  it("tells a date it cannot read from a bold phrase", () => {
    expect(readDateLabel("2025.xx")).toEqual({ kind: "unreadable", written: "2025.xx" });
    expect(readDateLabel("New!")).toEqual({ kind: "none" });
  });
});
