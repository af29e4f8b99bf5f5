import path from 'node:path';

/** Where the embedded database lives when DATABASE_URL is not set. */
export const DEFAULT_DATABASE_URL = 'file:./data/portal.db';

/** The configured database URL (SQLite `file:` URL or `postgresql://…`). */
export function databaseUrl(): string {
  return process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

export type DatabaseKind = 'sqlite' | 'postgresql';

export function databaseKind(url = databaseUrl()): DatabaseKind {
  if (/^postgres(ql)?:\/\//i.test(url)) return 'postgresql';
  if (url.startsWith('file:')) return 'sqlite';
  throw new Error(`DATABASE_URL không hợp lệ: cần "file:…" (SQLite) hoặc "postgresql://…", nhận được "${url}"`);
}

/** Absolute path of the SQLite file named by a `file:` URL (relative paths are relative to the working directory). */
export function sqliteFilePath(url = databaseUrl()): string {
  const withoutScheme = url.replace(/^file:/, '').replace(/\?.*$/, '');
  // The database file is configuration, not source: keep the bundler from tracing it.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), withoutScheme);
}
