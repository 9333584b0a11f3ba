import { describe, expect, it } from "vitest";
import { findPeriod, formatPeriod, formatYearMonth, parsePeriod, parseYearMonth } from "./dates";

describe("parseYearMonth", () => {
  it.each([
    ["May 2025", { year: 2025, month: 5 }],
    ["Sep 2023", { year: 2023, month: 9 }],
    ["Sept. 2021", { year: 2021, month: 9 }],
    ["September 2023", { year: 2023, month: 9 }],
    ["july 2019", { year: 2019, month: 7 }],
    ["Sep, 2023", { year: 2023, month: 9 }],
    ["2025-05", { year: 2025, month: 5 }],
    ["2025/5", { year: 2025, month: 5 }],
    ["05/2025", { year: 2025, month: 5 }],
    ["2021", { year: 2021, month: null }],
    ["  Dec 2020  ", { year: 2020, month: 12 }],
    ["2024.05", { year: 2024, month: 5 }],
    ["*2024.05*", { year: 2024, month: 5 }],
    ["[Jul. 2026]", { year: 2026, month: 7 }],
    ["Sept 2024", { year: 2024, month: 9 }],
    ["2024-05-12", { year: 2024, month: 5 }],
    ["2024/05/12", { year: 2024, month: 5 }],
    ["May 12, 2024", { year: 2024, month: 5 }],
    ["July 24th, 2025", { year: 2025, month: 7 }],
    ["12 May 2024", { year: 2024, month: 5 }],
    ["2025 Sept", { year: 2025, month: 9 }],
    ["05.2025", { year: 2025, month: 5 }],
    ["[2026]", { year: 2026, month: null }],
    ["2025年5月", { year: 2025, month: 5 }],
    ["2025年5月12日", { year: 2025, month: 5 }],
  ])("reads %j", (text, expected) => {
    expect(parseYearMonth(text)).toEqual(expected);
  });

  it.each([
    "",
    "Mayo 2025",
    "Ma 2025",
    "2025-13",
    "13/2025",
    "2025-00",
    "May2025",
    "Spring 2024",
    "May 25",
    "20245",
    "Jun 2018 to Dec 2018",
    "2025.xx",
    "Fall 2022",
    "2024-05-32",
    "2024-13-01",
    "2024.5.1.1",
  ])("rejects %j", (text) => {
    expect(parseYearMonth(text)).toBeNull();
  });
});

describe("parsePeriod", () => {
  it.each([
    ["Sep 2018 - Jun 2023", { start: { year: 2018, month: 9 }, end: { year: 2023, month: 6 } }],
    ["May 2025 - Now", { start: { year: 2025, month: 5 }, end: "present" }],
    ["Sep 2018 – Present", { start: { year: 2018, month: 9 }, end: "present" }],
    ["Sep 2018 — present", { start: { year: 2018, month: 9 }, end: "present" }],
    ["Jun 2018 to Dec 2018", { start: { year: 2018, month: 6 }, end: { year: 2018, month: 12 } }],
    ["Sep 2018-Jun 2023", { start: { year: 2018, month: 9 }, end: { year: 2023, month: 6 } }],
    ["Sep 2018 -- Jun 2023", { start: { year: 2018, month: 9 }, end: { year: 2023, month: 6 } }],
    ["2019-Present", { start: { year: 2019, month: null }, end: "present" }],
    ["2025-05", { start: { year: 2025, month: 5 }, end: { year: 2025, month: 5 } }],
    ["2018 – 2023", { start: { year: 2018, month: null }, end: { year: 2023, month: null } }],
    ["2018–2023", { start: { year: 2018, month: null }, end: { year: 2023, month: null } }],
    ["2018-2023", { start: { year: 2018, month: null }, end: { year: 2023, month: null } }],
    ["(2019 - 2020)", { start: { year: 2019, month: null }, end: { year: 2020, month: null } }],
    ["2021", { start: { year: 2021, month: null }, end: { year: 2021, month: null } }],
    ["Mar 2022", { start: { year: 2022, month: 3 }, end: { year: 2022, month: 3 } }],
    ["2024.09 - Present", { start: { year: 2024, month: 9 }, end: "present" }],
    ["2024.09-2025.06", { start: { year: 2024, month: 9 }, end: { year: 2025, month: 6 } }],
    ["2024.09-now", { start: { year: 2024, month: 9 }, end: "present" }],
    ["2019.09 ~ 2023.06", { start: { year: 2019, month: 9 }, end: { year: 2023, month: 6 } }],
    ["[2024.06 - present]", { start: { year: 2024, month: 6 }, end: "present" }],
    ["2024-05-12", { start: { year: 2024, month: 5 }, end: { year: 2024, month: 5 } }],
  ])("reads %j", (text, expected) => {
    expect(parsePeriod(text)).toEqual(expected);
  });

  it.each(["", "Research Intern", "Sep 2018 - ", "2018 - 2019 - 2020", "Now - Sep 2018", "Senior Staff Researcher"])(
    "rejects %j",
    (text) => {
      expect(parsePeriod(text)).toBeNull();
    },
  );
});

describe("formatYearMonth", () => {
  it("writes a short month by default, a long one on request, and a bare year alone", () => {
    expect(formatYearMonth({ year: 2025, month: 5 })).toBe("May 2025");
    expect(formatYearMonth({ year: 2023, month: 9 })).toBe("Sep 2023");
    expect(formatYearMonth({ year: 2023, month: 9 }, "long")).toBe("September 2023");
    expect(formatYearMonth({ year: 2021, month: null })).toBe("2021");
  });

  it("round-trips through parseYearMonth", () => {
    for (let month = 1; month <= 12; month++) {
      const date = { year: 2024, month };
      expect(parseYearMonth(formatYearMonth(date))).toEqual(date);
      expect(parseYearMonth(formatYearMonth(date, "long"))).toEqual(date);
    }
  });
});

describe("formatPeriod", () => {
  it("joins start and end with an en dash", () => {
    expect(formatPeriod({ start: { year: 2018, month: 9 }, end: { year: 2023, month: 6 } })).toBe(
      "Sep 2018 – Jun 2023",
    );
    expect(formatPeriod({ start: { year: 2025, month: 5 }, end: "present" })).toBe("May 2025 – Present");
    expect(formatPeriod({ start: { year: 2014, month: null }, end: { year: 2018, month: null } })).toBe("2014 – 2018");
  });

  it("leaves out what is unknown", () => {
    expect(formatPeriod({ start: { year: 2018, month: 9 }, end: null })).toBe("Sep 2018");
    expect(formatPeriod({ start: null, end: null })).toBe("");
  });

  it("round-trips through parsePeriod", () => {
    const period = { start: { year: 2016, month: 9 }, end: { year: 2018, month: 6 } };
    expect(parsePeriod(formatPeriod(period))).toEqual(period);
    expect(parsePeriod(formatPeriod({ start: { year: 2025, month: 5 }, end: "present" }))).toEqual({
      start: { year: 2025, month: 5 },
      end: "present",
    });
  });
});

describe("findPeriod", () => {
  it.each([
    ["1989: Engineering degree from Some School", 1989, "Engineering degree from Some School"],
    ["Sept 2020: Visiting student, Some Lab", 2020, "Visiting student, Some Lab"],
    ["M.Sc. in Hydrology, Some University, 2000. Grade: 18 out of 20.", 2000, "M.Sc. in Hydrology, Some University"],
  ])("reads a date that opens a part, ended by a colon or a full stop: %j", (text, year, rest) => {
    const found = findPeriod(text);
    expect(found?.period.start?.year).toBe(year);
    expect(found?.rest).toContain(rest);
  });

  it("reads no date from a degree's abbreviation or a season", () => {
    expect(findPeriod("B.S. in Physics, Some University")).toBeNull();
    expect(findPeriod("Summer 2019: Intern, Some Lab")).toBeNull();
  });
});
