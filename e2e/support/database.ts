import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';

/**
 * Runs one read-only query on the database the server under test uses: the SQLite file of
 * the e2e server, or PostgreSQL (E2E_DATABASE_URL) in that pass. Specs cannot import the
 * generated Prisma client, so they read the tables directly.
 */
export async function queryRows<T = Record<string, unknown>>(sql: string): Promise<T[]> {
  const postgresUrl = process.env.E2E_DATABASE_URL;
  if (postgresUrl?.startsWith('postgres')) {
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    try {
      return (await client.query(sql)).rows as T[];
    } finally {
      await client.end();
    }
  }
  const db = new Database(path.join(process.cwd(), '.e2e', 'portal.db'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}
