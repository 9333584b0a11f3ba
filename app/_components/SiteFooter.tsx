interface SiteFooterProps {
  name: string;
  /** ISO date (YYYY-MM-DD) of the last content change. */
  updated: string | null;
}

// Read as UTC: a date-only value is a calendar day, and formatting it in the
// builder's time zone would show the previous day west of Greenwich.
const DAY_MONTH_YEAR = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

function formatDay(isoDate: string): string | null {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : DAY_MONTH_YEAR.format(date);
}

export function SiteFooter({ name, updated }: SiteFooterProps) {
  const updatedLabel = updated && formatDay(updated);
  return (
    <footer className="mt-20 border-t border-line print:hidden">
      <div className="mx-auto flex max-w-4xl flex-wrap justify-between gap-x-8 gap-y-1 px-5 py-8 text-sm text-muted sm:px-8">
        <p>{name}</p>
        {updated && updatedLabel && (
          <p>
            Updated <time dateTime={updated}>{updatedLabel}</time>
          </p>
        )}
      </div>
    </footer>
  );
}
