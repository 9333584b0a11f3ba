/** A Markdown table, columns padded so it reads in a terminal and pastes into an issue as is. */
export function markdownTable(
  header: string[],
  rows: string[][],
  rightAligned: ReadonlySet<number> = new Set(),
): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const cells = (row: string[]) =>
    widths.map((width, column) =>
      rightAligned.has(column) ? (row[column] ?? "").padStart(width) : (row[column] ?? "").padEnd(width),
    );
  const rule = widths.map((width, column) =>
    rightAligned.has(column) ? `${"-".repeat(width + 1)}:` : "-".repeat(width + 2),
  );
  return [
    `| ${cells(header).join(" | ")} |`,
    `|${rule.join("|")}|`,
    ...rows.map((row) => `| ${cells(row).join(" | ")} |`),
  ].join("\n");
}
