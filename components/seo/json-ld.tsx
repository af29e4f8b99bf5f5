import { serializeJsonLd } from '@/lib/seo/structured-data';

/**
 * Structured data for search engines. A data block, not a script the browser runs, so a
 * Content-Security-Policy without 'unsafe-inline' does not concern it.
 */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
