import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from '@playwright/test';

const VNU_JAR = path.join(process.cwd(), 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

/** Errors the Nu Html Checker (vnu-jar, run with the installed Java) finds in an HTML document. */
export function htmlErrors(html: string): string[] {
  const result = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', '-'], {
    input: html,
    encoding: 'utf-8',
    timeout: 120_000,
  });
  if (result.error) throw new Error(`The Nu Html Checker could not be run: ${result.error.message}`);
  const report = JSON.parse(result.stdout || '{"messages":[]}') as {
    messages: { type: string; message: string; lastLine?: number; extract?: string }[];
  };
  return report.messages
    .filter((message) => message.type === 'error' || message.type === 'non-document-error')
    .map((message) => `${message.lastLine ?? '?'}: ${message.message} — ${message.extract ?? ''}`);
}

export type XmlSummary = {
  parseError: string | null;
  root: string;
  /** text of every element matching each selector, in document order */
  texts: Record<string, string[]>;
};

/** Parses XML with the browser's own parser and reads the given elements' text. */
export async function readXml(page: Page, xml: string, selectors: string[]): Promise<XmlSummary> {
  return page.evaluate(
    ({ xml, selectors }) => {
      const document = new DOMParser().parseFromString(xml, 'application/xml');
      const error = document.querySelector('parsererror');
      const texts: Record<string, string[]> = {};
      for (const selector of selectors) {
        texts[selector] = [...document.querySelectorAll(selector)].map((element) => element.textContent ?? '');
      }
      return { parseError: error ? error.textContent : null, root: document.documentElement.nodeName, texts };
    },
    { xml, selectors },
  );
}
