import { papers, yearBarHref, yearBarLabel, type PublicationStatistics, type YearBar } from "@/lib/view";
import { VENUE_KIND_STYLES } from "@/app/publications/_components/venueKindStyles";

const COUNT_SPACE = 18;
const PLOT_HEIGHT = 120;
const YEAR_SPACE = 22;
const HEIGHT = COUNT_SPACE + PLOT_HEIGHT + YEAR_SPACE;
/** Room a bar gets at most, so that a short record does not draw a few slabs across the page. */
const MAX_SLOT_PX = 80;
/** Widths of the chart on a phone and beside the figures on a wide screen, to space the labels for. */
const NARROW_PX = 300;
const WIDE_PX = 480;
const LABEL_CHARACTER_PX = 7;

/** Every how many bars a label fits at the given chart width, counted back from the newest bar. */
function labelStep(bars: readonly YearBar[], chartPx: number, characters: number): number {
  const slotPx = Math.min(chartPx / bars.length, MAX_SLOT_PX);
  return Math.ceil((characters * LABEL_CHARACTER_PX + 6) / slotPx);
}

/** Shown where its step allows: in a narrow figure (below 28rem), a wide one, both or neither. */
function visibility(fromEnd: number, narrowStep: number, wideStep: number): string | undefined {
  const narrow = fromEnd % narrowStep === 0;
  const wide = fromEnd % wideStep === 0;
  if (narrow && wide) return undefined;
  if (wide) return "@max-md:hidden";
  return narrow ? "@md:hidden" : "hidden";
}

function Bar({ bar, x, width, unit }: { bar: YearBar; x: number; width: number; unit: number }) {
  let top = COUNT_SPACE + PLOT_HEIGHT;
  return bar.byKind
    .filter(({ count }) => count > 0)
    .map(({ kind, count }) => {
      top -= count * unit;
      return (
        <rect
          key={kind}
          x={`${x}%`}
          y={top}
          width={`${width}%`}
          height={count * unit}
          className={`${VENUE_KIND_STYLES[kind].fill} stroke-paper`}
          strokeWidth={1}
        />
      );
    });
}

function BarLink({ bar }: { bar: YearBar }) {
  const href = yearBarHref(bar);
  const label = `${yearBarLabel(bar)}: ${papers(bar.total)}`;
  if (!href) return <span className="sr-only">{label}</span>;
  return (
    <a href={href} className="block h-full rounded-md hover:bg-accent-soft">
      <span className="sr-only">{label}</span>
    </a>
  );
}

interface PapersPerYearChartProps {
  statistics: PublicationStatistics;
  titleId: string;
  descriptionId: string;
  title: string;
  description: string;
}

/**
 * Papers per year, stacked by kind of venue, drawn on the server: bars in
 * percentages of the width, so the chart fills its box at any size with text
 * that keeps its size. Each bar's column is a link (laid under the drawing)
 * to that year in the list.
 */
export function PapersPerYearChart({
  statistics,
  titleId,
  descriptionId,
  title,
  description,
}: PapersPerYearChartProps) {
  const { bars } = statistics;
  const unit = PLOT_HEIGHT / Math.max(1, ...bars.map(({ total }) => total));
  const slot = 100 / bars.length;
  const barWidth = slot * 0.64;
  const labelCharacters = Math.max(...bars.map((bar) => yearBarLabel(bar).length));
  const yearSteps = [labelStep(bars, NARROW_PX, labelCharacters), labelStep(bars, WIDE_PX, labelCharacters)] as const;
  const countSteps = [labelStep(bars, NARROW_PX, 2), labelStep(bars, WIDE_PX, 2)] as const;
  return (
    // Sized by the drawing's width attribute (no style attribute, which a strict CSP refuses), at most its box.
    <div className="relative w-fit max-w-full">
      <svg
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        width={Math.max(bars.length, 4) * MAX_SLOT_PX}
        height={HEIGHT}
        className="pointer-events-none relative z-10 block max-w-full overflow-visible"
      >
        <title id={titleId}>{title}</title>
        <desc id={descriptionId}>{description}</desc>
        <line
          x1="0"
          x2="100%"
          y1={COUNT_SPACE + PLOT_HEIGHT + 0.5}
          y2={COUNT_SPACE + PLOT_HEIGHT + 0.5}
          className="stroke-line"
        />
        {bars.map((bar, index) => {
          const center = (index + 0.5) * slot;
          const fromEnd = bars.length - 1 - index;
          return (
            <g key={bar.firstYear}>
              <Bar bar={bar} x={center - barWidth / 2} width={barWidth} unit={unit} />
              {bar.total > 0 && (
                <text
                  x={`${center}%`}
                  y={COUNT_SPACE + PLOT_HEIGHT - bar.total * unit - 5}
                  textAnchor="middle"
                  className={`fill-ink text-xs font-medium tabular-nums ${visibility(fromEnd, ...countSteps) ?? ""}`}
                >
                  {bar.total}
                </text>
              )}
              <text
                x={`${center}%`}
                y={HEIGHT - 5}
                textAnchor="middle"
                className={`fill-muted text-xs tabular-nums ${visibility(fromEnd, ...yearSteps) ?? ""}`}
              >
                {yearBarLabel(bar)}
              </text>
            </g>
          );
        })}
      </svg>
      <ol aria-label="Papers by year" className="absolute inset-0 flex">
        {bars.map((bar) => (
          <li key={bar.firstYear} className="flex-1">
            <BarLink bar={bar} />
          </li>
        ))}
      </ol>
    </div>
  );
}
