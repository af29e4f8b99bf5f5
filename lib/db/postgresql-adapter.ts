import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import type {
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { urlWithDatabase } from './postgresql-databases.mjs';

/** Prisma's pg adapter for the app's client: a connection pool on the database of `url`. */
export function createPostgresAdapterFactory(url: string): SqlDriverAdapterFactory {
  return new PrismaPg({ connectionString: url });
}

/**
 * Prisma's pg adapter as the migration engine needs it, with three faults of
 * @prisma/adapter-pg 7.10 worked around (checked by schema-engine.postgresql.test.ts):
 * - it refuses result columns of PostgreSQL's internal types ("char", oidvector, …), which
 *   the engine reads from the catalog to describe a schema ("Column type 'char' could not
 *   be deserialized"): such columns are handed over as the text they already are;
 * - its `executeScript` splits a migration at every ";", which breaks any statement with a
 *   semicolon inside (a function body, a string): here a script goes to PostgreSQL whole,
 *   as the native engine sends it (one simple query, so a migration runs atomically);
 * - its `connectToShadowDb` opens the shadow database with `{ connectionString, database }`,
 *   and pg lets the connection string win, so the "shadow" would be the real database:
 *   here the shadow database gets a URL of its own.
 */
export function createPostgresMigrationAdapterFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  const inner = catalogReadingAdapterFactory(url);
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => wholeScripts(await inner.connect()),
    connectToShadowDb: async () => {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      const database = `prisma_migrate_shadow_db_${randomUUID().replaceAll('-', '')}`;
      try {
        await admin.query(`CREATE DATABASE "${database}"`);
      } catch (error) {
        await admin.end();
        throw error;
      }
      const shadow = wholeScripts(await catalogReadingAdapterFactory(urlWithDatabase(url, database)).connect());
      return delegate(shadow, {
        dispose: async () => {
          try {
            await shadow.dispose();
            await admin.query(`DROP DATABASE IF EXISTS "${database}"`);
          } finally {
            await admin.end();
          }
        },
      });
    },
  };
}

// Catalog types whose text form is all the engine needs, by type OID: "char", int2vector,
// regproc, oidvector, pg_node_tree, regprocedure, regoper, regoperator, regclass, regtype.
const CATALOG_TEXT_TYPES = new Set([18, 22, 24, 30, 194, 2202, 2203, 2204, 2205, 2206]);
const TEXT_TYPE = 25;

function catalogReadingAdapterFactory(url: string): PrismaPg {
  const pool = new pg.Pool({ connectionString: url });
  // Every query of the adapter goes through one of the pool's clients.
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      const callback = args.at(-1);
      if (typeof callback === 'function') {
        args[args.length - 1] = (error: unknown, result: unknown) => callback(error, error ? result : asText(result));
        return query(...args);
      }
      const pending = query(...args);
      return pending instanceof Promise ? pending.then(asText) : pending;
    };
  });
  return new PrismaPg(pool, { disposeExternalPool: true });
}

function asText<T>(result: T): T {
  for (const part of Array.isArray(result) ? result : [result]) {
    for (const field of (part as pg.QueryResult | undefined)?.fields ?? []) {
      if (CATALOG_TEXT_TYPES.has(field.dataTypeID)) field.dataTypeID = TEXT_TYPE;
    }
  }
  return result;
}

function wholeScripts(connection: SqlDriverAdapter): SqlDriverAdapter {
  const pool = (connection as SqlDriverAdapter & { underlyingDriver(): pg.Pool }).underlyingDriver();
  return delegate(connection, {
    executeScript: async (script) => {
      await pool.query(script);
    },
  });
}

/** A connection whose methods go to `connection` unless `overrides` replaces them. */
function delegate(connection: SqlDriverAdapter, overrides: Partial<SqlDriverAdapter>): SqlDriverAdapter {
  const wrapped: SqlDriverAdapter = {
    provider: connection.provider,
    adapterName: connection.adapterName,
    queryRaw: (query) => connection.queryRaw(query),
    executeRaw: (query) => connection.executeRaw(query),
    executeScript: (script) => connection.executeScript(script),
    startTransaction: (isolationLevel) => connection.startTransaction(isolationLevel),
    dispose: () => connection.dispose(),
    ...overrides,
  };
  if (connection.getConnectionInfo) wrapped.getConnectionInfo = () => connection.getConnectionInfo!();
  return wrapped;
}
