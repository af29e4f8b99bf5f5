import { spawnSync } from 'node:child_process';
import path from 'node:path';

// Tests run from the project root (vitest and Playwright alike).
const HERE = path.join(process.cwd(), 'test', 'xml');
export const SITEMAP_XSD = path.join(HERE, 'sitemaps.org', 'sitemap.xsd');
export const SITEMAP_INDEX_XSD = path.join(HERE, 'sitemaps.org', 'siteindex.xsd');

/** Validates `xml` against an XML Schema with the JDK (test/xml/XmlSchemaCheck.java). */
export function validateXml(xml: string, schemaPath: string): { valid: boolean; problems: string[] } {
  const result = spawnSync('java', [path.join(HERE, 'XmlSchemaCheck.java'), schemaPath, '-'], {
    input: xml,
    encoding: 'utf-8',
    timeout: 60_000,
  });
  if (result.error) throw new Error(`Java could not be run to validate XML: ${result.error.message}`);
  const lines = result.stdout.split('\n').filter(Boolean);
  if (result.status === 0 && lines[0] === 'valid') return { valid: true, problems: [] };
  return { valid: false, problems: lines.length ? lines : [result.stderr.trim()] };
}
