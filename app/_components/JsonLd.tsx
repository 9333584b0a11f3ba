import { type JsonLdObject, serializeJsonLd } from "@/lib/publishing";

/** Structured data for search engines, escaped so no title can end the script element early. */
export function JsonLd({ data }: { data: JsonLdObject }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
