// `npm run backup [-- --out <directory>]`: a consistent copy of a running portal's data
// (database, uploaded files, signing secret) in a new directory, default ./backups.
// See docs/deploy.md "Backups".
import path from 'node:path';
import { createBackup } from '../lib/backup/backup';
import { backupLocations } from '../lib/backup/locations';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const outDir = outIndex >= 0 ? args[outIndex + 1] : path.join(process.cwd(), 'backups');
  if (!outDir) throw new Error('Cách dùng: npm run backup -- [--out <thư mục>]');
  const started = Date.now();
  const { dir, manifest } = await createBackup(backupLocations(), outDir);
  console.log(`Đã sao lưu (${manifest.kind}${manifest.media ? ', kèm tệp tải lên' : ''}) vào ${dir} trong ${Date.now() - started} ms.`);
}

main().catch((error) => {
  console.error(`Sao lưu thất bại: ${(error as Error).message}`);
  process.exitCode = 1;
});
