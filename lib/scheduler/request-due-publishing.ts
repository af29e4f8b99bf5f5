import { request } from 'node:http';
import { TASK_KEY_HEADER, taskKey } from './task-key';

/** Where this server can reach itself; PORTAL_INTERNAL_ORIGIN overrides when it listens on one interface only. */
export function internalOrigin(): string {
  return (process.env.PORTAL_INTERNAL_ORIGIN?.trim() || `http://127.0.0.1:${process.env.PORT || '3000'}`).replace(/\/+$/, '');
}

/**
 * Asks this server to publish the scheduled articles whose time has come. It goes through
 * a route handler rather than calling publishDueArticles() directly because refreshing
 * cached pages (revalidatePath) only works inside a request; a timer or a page render
 * cannot do it. Plain node:http, not fetch: Next.js's fetch would count this call as
 * part of the page being rendered and make that page dynamic. Returns how many articles
 * were published; never throws.
 */
export function requestDuePublishing(options: { housekeeping?: boolean } = {}): Promise<number> {
  const url = new URL(`${internalOrigin()}/api/internal/scheduled-publishing${options.housekeeping ? '?housekeeping=1' : ''}`);
  return new Promise((resolve) => {
    const call = request(url, { method: 'POST', headers: { [TASK_KEY_HEADER]: taskKey(), 'content-length': 0 }, timeout: 10_000 }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => {
        if (response.statusCode !== 200) {
          console.error(`[scheduled-publishing] ${url.pathname} answered ${response.statusCode}`);
          resolve(0);
          return;
        }
        try {
          resolve((JSON.parse(body) as { published: number }).published);
        } catch {
          resolve(0);
        }
      });
    });
    call.on('timeout', () => call.destroy(new Error('timed out')));
    call.on('error', (error) => {
      console.error('[scheduled-publishing] request failed', error.message);
      resolve(0);
    });
    call.end();
  });
}
