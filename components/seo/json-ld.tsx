import { serializeJsonLd } from '@/lib/seo/json-ld';

type Props = { data: Record<string, unknown> | Record<string, unknown>[] };

/** Structured data for crawlers; serializeJsonLd escapes it so no title can close the script. */
export function JsonLd({ data }: Props) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
