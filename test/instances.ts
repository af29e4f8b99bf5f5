// Runs test/instance-worker.ts in several processes at once, like portal instances.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const root = path.resolve(import.meta.dirname, '..');

export async function runInstances(count: number, args: string[], env: Record<string, string>): Promise<unknown[]> {
  // Far enough ahead for every process to have started and loaded its modules.
  const startAt = Date.now() + 3000;
  const run = () =>
    promisify(execFile)(
      path.join(root, 'node_modules', '.bin', 'tsx'),
      ['--conditions=react-server', 'test/instance-worker.ts', ...args],
      { cwd: root, env: { ...process.env, ...env, START_AT: String(startAt) }, timeout: 20_000 },
    );
  const results = await Promise.all(Array.from({ length: count }, run));
  return results.map(({ stdout }) => JSON.parse(stdout.trim().split('\n').at(-1)!));
}
