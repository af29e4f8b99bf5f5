import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPrismaClient, type PrismaClient } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/schema-engine';

/** A migrated SQLite database in a temporary directory, for tests that need real transactions. */
export async function createTempDatabase(prefix = 'portal-test-'): Promise<{ prisma: PrismaClient; url: string; cleanup: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  const url = `file:${path.join(dir, 'portal.db')}`;
  await applyMigrations({ url });
  const prisma = createPrismaClient(url);
  return {
    prisma,
    url,
    cleanup: async () => {
      await prisma.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
