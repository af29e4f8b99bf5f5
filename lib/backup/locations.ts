import path from 'node:path';
import { databaseUrl } from '@/lib/db/database-url';
import { mediaDirectory } from '@/lib/media/media-directory';
import type { BackupLocations } from './backup';

/** Where this portal keeps its data, from the same settings the server reads. */
export function backupLocations(): BackupLocations {
  return {
    databaseUrl: databaseUrl(),
    mediaDir: mediaDirectory(),
    dataDir: path.resolve(process.env.DATA_DIR || path.join(process.cwd(), 'data')),
  };
}
