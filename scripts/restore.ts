// `npm run restore -- <backup directory> --yes`: puts a backup made by `npm run backup` back
// in place of the current data. Stop the portal first; start it again afterwards.
import { readManifest, restoreBackup } from '../lib/backup/backup';
import { backupLocations } from '../lib/backup/locations';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dir = args.find((arg) => !arg.startsWith('--'));
  if (!dir) throw new Error('Cách dùng: npm run restore -- <thư mục sao lưu> --yes');
  const manifest = readManifest(dir);
  if (!args.includes('--yes')) {
    console.log(`Bản sao lưu ${manifest.kind} lúc ${manifest.createdAt} sẽ THAY THẾ toàn bộ dữ liệu hiện tại.`);
    console.log('Dừng trang thông tin trước, rồi chạy lại lệnh với --yes để khôi phục.');
    process.exitCode = 2;
    return;
  }
  const started = Date.now();
  await restoreBackup(dir, backupLocations());
  console.log(`Đã khôi phục bản sao lưu lúc ${manifest.createdAt} trong ${Date.now() - started} ms. Khởi động lại trang thông tin (npm start).`);
}

main().catch((error) => {
  console.error(`Khôi phục thất bại: ${(error as Error).message}`);
  process.exitCode = 1;
});
