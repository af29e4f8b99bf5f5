import path from 'node:path';
import type { NextConfig } from 'next';
import { EDITOR_BODY_LIMIT_BYTES } from './lib/http/body-limits';
import { securityHeaders } from './lib/security/security-headers';

// With REDIS_URL, every instance shares one ISR / data cache in Redis (lib/cache/cache-handler.mjs);
// without it (the embedded default) Next.js keeps its cache on this machine's disk
// (lib/cache/file-cache-handler.mjs, which also keeps revalidations across restarts). Neither
// stores a 404 for an address that never existed.
const sharedCache = Boolean(process.env.REDIS_URL?.trim());

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The portal's own server (scripts/serve.mjs) compresses, after it has added each page's
  // script hashes to the Content-Security-Policy.
  compress: false,
  reactStrictMode: true,
  // Native modules stay out of the server bundle and load from node_modules.
  serverExternalPackages: ['better-sqlite3'],
  cacheHandler: path.resolve(process.cwd(), sharedCache ? 'lib/cache/cache-handler.mjs' : 'lib/cache/file-cache-handler.mjs'),
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders(process.env.SITE_URL) }];
  },
  // Page 1 of a category has one address; a static rule, so no render is needed to answer it.
  async redirects() {
    return [{ source: '/chuyen-muc/:slug/trang/1', destination: '/chuyen-muc/:slug', permanent: true }];
  },
  experimental: {
    // Server actions carry article bodies and image uploads (up to 5 MB, lib/media/upload-image.ts).
    // The proxy refuses larger bodies first, with a 413 (lib/http/body-limits.ts): past this limit
    // Next.js itself would answer with a server error.
    serverActions: { bodySizeLimit: EDITOR_BODY_LIMIT_BYTES },
  },
  images: {
    localPatterns: [{ pathname: '/media/**' }],
    formats: ['image/avif', 'image/webp'],
  },
};

export default nextConfig;
