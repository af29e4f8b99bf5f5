// The two calls the browser makes to next-auth's endpoints (the same requests
// next-auth/react sends, without its client bundle).

async function csrfToken(): Promise<string> {
  const response = await fetch('/api/auth/csrf', { cache: 'no-store' });
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return csrfToken;
}

async function post(path: string, fields: Record<string, string>): Promise<{ ok: boolean; url: string | null }> {
  const body = new URLSearchParams({ ...fields, csrfToken: await csrfToken(), json: 'true' });
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body,
  });
  const data = (await response.json().catch(() => ({}))) as { url?: string };
  return { ok: response.ok, url: data.url ?? null };
}

/** Null on success, else the failure code the sign-in page turns into a sentence. */
export async function signInWithPassword(email: string, password: string): Promise<string | null> {
  const { ok, url } = await post('/api/auth/callback/credentials', { email, password, callbackUrl: '/quan-tri' });
  const error = url ? new URL(url, window.location.origin).searchParams.get('error') : 'unknown';
  return ok && !error ? null : error ?? 'unknown';
}

export async function signOutOfThisBrowser(): Promise<void> {
  await post('/api/auth/signout', { callbackUrl: '/dang-nhap' });
}
