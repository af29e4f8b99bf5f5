// An editor driving a running portal over HTTP, as the browser does: signs in through
// next-auth's credentials endpoint (lib/auth/browser-auth.ts sends the same two requests),
// then calls the editor's server actions by their id in the build, with the session cookie.
import { serverActionId } from '@/e2e/support/server-action';

export type ActionAnswer = {
  status: number;
  /** what the action returned (`{ ok, … }`), when the answer carried it */
  result: unknown;
  /** where an action that called redirect() sends the browser (x-action-redirect) */
  redirect: string | null;
};

export type HttpEditor = {
  callAction: (pagePath: string, exportedName: string, args: unknown[]) => Promise<ActionAnswer>;
};

/** Name → value of the cookies a response set, merged into `jar`. */
function keepCookies(jar: Map<string, string>, response: Response): void {
  for (const cookie of response.headers.getSetCookie()) {
    const [pair] = cookie.split(';');
    const separator = pair.indexOf('=');
    if (separator > 0) jar.set(pair.slice(0, separator).trim(), pair.slice(separator + 1).trim());
  }
}

const cookieHeader = (jar: Map<string, string>) => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');

/** The value a server action returned, read from its React Server Components stream. */
function actionResult(stream: string): unknown {
  // Row 0 names the row that holds the result.
  const rows = new Map<string, string>();
  for (const line of stream.split('\n')) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match) rows.set(match[1], match[2]);
  }
  try {
    const head = JSON.parse(rows.get('0') ?? 'null') as { a?: string } | null;
    const resultRow = head?.a?.replace(/^\$@/, '');
    return resultRow ? JSON.parse(rows.get(resultRow) ?? 'null') : undefined;
  } catch {
    return undefined;
  }
}

/** Signs in with email and password; throws when the portal does not hand out a session. */
export async function signInOverHttp(baseUrl: string, email: string, password: string): Promise<HttpEditor> {
  const jar = new Map<string, string>();
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { cache: 'no-store' });
  keepCookies(jar, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signIn = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(jar) },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: '/quan-tri', json: 'true' }),
  });
  keepCookies(jar, signIn);
  await signIn.arrayBuffer();
  if (![...jar.keys()].some((name) => name.endsWith('next-auth.session-token'))) {
    throw new Error(`signing in as ${email} failed (HTTP ${signIn.status}, no session cookie)`);
  }
  const origin = new URL(baseUrl).origin;
  return {
    async callAction(pagePath, exportedName, args) {
      const response = await fetch(baseUrl + pagePath, {
        method: 'POST',
        redirect: 'manual',
        headers: {
          'next-action': serverActionId(exportedName),
          'content-type': 'text/plain;charset=UTF-8',
          accept: 'text/x-component',
          origin,
          cookie: cookieHeader(jar),
        },
        body: JSON.stringify(args),
      });
      keepCookies(jar, response);
      const stream = await response.text();
      return { status: response.status, result: actionResult(stream), redirect: response.headers.get('x-action-redirect') };
    },
  };
}
