import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Playwright's global teardown: fails the run if the server met an inline script it could not
 * allow by hash (scripts/serve.mjs logs them to .e2e/csp-refusals.log). Such a script is
 * refused by every browser, so some page lost a behaviour even if no test noticed.
 */
export default function assertNoCspRefusals(): void {
  const log = path.join(process.cwd(), '.e2e', 'csp-refusals.log');
  const lines = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
  if (lines.length > 0) {
    throw new Error(`The server left ${lines.length} inline script(s) without a CSP hash:\n${[...new Set(lines)].slice(0, 10).join('\n')}`);
  }
}
