import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import PortalFileSystemCache, { revalidationsFile, saveRevalidations } from './file-cache-handler.mjs';

const { tagsManifest, areTagsExpired } = createRequire(import.meta.url)('next/dist/server/lib/incremental-cache/tags-manifest.external.js') as {
  tagsManifest: Map<string, { expired?: number; stale?: number }>;
  areTagsExpired: (tags: string[], timestamp: number) => boolean;
};

const folders: string[] = [];
function serverDistDir(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'portal-cache-'));
  folders.push(folder);
  return path.join(folder, 'server');
}
const handlerFor = (dir: string) => new PortalFileSystemCache({ serverDistDir: dir, flushToDisk: true, revalidatedTags: [] });

afterEach(() => {
  tagsManifest.clear();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('PortalFileSystemCache', () => {
  it('writes each revalidation beside the cache before it returns', async () => {
    const dir = serverDistDir();
    await handlerFor(dir).revalidateTag(['_N_T_/tin-tuc/bai-da-go']);
    const saved = JSON.parse(readFileSync(revalidationsFile(dir), 'utf8'));
    expect(saved['_N_T_/tin-tuc/bai-da-go'].expired).toBeGreaterThan(Date.now() - 5000);
    expect(existsSync(path.join(dir, '..', 'cache'))).toBe(true);
  });

  it('after a restart, a page cached before a revalidation is still expired', async () => {
    const dir = serverDistDir();
    const cachedAt = Date.now() - 1000;
    tagsManifest.set('_N_T_/tin-tuc/bai-da-go', { expired: Date.now() });
    saveRevalidations(revalidationsFile(dir));
    tagsManifest.clear(); // the process stops; what it kept in memory is gone

    handlerFor(dir); // the first request of the new process
    expect(areTagsExpired(['_N_T_/tin-tuc/bai-da-go'], cachedAt)).toBe(true);
    // a page rendered after the revalidation is fresh
    expect(areTagsExpired(['_N_T_/tin-tuc/bai-da-go'], Date.now() + 1)).toBe(false);
    expect(areTagsExpired(['_N_T_/tin-tuc/bai-khac'], cachedAt)).toBe(false);
  });

  it('forgets revalidations older than a month', () => {
    const dir = serverDistDir();
    tagsManifest.set('_N_T_/cu', { expired: Date.now() - 40 * 24 * 60 * 60 * 1000 });
    tagsManifest.set('_N_T_/moi', { expired: Date.now() });
    saveRevalidations(revalidationsFile(dir));
    expect(Object.keys(JSON.parse(readFileSync(revalidationsFile(dir), 'utf8')))).toEqual(['_N_T_/moi']);
  });
});
