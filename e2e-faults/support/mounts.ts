// Real filesystem faults for the portal's data directory: a small tmpfs that fills up, and
// read-only mounts. Only inside a mount namespace of the test's own (scripts/test-faults.mjs
// runs the disk spec under `unshare -m`), so that nothing is mounted on the machine itself
// and every mount disappears with the test's processes, whatever happens to them.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr || result.error?.message}`);
}

/** Throws unless this process has a mount namespace of its own. */
export function requirePrivateMountNamespace(): void {
  let own = process.env.FAULTS_PRIVATE_MOUNTS === '1';
  try {
    own &&= readlinkSync('/proc/self/ns/mnt') !== readlinkSync('/proc/1/ns/mnt');
  } catch {
    // /proc/1 unreadable (not root): rely on the runner's word
  }
  if (!own) {
    throw new Error(
      'The disk fault tests mount filesystems: run them through `npm run test:faults`, which gives them a private mount namespace (unshare -m).',
    );
  }
}

export function mountTmpfs(directory: string, sizeBytes: number): void {
  mkdirSync(directory, { recursive: true });
  run('mount', ['-t', 'tmpfs', '-o', `size=${sizeBytes},mode=0755`, 'portal-faults', directory]);
}

/** Read-only or writable again: the whole filesystem, as the kernel does after a disk error. */
export function remount(directory: string, mode: 'ro' | 'rw'): void {
  run('mount', ['-o', `remount,${mode}`, directory]);
}

/** A read-only view of `directory` over itself: new files cannot be made there, even by root. */
export function bindReadOnly(directory: string): void {
  run('mount', ['--bind', directory, directory]);
  run('mount', ['-o', 'remount,bind,ro', directory]);
}

export function unmount(directory: string): void {
  run('umount', [directory]);
}

/** The file that fills the disk; deleting it frees the space again. */
export const FILLER_NAME = 'filler.bin';

/** Writes a file in `directory` until the filesystem refuses (ENOSPC); returns the bytes written. */
export function fillFilesystem(directory: string): number {
  const file = openSync(path.join(directory, FILLER_NAME), 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  let written = 0;
  try {
    for (;;) {
      try {
        written += writeSync(file, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOSPC') break;
        throw error;
      }
    }
    // the last few blocks, smaller than a chunk
    for (const small of [Buffer.alloc(4096, 1), Buffer.alloc(512, 1), Buffer.alloc(1, 1)]) {
      try {
        for (;;) written += writeSync(file, small);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      }
    }
  } finally {
    closeSync(file);
  }
  return written;
}
