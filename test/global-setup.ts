// Runs once before the unit tests: the suite needs PostgreSQL and Redis (the equivalence
// of the two databases' migrations, the copy to PostgreSQL, shared rate limits and locks)
// and says so plainly when one is missing instead of skipping those tests.
import { assertPostgresReachable } from '@/lib/db/postgresql-databases.mjs';
import { assertRedisReachable } from './redis-scratch.mjs';

export default async function globalSetup(): Promise<void> {
  await assertPostgresReachable();
  await assertRedisReachable();
}
