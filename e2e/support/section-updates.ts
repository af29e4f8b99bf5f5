import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';

/**
 * Sets when a section last changed, straight in the database the server uses (the SQLite
 * file, or PostgreSQL in that pass): how a test makes a section look forgotten.
 */
export async function setSectionUpdatedAt(key: string, updatedAt: Date): Promise<void> {
  const upsert = `INSERT INTO "SectionUpdate" ("key", "updatedAt") VALUES ($1, $2)
    ON CONFLICT ("key") DO UPDATE SET "updatedAt" = excluded."updatedAt"`;
  const postgresUrl = process.env.E2E_DATABASE_URL;
  if (postgresUrl?.startsWith('postgres')) {
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    try {
      await client.query(upsert, [key, updatedAt]);
    } finally {
      await client.end();
    }
    return;
  }
  const db = new Database(path.join(process.cwd(), '.e2e', 'portal.db'));
  try {
    // stored the way Prisma's SQLite adapter stores dates
    db.prepare(upsert.replace(/\$(\d)/g, '@p$1')).run({ p1: key, p2: updatedAt.toISOString().replace('Z', '+00:00') });
  } finally {
    db.close();
  }
}
