import { errorCodesOf } from './error-codes';
import { STORAGE_FAILURE_STATUS, storageFailureOf } from './storage-failure';

// Prisma: P1001 can't reach the server, P1002 timed out reaching it, P1008 operation timed out,
// P1017 the server closed the connection, P2024 no connection free in the pool in time, P2037
// too many connections. The driver adapter's kinds for the same. PostgreSQL: SQLSTATE class 08
// (connection exception), 57P01-57P03 (shutting down, crashed, starting up), 53300 (too many
// connections). Node: the connection refused, reset or timed out. SQLite: the database locked
// by another writer for longer than the busy timeout.
const UNAVAILABLE_CODES = new Set([
  'P1001',
  'P1002',
  'P1008',
  'P1017',
  'P2024',
  'P2037',
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'SQLITE_BUSY',
]);

/**
 * Whether the error says the database cannot be used right now (unreachable, restarting,
 * overloaded, locked), rather than that the request was wrong or the code failed: such a
 * refusal is a 503, worth retrying in a moment.
 */
export function databaseUnavailable(error: unknown): boolean {
  return errorCodesOf(error).some((code) => UNAVAILABLE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code) || code.startsWith('SQLITE_BUSY_'));
}

/** Seconds a client is asked to wait before trying again (Retry-After) when the database is unavailable. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/**
 * The status of a refusal caused by the server's state rather than the request: 507 when the
 * disk is full, 503 when it is read-only or failing or the database unavailable; null for
 * any other failure (a 500).
 */
export function serverConditionStatus(error: unknown): 507 | 503 | null {
  const storage = storageFailureOf(error);
  if (storage) return STORAGE_FAILURE_STATUS[storage];
  return databaseUnavailable(error) ? 503 : null;
}
