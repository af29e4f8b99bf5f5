/**
 * Every code an error from the database or the filesystem carries, through its chain of
 * causes: Prisma's own (P1001…), the driver's (SQLite's SQLITE_FULL, PostgreSQL's SQLSTATE),
 * the driver adapter's kind of error (DatabaseNotReachable…), and Node's errno (ENOSPC…).
 */
export function errorCodesOf(error: unknown): string[] {
  const codes: string[] = [];
  const seen = new Set<unknown>();
  let current: unknown = error;
  // Prisma puts the driver's code under meta.driverAdapterError.cause (originalCode, kind), or
  // (inside an interactive transaction) throws the DriverAdapterError itself, its cause holding
  // them; Node and better-sqlite3 errors carry `code`; wrappers chain the original as `cause`.
  while (current && typeof current === 'object' && !seen.has(current) && seen.size < 8) {
    seen.add(current);
    const { code, originalCode, kind, meta, cause } = current as {
      code?: unknown;
      originalCode?: unknown;
      kind?: unknown;
      meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; kind?: unknown } } };
      cause?: unknown;
    };
    for (const value of [code, originalCode, kind, meta?.driverAdapterError?.cause?.originalCode, meta?.driverAdapterError?.cause?.kind]) {
      if (typeof value === 'string') codes.push(value);
    }
    current = cause;
  }
  return codes;
}
