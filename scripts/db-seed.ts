// `npm run db:seed`: adds the portal's starting content to DATABASE_URL (default ./data/portal.db).
// Safe to run any number of times: each seed step runs once per database.
import { createPrismaClient } from '@/lib/db/client';
import { databaseUrl } from '@/lib/db/database-url';
import { runSeed } from '@/lib/seed/seed-content';

async function main() {
  const prisma = createPrismaClient(databaseUrl());
  try {
    const applied = await runSeed(prisma);
    console.log(applied.length ? `Seeded: ${applied.join(', ')}` : 'Seed content already present.');
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error) => {
  console.error('Seeding failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
