import {
  papers,
  statisticsDescription,
  venueKindLegend,
  yearBarLabel,
  yearHref,
  type PublicationStatistics,
} from "@/lib/view";
import { PapersPerYearChart } from "@/app/publications/_components/PapersPerYearChart";
import { VENUE_KIND_STYLES } from "@/app/publications/_components/venueKindStyles";

function Figures({ statistics }: { statistics: PublicationStatistics }) {
  const figures = [
    ["Papers", statistics.total],
    ["First author", statistics.firstAuthor],
    ["Equal contribution", statistics.equalContribution],
    ["Venues", statistics.venues],
    ["Co-authors", statistics.coAuthors],
  ] as const;
  return (
    <dl className="flex flex-wrap gap-x-5 gap-y-1.5 lg:flex-col lg:gap-y-2.5">
      {figures.map(([label, value]) => (
        <div key={label} className="flex flex-row-reverse items-baseline justify-end gap-1.5 lg:gap-3">
          <dt className="text-sm text-muted">{label}</dt>
          <dd className="font-serif text-lg font-semibold text-ink tabular-nums lg:w-9 lg:text-right lg:text-xl">
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Legend({ statistics }: { statistics: PublicationStatistics }) {
  return (
    <ul aria-hidden="true" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
      {statistics.kinds.map((kind) => (
        <li key={kind} className="flex items-center gap-1.5">
          <span className={`size-2.5 rounded-xs ${VENUE_KIND_STYLES[kind].swatch}`} />
          {venueKindLegend(kind)}
        </li>
      ))}
    </ul>
  );
}

/** The figure's numbers as a table, for screen readers and anyone reading the page without styles. */
function CountsTable({ statistics }: { statistics: PublicationStatistics }) {
  return (
    <table className="sr-only">
      <caption>
        Papers per year by kind of venue
        {statistics.undated > 0 && `, besides ${papers(statistics.undated)} without a year`}
      </caption>
      <thead>
        <tr>
          <th scope="col">Year</th>
          {statistics.kinds.map((kind) => (
            <th key={kind} scope="col">
              {venueKindLegend(kind)}
            </th>
          ))}
          <th scope="col">Total</th>
        </tr>
      </thead>
      <tbody>
        {statistics.bars.map((bar) => (
          <tr key={bar.firstYear}>
            <th scope="row">{yearBarLabel(bar)}</th>
            {statistics.kinds.map((kind) => (
              <td key={kind}>{bar.byKind.find((entry) => entry.kind === kind)?.count ?? 0}</td>
            ))}
            <td>{bar.total}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Above the list: the record at a glance, papers per year and the figures that sum it up. */
export function PublicationRecord({ statistics }: { statistics: PublicationStatistics }) {
  if (statistics.total === 0) return null;
  return (
    <section
      aria-label="Publication record"
      className="mb-10 grid gap-6 rounded-lg border border-line p-4 sm:p-5 lg:grid-cols-[auto_minmax(0,1fr)] lg:items-center lg:gap-10"
    >
      <Figures statistics={statistics} />
      <figure className="@container min-w-0">
        {statistics.bars.length > 0 && (
          <PapersPerYearChart
            statistics={statistics}
            titleId="papers-per-year-title"
            descriptionId="papers-per-year-description"
            title="Papers per year"
            description={statisticsDescription(statistics)}
          />
        )}
        <CountsTable statistics={statistics} />
        <figcaption className="mt-3 flex flex-wrap items-baseline gap-x-6 gap-y-1">
          <Legend statistics={statistics} />
          {statistics.undated > 0 && (
            <a href={yearHref(null)} className="text-xs link">
              and {papers(statistics.undated)} without a year
            </a>
          )}
        </figcaption>
      </figure>
    </section>
  );
}
