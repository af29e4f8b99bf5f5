// Plays one portal instance in the cross-process tests (several of these run at once):
//   tsx --conditions=react-server test/instance-worker.ts <rate-limit|lock> [count]
// Starts its work at START_AT (ms since the epoch) so that the processes really overlap,
// and prints one line of JSON with what it saw.
import { withLock } from '@/lib/cache/distributed-lock';
import { getRedis } from '@/lib/cache/redis';
import { createRateLimiter } from '@/lib/security/rate-limit';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  const [task, count = '1'] = process.argv.slice(2);
  await sleep(Math.max(0, Number(process.env.START_AT ?? 0) - Date.now()));
  if (task === 'rate-limit') {
    const limiter = createRateLimiter('cross-instance', { points: 10, durationSeconds: 60 });
    let allowed = 0;
    for (let i = 0; i < Number(count); i++) if ((await limiter.consume('reader-1')).allowed) allowed++;
    console.log(JSON.stringify({ allowed }));
  } else if (task === 'lock') {
    const outcome = await withLock('scheduled-publishing', 5000, async () => {
      await sleep(1000);
      return process.pid;
    });
    console.log(JSON.stringify({ acquired: outcome.acquired }));
  } else {
    throw new Error(`unknown task ${task}`);
  }
  getRedis()?.disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
