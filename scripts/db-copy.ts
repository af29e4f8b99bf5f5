// `npm run db:copy -- --to postgresql://… [--from file:./data/portal.db] [--media-dir ./data/media] [--force]`
// Copies every row of the portal's SQLite database (and its uploaded files) into a
// PostgreSQL database, in one transaction, checking the row counts. See docs/deploy.md.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { copyDatabase } from '../lib/db/copy-database';
import { DEFAULT_DATABASE_URL, databaseKind, sqliteFilePath } from '../lib/db/database-url';

const USAGE =
  'Usage: npm run db:copy -- --to postgresql://user:password@host:5432/portal\n' +
  '         [--from file:./data/portal.db] [--media-dir ./data/media] [--force]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      'media-dir': { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
  const configured = process.env.DATABASE_URL?.trim();
  const from = values.from ?? (configured && databaseKind(configured) === 'sqlite' ? configured : DEFAULT_DATABASE_URL);
  const to = values.to ?? (configured && databaseKind(configured) === 'postgresql' ? configured : undefined);
  if (!to) throw new Error(`Say where to copy to.\n${USAGE}`);
  if (databaseKind(from) === 'sqlite' && !existsSync(sqliteFilePath(from))) {
    throw new Error(`There is no SQLite database at ${sqliteFilePath(from)}.\n${USAGE}`);
  }
  const mediaDir = path.resolve(values['media-dir'] ?? process.env.MEDIA_DIR ?? path.join('data', 'media'));

  console.log(`Copying ${databaseKind(from) === 'sqlite' ? sqliteFilePath(from) : 'the source database'} into PostgreSQL…`);
  const report = await copyDatabase({ from, to, force: values.force, mediaDir, log: (line) => console.log(`  ${line}`) });
  const total = report.tables.reduce((sum, table) => sum + table.rows, 0);
  console.log(`Done: ${total} rows in ${report.tables.length} tables, ${report.mediaFilesEmbedded} uploaded file(s) moved into the database.`);
  if (report.mediaFilesMissing.length > 0) {
    console.warn(`Warning: no file under ${mediaDir} for ${report.mediaFilesMissing.length} media row(s): ${report.mediaFilesMissing.join(', ')}`);
  }
}

main().catch((error: unknown) => {
  console.error(`Copy failed, no row was copied: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
