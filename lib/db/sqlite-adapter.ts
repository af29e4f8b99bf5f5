import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { sqliteFilePath } from './database-url';

// Set on every connection: WAL lets readers work while a writer commits, foreign keys
// are enforced (SQLite leaves them off by default), and a busy writer is waited for
// instead of failing at once. synchronous = NORMAL is the setting SQLite recommends with
// WAL: a commit is written to the WAL before it is acknowledged (a killed or crashed server
// loses nothing), only checkpoints wait for the disk; FULL would also fsync every commit,
// and better-sqlite3 does that on the server's only JavaScript thread (about 4 ms per commit
// here, during which no page is served: a vote storm starved cached pages). A power cut may
// lose the last commits before a checkpoint, never corrupt the file.
const CONNECTION_PRAGMAS =
  'PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;';

/**
 * Prisma's better-sqlite3 adapter, with the portal's connection settings applied to
 * every connection it opens (the app's client and the migration engine alike).
 */
export function createSqliteAdapterFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  const file = sqliteFilePath(url);
  const inner = new PrismaBetterSqlite3({ url: file });
  const configure = async (adapter: SqlDriverAdapter) => {
    await adapter.executeScript(CONNECTION_PRAGMAS);
    return adapter;
  };
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => {
      mkdirSync(path.dirname(file), { recursive: true });
      return configure(await inner.connect());
    },
    connectToShadowDb: async () => configure(await inner.connectToShadowDb()),
  };
}
