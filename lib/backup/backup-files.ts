import { chmodSync, cpSync, existsSync, renameSync, rmSync } from 'node:fs';

/** Copies a directory tree (media files) if it exists; returns whether there was one. */
export function copyTreeIfPresent(from: string, to: string): boolean {
  if (!existsSync(from)) return false;
  cpSync(from, to, { recursive: true, preserveTimestamps: true });
  return true;
}

/**
 * Puts `source` in the place of `target` without a moment where neither exists half-written:
 * the new copy is written beside the target first, then renamed over it.
 */
export function replaceTree(source: string, target: string): void {
  const incoming = `${target}.restoring`;
  const previous = `${target}.before-restore`;
  rmSync(incoming, { recursive: true, force: true });
  rmSync(previous, { recursive: true, force: true });
  cpSync(source, incoming, { recursive: true, preserveTimestamps: true });
  if (existsSync(target)) renameSync(target, previous);
  renameSync(incoming, target);
  rmSync(previous, { recursive: true, force: true });
}

/** A copied secret stays readable by its owner only. */
export function copySecret(from: string, to: string): boolean {
  if (!existsSync(from)) return false;
  cpSync(from, to);
  chmodSync(to, 0o600);
  return true;
}
