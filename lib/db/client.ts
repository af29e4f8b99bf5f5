import { appendFileSync } from 'node:fs';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { databaseKind, databaseUrl } from './database-url';
import { createSqliteAdapterFactory } from './sqlite-adapter';

type ClientOptions = {
  /** false for background work that must not count as queries made to serve pages */
  logQueries?: boolean;
};

function createClient(url: string, options: ClientOptions = {}): PrismaClient {
  const kind = databaseKind(url);
  if (kind !== 'sqlite') throw new Error(`Database "${kind}" is not supported yet; use a file: URL.`);
  // Benchmarks and the e2e tests set PORTAL_QUERY_LOG to count the queries a running server makes.
  const queryLog = options.logQueries === false ? undefined : process.env.PORTAL_QUERY_LOG;
  const client = new PrismaClient({
    adapter: createSqliteAdapterFactory(url),
    log: queryLog ? [{ level: 'query', emit: 'event' }] : [],
  });
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
