// Casts votes from a separate process, for the test that several processes voting into one
// database file lose nothing. Run with `node --conditions=react-server --import tsx`.
// argv: <database url> <article id> <first voter number> <how many>
import { createPrismaClient } from '@/lib/db/client';
import { recordVote } from '@/lib/ratings/record-vote';

async function main() {
  const [url, articleId, first, count] = process.argv.slice(2);
  const prisma = createPrismaClient(url);
  const numbers = Array.from({ length: Number(count) }, (_, i) => Number(first) + i);
  const outcomes = await Promise.all(
    numbers.map((n) =>
      recordVote(prisma, { articleId, voterId: `voter-${n}`, fingerprint: `fp-${n}`, stars: (n % 5) + 1, fromBot: false }),
    ),
  );
  await prisma.$disconnect();
  process.stdout.write(JSON.stringify({ created: outcomes.filter((o) => o.kind === 'recorded' && o.change === 'created').length }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
