/** A password must be at least this long; length beats composition rules. Shared by forms and server. */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;
