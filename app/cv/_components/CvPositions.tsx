import { formatPeriod, type Position, type UnparsedBlock } from "@/lib/profile";
import { Prose } from "@/app/_components/Prose";
import { UnparsedListItem } from "@/app/_components/UnparsedListItem";

function CvPosition({ position }: { position: Position }) {
  const period = formatPeriod(position.period);
  return (
    <li className="grid gap-x-6 sm:grid-cols-[minmax(0,1fr)_auto] print:grid-cols-[minmax(0,1fr)_auto]">
      <div>
        <p>
          <span className="font-semibold text-ink">{position.organization}</span>
          {position.title && <span className="text-muted">, {position.title}</span>}
        </p>
        {position.extraHtml && (
          <div className="mt-1">
            <Prose html={position.extraHtml} size="small" />
          </div>
        )}
      </div>
      {period && <p className="text-sm text-muted tabular-nums sm:pt-0.5 sm:text-right print:text-right">{period}</p>}
    </li>
  );
}

/** Degrees or positions, one line each as a CV lists them, in the author's order. */
export function CvPositions({ items }: { items: Array<Position | UnparsedBlock> }) {
  return (
    <ul className="space-y-3 print:space-y-1.5">
      {items.map((item) =>
        item.kind === "position" ? (
          <CvPosition key={item.line} position={item} />
        ) : (
          <UnparsedListItem key={item.line} block={item} />
        ),
      )}
    </ul>
  );
}
