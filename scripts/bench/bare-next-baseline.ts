// Builds a bare Next.js page (the installed Next.js version, one server-rendered page with
// a 1,000-word article, no client components) in a temporary folder and measures what it
// ships. The portal's client JavaScript is compared against this baseline.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pageWeight, root, run, stopProcess, waitForServer } from './support';

const WORDS = 'Ủy ban nhân dân phường tổ chức hội nghị triển khai nhiệm vụ trọng tâm cho cán bộ và nhân dân trên địa bàn'.split(' ');

export async function measureBareNextPage(port: number): Promise<{ htmlGzip: number; jsGzip: number }> {
  // Inside the project so that Next.js resolves the same installed packages.
  const dir = path.join(root, '.bench', 'bare-next');
  rmSync(dir, { recursive: true, force: true });
  try {
    mkdirSync(path.join(dir, 'app'), { recursive: true });
    writeFileSync(path.join(dir, 'package.json'), '{"private":true}');
    writeFileSync(
      path.join(dir, 'app', 'layout.tsx'),
      'export default function L({children}:{children:React.ReactNode}){return <html lang="vi"><body>{children}</body></html>}',
    );
    const paragraphs = Array.from({ length: 10 }, (_, p) =>
      Array.from({ length: 100 }, (_, i) => WORDS[(p * 100 + i) % WORDS.length]).join(' '),
    );
    writeFileSync(
      path.join(dir, 'app', 'page.tsx'),
      `const paragraphs = ${JSON.stringify(paragraphs)};\nexport default function P(){return <main><h1>Bài viết</h1>{paragraphs.map((t,i)=><p key={i}>{t}</p>)}</main>}`,
    );
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
    run('bare Next.js page: build', path.join(root, 'node_modules', '.bin', 'next'), ['build'], env, dir);
    const child = spawn(path.join(root, 'node_modules', '.bin', 'next'), ['start', '--port', String(port)], {
      cwd: dir,
      env,
      stdio: 'ignore',
      detached: true,
    });
    try {
      await waitForServer(`http://localhost:${port}`, child);
      return await pageWeight(`http://localhost:${port}`, '/');
    } finally {
      await stopProcess(child);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
