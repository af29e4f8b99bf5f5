// Derives the PostgreSQL Prisma schema from prisma/schema.prisma, the one source of truth
// of the data model. Run by `npm run db:generate` (and so on every install) and by
// `npm run db:migration`; never edit the derived file. Plain JavaScript so that the
// install script can run it with Node alone.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SOURCE_SCHEMA_PATH = path.join(PROJECT_ROOT, 'prisma', 'schema.prisma');
export const POSTGRESQL_SCHEMA_PATH = path.join(PROJECT_ROOT, 'lib', 'generated', 'postgresql', 'schema.prisma');
const SQLITE_CLIENT_DIR = path.join(PROJECT_ROOT, 'lib', 'generated', 'prisma');
const POSTGRESQL_CLIENT_DIR = path.join(PROJECT_ROOT, 'lib', 'generated', 'prisma-pg');

const HEADER =
  '// GENERATED from prisma/schema.prisma by lib/db/postgresql-schema.mjs (npm run db:generate).\n' +
  '// Do not edit: change prisma/schema.prisma and run `npm run db:migration -- <name>`.\n\n';

/**
 * The PostgreSQL twin of a SQLite schema text: the datasource provider swapped and the
 * client generated into its own folder. Every type the portal uses maps onto both
 * databases, so nothing else changes; a native type attribute (`@db.…`) belongs to one
 * database only and is refused rather than guessed.
 * `sourceDir` and `targetDir` are the folders of the two schema files (generator
 * outputs are relative to them).
 */
export function derivePostgresqlSchema(source, { sourceDir = path.dirname(SOURCE_SCHEMA_PATH), targetDir = path.dirname(POSTGRESQL_SCHEMA_PATH) } = {}) {
  const nativeType = /^[^/\n]*@db\.\w+/m.exec(source);
  if (nativeType) {
    throw new Error(
      `prisma/schema.prisma uses a native database type (${nativeType[0].trim()}): it must stay portable ` +
        'between SQLite and PostgreSQL (see docs/deploy.md).',
    );
  }

  const datasources = [...source.matchAll(/^datasource\s+\w+\s*\{[^}]*\}/gm)];
  if (datasources.length !== 1) throw new Error('prisma/schema.prisma must have exactly one datasource block');
  const [datasource] = datasources;
  const provider = /^\s*provider\s*=\s*"([^"]+)"\s*$/m.exec(datasource[0]);
  if (provider?.[1] !== 'sqlite') {
    throw new Error(`prisma/schema.prisma must use the "sqlite" provider (the PostgreSQL one is derived), found "${provider?.[1]}"`);
  }
  const derivedDatasource = datasource[0].replace(/^(\s*provider\s*=\s*)"sqlite"/m, '$1"postgresql"');

  let generators = 0;
  const withGenerator = source.replace(/^generator\s+\w+\s*\{[^}]*\}/gm, (block) => {
    generators += 1;
    const output = /^(\s*output\s*=\s*)"([^"]+)"\s*$/m.exec(block);
    if (!output) throw new Error('The generator in prisma/schema.prisma needs an `output`');
    if (path.resolve(sourceDir, output[2]) !== SQLITE_CLIENT_DIR) {
      throw new Error(`The generator output must be lib/generated/prisma, found "${output[2]}"`);
    }
    const target = path.relative(targetDir, POSTGRESQL_CLIENT_DIR).split(path.sep).join('/');
    return block.replace(output[0], `${output[1]}"${target}"`);
  });
  if (generators !== 1) throw new Error('prisma/schema.prisma must have exactly one generator block');

  return HEADER + withGenerator.replace(datasource[0], derivedDatasource);
}

/** Writes lib/generated/postgresql/schema.prisma from prisma/schema.prisma; returns its path. */
export function writePostgresqlSchema() {
  const derived = derivePostgresqlSchema(readFileSync(SOURCE_SCHEMA_PATH, 'utf8'));
  mkdirSync(path.dirname(POSTGRESQL_SCHEMA_PATH), { recursive: true });
  writeFileSync(POSTGRESQL_SCHEMA_PATH, derived);
  return POSTGRESQL_SCHEMA_PATH;
}
