import path from 'node:path';

/** Uploaded media lives under the data directory unless MEDIA_DIR says otherwise. */
export function mediaDirectory(): string {
  // The directory is configuration, not source: keep the bundler from tracing it.
  return path.resolve(/*turbopackIgnore: true*/ process.env.MEDIA_DIR || path.join(process.cwd(), 'data', 'media'));
}
