import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { databaseKind, sqliteFilePath, type DatabaseKind } from '@/lib/db/database-url';
import { copySecret, copyTreeIfPresent, replaceTree } from './backup-files';

/** What a backup holds, written beside it as manifest.json. */
export type BackupManifest = {
  format: 1;
  kind: DatabaseKind;
  createdAt: string;
  /** file name of the database copy inside the backup directory */
  database: string;
  /** whether uploaded files (SQLite: under MEDIA_DIR) are in media/ */
  media: boolean;
  /** whether the generated signing secret (data/auth-secret) is included */
  authSecret: boolean;
};

export type BackupLocations = {
  databaseUrl: string;
  /** where uploads live on disk (SQLite); on PostgreSQL they are in the database */
  mediaDir: string;
  /** the data directory holding auth-secret when AUTH_SECRET is not set */
  dataDir: string;
};

const SQLITE_FILE = 'portal.db';
const POSTGRESQL_FILE = 'portal.dump';

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error) throw new Error(`Không chạy được ${command}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} dừng với mã ${result.status}: ${result.stderr.trim()}`);
}

/** Runs SQLite's own integrity check on a database file; throws with its findings if it fails. */
export function checkSqliteIntegrity(file: string): void {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    const findings = rows.map((row) => row.integrity_check);
    if (findings.length !== 1 || findings[0] !== 'ok') throw new Error(`Tệp cơ sở dữ liệu bị hỏng: ${findings.slice(0, 5).join('; ')}`);
  } finally {
    db.close();
  }
}

function timestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/**
 * Backs up a running portal into a new directory under `outDir`: SQLite through its online
 * backup API (consistent while readers and writers go on) plus the media files, or
 * PostgreSQL through pg_dump's custom format (media are in the database there), plus the
 * generated signing secret so that readers' vote cookies stay valid after a restore.
 */
export async function createBackup(locations: BackupLocations, outDir: string, now = new Date()): Promise<{ dir: string; manifest: BackupManifest }> {
  const kind = databaseKind(locations.databaseUrl);
  const dir = path.resolve(outDir, `portal-${kind}-${timestamp(now)}`);
  const partial = `${dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true, mode: 0o700 });
  try {
    let media = false;
    if (kind === 'sqlite') {
      const source = new Database(sqliteFilePath(locations.databaseUrl), { readonly: true, fileMustExist: true });
      try {
        await source.backup(path.join(partial, SQLITE_FILE));
      } finally {
        source.close();
      }
      checkSqliteIntegrity(path.join(partial, SQLITE_FILE));
      media = copyTreeIfPresent(locations.mediaDir, path.join(partial, 'media'));
    } else {
      run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${path.join(partial, POSTGRESQL_FILE)}`, locations.databaseUrl]);
    }
    const authSecret = copySecret(path.join(locations.dataDir, 'auth-secret'), path.join(partial, 'auth-secret'));
    const manifest: BackupManifest = {
      format: 1,
      kind,
      createdAt: now.toISOString(),
      database: kind === 'sqlite' ? SQLITE_FILE : POSTGRESQL_FILE,
      media,
      authSecret,
    };
    writeFileSync(path.join(partial, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    // Only a complete backup gets its final name.
    renameSync(partial, dir);
    return { dir, manifest };
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}

export function readManifest(backupDir: string): BackupManifest {
  const file = path.join(backupDir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${backupDir} không phải một bản sao lưu (thiếu manifest.json).`);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as BackupManifest;
  if (manifest.format !== 1 || (manifest.kind !== 'sqlite' && manifest.kind !== 'postgresql')) {
    throw new Error(`${file}: định dạng sao lưu không được hỗ trợ.`);
  }
  return manifest;
}

/**
 * Puts a backup back. The portal must be stopped (SQLite) or idle: the database is replaced
 * as a whole. The backup is checked before anything is touched; the SQLite file is swapped
 * in with a rename, so a failed restore leaves the current database as it was.
 */
export async function restoreBackup(backupDir: string, locations: BackupLocations): Promise<BackupManifest> {
  const manifest = readManifest(backupDir);
  const kind = databaseKind(locations.databaseUrl);
  if (manifest.kind !== kind) {
    throw new Error(`Bản sao lưu này của ${manifest.kind}, nhưng DATABASE_URL trỏ tới ${kind}. Dùng npm run db:copy để chuyển dữ liệu giữa hai loại.`);
  }
  const databaseFile = path.join(backupDir, manifest.database);
  if (!existsSync(databaseFile) || statSync(databaseFile).size === 0) throw new Error(`Thiếu tệp ${databaseFile}.`);

  if (kind === 'sqlite') {
    checkSqliteIntegrity(databaseFile);
    const target = sqliteFilePath(locations.databaseUrl);
    mkdirSync(path.dirname(target), { recursive: true });
    const incoming = `${target}.restoring`;
    copyFileSync(databaseFile, incoming);
    // The write-ahead log belongs to the database being replaced.
    for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
    renameSync(incoming, target);
    if (manifest.media) replaceTree(path.join(backupDir, 'media'), locations.mediaDir);
  } else {
    run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', `--dbname=${locations.databaseUrl}`, databaseFile]);
  }
  if (manifest.authSecret) {
    mkdirSync(locations.dataDir, { recursive: true });
    copySecret(path.join(backupDir, 'auth-secret'), path.join(locations.dataDir, 'auth-secret'));
  }
  return manifest;
}
