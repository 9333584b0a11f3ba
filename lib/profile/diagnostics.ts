import type { Diagnostic } from "./model";

/** `file:line: severity: message`, the form editors and CI annotators link to. */
export function formatDiagnostic(file: string, diagnostic: Diagnostic): string {
  const where = diagnostic.line === null ? file : `${file}:${diagnostic.line}`;
  return `${where}: ${diagnostic.severity}: ${diagnostic.message}`;
}

export function hasErrors(diagnostics: Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === "error");
}
