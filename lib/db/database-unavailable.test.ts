import { describe, expect, it } from 'vitest';
import { databaseUnavailable, serverConditionStatus } from './database-unavailable';

// Errors as Prisma 7 and its driver adapters throw them (shapes recorded from real failures).
const prismaError = (code: string, cause: Record<string, unknown>) =>
  Object.assign(new Error('Invalid `prisma.rating.upsert()` invocation'), { code, meta: { driverAdapterError: { name: 'DriverAdapterError', cause } } });
const adapterError = (cause: Record<string, unknown>) => Object.assign(new Error('driver adapter error'), { name: 'DriverAdapterError', cause });

describe('databaseUnavailable', () => {
  it('recognises a database that cannot be used right now', () => {
    for (const error of [
      prismaError('P1001', { kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5432 }),
      Object.assign(new Error('Timed out fetching a new connection from the connection pool'), { code: 'P2024' }),
      adapterError({ kind: 'postgres', originalCode: '57P01', originalMessage: 'terminating connection due to administrator command' }),
      adapterError({ kind: 'postgres', originalCode: '08006', originalMessage: 'connection failure' }),
      new Error('query failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }) }),
      adapterError({ kind: 'sqlite', originalCode: 'SQLITE_BUSY', originalMessage: 'database is locked' }),
    ]) {
      expect(databaseUnavailable(error), String((error as Error).message)).toBe(true);
    }
  });

  it('leaves other failures alone', () => {
    for (const error of [
      new Error('boom'),
      prismaError('P2002', { kind: 'UniqueConstraintViolation' }),
      adapterError({ kind: 'postgres', originalCode: '23505' }),
      adapterError({ kind: 'sqlite', originalCode: 'SQLITE_CORRUPT' }),
      null,
      'ECONNREFUSED',
    ]) {
      expect(databaseUnavailable(error)).toBe(false);
    }
  });

  it('gives the status of a refusal caused by the server state: 507 disk full, 503 read-only or unavailable, else none', () => {
    expect(serverConditionStatus(adapterError({ kind: 'sqlite', originalCode: 'SQLITE_FULL' }))).toBe(507);
    expect(serverConditionStatus(adapterError({ kind: 'sqlite', originalCode: 'SQLITE_READONLY' }))).toBe(503);
    expect(serverConditionStatus(prismaError('P1001', { kind: 'DatabaseNotReachable' }))).toBe(503);
    expect(serverConditionStatus(new Error('boom'))).toBeNull();
  });
});
