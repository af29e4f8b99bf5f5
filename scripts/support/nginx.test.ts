import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { requireNginx } from './nginx.mjs';

const deploy = path.join(process.cwd(), 'deploy', 'nginx');
const work = mkdtempSync(path.join(tmpdir(), 'nginx-config-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('deploy/nginx/portal.conf, the configuration operators install', () => {
  it('is accepted by nginx as written (paths moved to a scratch folder)', () => {
    // As docs/deploy.md says: the folder copied to /etc/nginx/portal/, portal.conf included in http { }.
    const installed = path.join(work, 'portal');
    cpSync(deploy, installed, { recursive: true });
    const site = readFileSync(path.join(installed, 'portal.conf'), 'utf8')
      .replaceAll('/etc/nginx/portal/', `${installed}/`)
      .replaceAll('/var/cache/nginx/portal', path.join(work, 'cache'))
      .replace(/listen \[::\]:80;\n/, '');
    writeFileSync(path.join(installed, 'portal.conf'), site);
    const main = path.join(work, 'nginx.conf');
    writeFileSync(
      main,
      `pid ${work}/nginx.pid;\nerror_log ${work}/error.log;\nevents {}\nhttp {\n  access_log off;\n  proxy_temp_path ${work}/proxy;\n  include ${installed}/portal.conf;\n}\n`,
    );
    const check = spawnSync(requireNginx(), ['-t', '-p', work, '-c', main], { encoding: 'utf8' });
    expect(check.stderr).toContain('test is successful');
    expect(check.status).toBe(0);
  });

  it('keeps the micro-cache rules the issue asks for', () => {
    const locations = readFileSync(path.join(deploy, 'portal-locations.conf'), 'utf8');
    for (const rule of [
      'proxy_cache_valid 200 301 302 308 404 410 1s;',
      'proxy_cache_use_stale updating',
      'proxy_cache_background_update on;',
      'proxy_cache_lock on;',
      'proxy_cache_bypass $portal_bypass_cache;',
    ]) {
      expect(locations).toContain(rule);
    }
  });
});
