import { appendFileSync } from 'node:fs';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { PrismaClient as PostgresPrismaClient } from '@/lib/generated/prisma-pg/client';
import { databaseKind, databaseUrl } from './database-url';
import { createPostgresAdapterFactory } from './postgresql-adapter';
import { createSqliteAdapterFactory } from './sqlite-adapter';

type ClientOptions = {
  /** false for background work that must not count as queries made to serve pages */
  logQueries?: boolean;
};

// Both clients are generated from the one schema (the PostgreSQL one from its derived twin,
// see lib/db/postgresql-schema.mjs), so they have the same models and methods. Callers see
// the SQLite client's type: it lacks the few PostgreSQL-only options (`mode: 'insensitive'`),
// which keeps every query portable between the two databases.
function createClient(url: string, options: ClientOptions = {}): PrismaClient {
  // Benchmarks and the e2e tests set PORTAL_QUERY_LOG to count the queries a running server makes.
  const queryLog = options.logQueries === false ? undefined : process.env.PORTAL_QUERY_LOG;
  const log = queryLog ? [{ level: 'query' as const, emit: 'event' as const }] : [];
  const client =
    databaseKind(url) === 'postgresql'
      ? (new PostgresPrismaClient({ adapter: createPostgresAdapterFactory(url), log }) as unknown as PrismaClient)
      : new PrismaClient({ adapter: createSqliteAdapterFactory(url), log });
  if (queryLog) client.$on('query' as never, () => appendFileSync(queryLog, 'q\n'));
  return client;
}

const globalForPrisma = globalThis as unknown as { portalPrisma?: PrismaClient };

/** The one Prisma client of this process (kept across hot reloads in development). */
export const prisma: PrismaClient = globalForPrisma.portalPrisma ?? createClient(databaseUrl());
globalForPrisma.portalPrisma = prisma;

/** A separate client for another database (tests, seeding a throwaway database). */
export function createPrismaClient(url: string, options?: ClientOptions): PrismaClient {
  return createClient(url, options);
}

export type { PrismaClient };
