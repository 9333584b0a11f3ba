import { formatPeriod, type Position, type UnparsedBlock } from "@/lib/profile";
import { Prose } from "@/app/_components/Prose";
import { UnparsedListItem } from "@/app/_components/UnparsedListItem";

function PositionItem({ position }: { position: Position }) {
  const period = formatPeriod(position.period);
  return (
    <li className="grid gap-x-6 gap-y-0.5 sm:grid-cols-[minmax(0,1fr)_auto]">
      <div>
        <p className="font-semibold text-ink">{position.organization}</p>
        {position.title && <p className="text-muted">{position.title}</p>}
        {position.extraHtml && (
          <div className="mt-2">
            <Prose html={position.extraHtml} size="small" />
          </div>
        )}
      </div>
      {period && <p className="text-sm text-muted tabular-nums sm:pt-0.5 sm:text-right">{period}</p>}
    </li>
  );
}

/** Experience or education, in the order the author listed them. */
export function PositionList({ items }: { items: Array<Position | UnparsedBlock> }) {
  return (
    <ul className="space-y-5 print:space-y-2">
      {items.map((item) =>
        item.kind === "position" ? (
          <PositionItem key={item.line} position={item} />
        ) : (
          <UnparsedListItem key={item.line} block={item} />
        ),
      )}
    </ul>
  );
}
