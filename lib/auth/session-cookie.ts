import { siteUrl } from '@/lib/site';

/** A signed-in session lasts a working day; after that the editor signs in again. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/** Secure cookies (and their __Secure- prefix) whenever the portal is served over https. */
export function secureCookiesEnabled(): boolean {
  return siteUrl().startsWith('https://');
}

/** next-auth's session cookie name for this configuration. */
export function sessionCookieName(): string {
  return `${secureCookiesEnabled() ? '__Secure-' : ''}next-auth.session-token`;
}
