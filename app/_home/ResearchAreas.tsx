import { pageHref } from "@/lib/publishing";
import type { ResearchArea, ResearchItem } from "@/lib/profile";

function ResearchItemLabel({ item }: { item: ResearchItem }) {
  if (item.publicationId) {
    return (
      <a href={pageHref(`/publications#${item.publicationId}`)} className="link">
        {item.label}
      </a>
    );
  }
  // Homepages often keep "#" as a placeholder until the paper is public.
  if (item.href && item.href !== "#") {
    return (
      <a href={item.href} className="link">
        {item.label}
      </a>
    );
  }
  return <span className="text-ink">{item.label}</span>;
}

export function ResearchAreas({ areas }: { areas: ResearchArea[] }) {
  return (
    <ul className="space-y-6 print:space-y-3">
      {areas.map((area) => (
        <li key={area.slug}>
          <h3 className="font-serif text-lg font-semibold tracking-tight text-ink">{area.title}</h3>
          <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1.5">
            {area.items.map((item) => (
              <li key={item.line + item.label}>
                <ResearchItemLabel item={item} />
                {item.remark && <span className="ml-1.5 text-xs text-muted">{item.remark}</span>}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
