// Runs Prisma Migrate through Prisma's schema engine compiled to WebAssembly.
//
// PINNED: @prisma/schema-engine-wasm@7.10.0-4.0edf323efd1d98336f3f0a68684b56f689b900d3,
// the build that belongs to @prisma/client 7.10.0. The Prisma 7 CLI cannot download its
// native schema engine on our offline machines, so `prisma migrate` is unusable there;
// the wasm engine does the same work through a driver adapter. Its JS API is internal to
// Prisma (no semver promise), so this is the only file that touches it, and
// schema-engine.test.ts checks it. Upgrading Prisma means upgrading this package to the
// build of the same engine commit and re-running that test. The calling conventions
// (migrations list, lockfile, schema container, filters, lock file text, migration name
// slug) are copied from the Prisma 7.10 CLI (node_modules/prisma/build/cli.js), so the
// files written here are the ones `prisma migrate dev` would write and the
// `_prisma_migrations` table is the one `prisma migrate deploy` would keep.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  bindMigrationAwareSqlAdapterFactory,
  type ErrorRegistry,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type {
  MigrationList,
  SchemaEngine,
  SchemaFilter,
  SchemasContainer,
} from '@prisma/schema-engine-wasm';
import { databaseKind, databaseUrl, type DatabaseKind } from './database-url';
import { externalTables, withRecreatedTriggers } from './hand-written-schema';
import { createPostgresMigrationAdapterFactory } from './postgresql-adapter';
import { POSTGRESQL_SCHEMA_PATH } from './postgresql-schema.mjs';
import { createSqliteAdapterFactory } from './sqlite-adapter';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** SQLite migrations (the embedded default). */
export const DEFAULT_MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'prisma', 'migrations');
export const DEFAULT_SCHEMA_PATH = path.join(PROJECT_ROOT, 'prisma', 'schema.prisma');
/** PostgreSQL migrations, made from the same schema changes as the SQLite ones. */
export const POSTGRESQL_MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'prisma', 'migrations-postgresql');
/** Derived from prisma/schema.prisma by `npm run db:generate` (lib/db/postgresql-schema.mjs). */
export { POSTGRESQL_SCHEMA_PATH };

/** The migrations folder and schema file that belong to a database kind. */
export function migrationSources(kind: DatabaseKind): { migrationsDir: string; schemaPath: string } {
  return kind === 'postgresql'
    ? { migrationsDir: POSTGRESQL_MIGRATIONS_DIR, schemaPath: POSTGRESQL_SCHEMA_PATH }
    : { migrationsDir: DEFAULT_MIGRATIONS_DIR, schemaPath: DEFAULT_SCHEMA_PATH };
}

// The engine commit of the pinned package, as its version() reports it.
const PINNED_ENGINE_COMMIT = '0edf323efd1d98336f3f0a68684b56f689b900d3';
const LOCKFILE_NAME = 'migration_lock.toml';
const MIGRATION_FILE_NAME = 'migration.sql';
// Tables created by hand-written migrations (the search index) are not in the schema: the
// engine must neither drop them nor count them as drift. Each database has its own.
function filtersFor(url: string): SchemaFilter {
  return { externalTables: externalTables(databaseKind(url)), externalEnums: [] };
}

export interface MigrateOptions {
  /** Database URL; defaults to DATABASE_URL (see database-url.ts). */
  url?: string;
  /**
   * Folder of `<timestamp>_<name>/migration.sql`; defaults to this project's folder for the
   * kind of database (prisma/migrations or prisma/migrations-postgresql).
   */
  migrationsDir?: string;
  /** Receives progress and warnings, one line at a time. */
  log?: (line: string) => void;
}

export interface CreateMigrationOptions extends MigrateOptions {
  /**
   * The Prisma schema the migration must reach; defaults to prisma/schema.prisma, or its
   * derived PostgreSQL twin on PostgreSQL.
   */
  schemaPath?: string;
  /**
   * The migration's folder name instead of the engine's `<UTC timestamp>_<name>`, so that
   * the SQLite and PostgreSQL migrations of one schema change carry the same name.
   */
  directoryName?: string;
}

/**
 * Applies the migrations of `migrationsDir` that the database has not run yet, like
 * `prisma migrate deploy`. Running it again applies nothing. Refuses to touch a database
 * whose history has a failed migration or migrations this code base does not know.
 */
export async function applyMigrations(options: MigrateOptions = {}): Promise<{ applied: string[] }> {
  const migrationsDir = path.resolve(options.migrationsDir ?? migrationSources(databaseKind(options.url ?? databaseUrl())).migrationsDir);
  const migrationsList = await readMigrationsList(migrationsDir);
  if (migrationsList.migrationDirectories.length === 0) {
    // Most likely a wrong working copy or path: saying "up to date" would hide it.
    throw new Error(`No migrations found in ${migrationsDir}`);
  }
  return withEngine(options, undefined, (engine, filters) => applyPending(engine, filters, migrationsList, options.log));
}

/**
 * Like `prisma migrate dev --create-only` followed by applying the result: brings the
 * (development) database up to date, writes
 * `<migrationsDir>/<YYYYMMDDHHMMSS>_<name>/migration.sql` (and `migration_lock.toml`) for
 * the difference between the migrations and the schema, then applies it.
 * Returns null and writes nothing when the schema has no changes.
 */
export async function createMigration(
  name: string,
  options: CreateMigrationOptions = {},
): Promise<{ directory: string } | null> {
  const migrationName = normalizeMigrationName(name);
  if (options.directoryName !== undefined && !new RegExp(`^\\d{14}_${migrationName}$`).test(options.directoryName)) {
    throw new Error(`Invalid migration folder name "${options.directoryName}": expected <YYYYMMDDHHMMSS>_${migrationName}`);
  }
  const defaults = migrationSources(databaseKind(options.url ?? databaseUrl()));
  const migrationsDir = path.resolve(options.migrationsDir ?? defaults.migrationsDir);
  const schemaPath = path.resolve(options.schemaPath ?? defaults.schemaPath);
  const schema: SchemasContainer = {
    files: [{ path: schemaPath, content: await readFile(schemaPath, 'utf-8') }],
  };
  const log = options.log ?? (() => {});

  return withEngine(options, schema, async (engine, filters) => {
    // The engine's dev diagnostic needs the migrations table to exist, which the first
    // applyMigrations creates.
    await applyPending(engine, filters, await readMigrationsList(migrationsDir), log);

    let migrationsList = await readMigrationsList(migrationsDir);
    const { action } = await engine.devDiagnostic({ migrationsList, filters });
    if (action.tag === 'reset') {
      throw new Error(
        `The development database cannot take a new migration: ${action.reason}\n` +
          'Delete the development database (or point DATABASE_URL at a new file) and run again.',
      );
    }

    const dataLoss = await engine.evaluateDataLoss({ migrationsList, schema, filters });
    for (const step of dataLoss.unexecutableSteps) {
      log(`Cannot be executed as is (step ${step.stepIndex}): ${step.message}`);
    }
    for (const warning of dataLoss.warnings) log(`Warning (step ${warning.stepIndex}): ${warning.message}`);

    const created = await engine.createMigration({
      migrationName,
      draft: false,
      migrationsList,
      schema,
      filters,
    });
    if (created.migrationScript === null) return null;

    const directory = path.join(migrationsDir, options.directoryName ?? created.generatedMigrationName);
    await writeMigration({
      directory,
      fileName: `migration.${created.extension}`,
      // SQLite rebuilds tables (and loses their triggers); PostgreSQL alters them in place.
      script: created.connectorType === 'sqlite' ? await withRecreatedTriggers(created.migrationScript) : created.migrationScript,
      lockfilePath: path.join(migrationsDir, migrationsList.lockfile.path),
      connectorType: created.connectorType,
    });
    log(`Created ${path.relative(process.cwd(), directory) || directory}`);

    migrationsList = await readMigrationsList(migrationsDir);
    await applyPending(engine, filters, migrationsList, log);
    return { directory };
  });
}

/**
 * The directory-name suffix Prisma's CLI derives from a migration name
 * (slugify with "_" as separator, at most 200 characters).
 * Throws when the name is not made of lowercase letters, digits, "_" and "-".
 */
export function normalizeMigrationName(name: string): string {
  if (!/^[a-z0-9_-]+$/.test(name)) {
    throw new Error(`Invalid migration name "${name}": use lowercase letters, digits, "_" and "-"`);
  }
  const slug = name.replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 200);
  if (!slug) throw new Error(`Invalid migration name "${name}": it needs at least one letter or digit`);
  return slug;
}

async function applyPending(
  engine: SchemaEngine,
  filters: SchemaFilter,
  migrationsList: MigrationList,
  log: ((line: string) => void) | undefined,
): Promise<{ applied: string[] }> {
  await assertHistoryIsSound(engine, filters, migrationsList, log);
  const { appliedMigrationNames } = await engine
    .applyMigrations({ migrationsList, filters })
    .catch(async (error: unknown) => {
      // The engine's message is the database's alone ("no such table …"): name the migration.
      const diagnosis = await engine
        .diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters })
        .catch(() => null);
      const failed = diagnosis?.failedMigrationNames ?? [];
      if (error instanceof Error && failed.length > 0) {
        error.message =
          `Migration ${failed.join(', ')} failed: ${error.message}\n` +
          'It is recorded as failed in _prisma_migrations; statements before the failing one may have run.';
      }
      throw error;
    });
  for (const migration of appliedMigrationNames) log?.(`Applied ${migration}`);
  return { applied: appliedMigrationNames };
}

// The engine's applyMigrations stops at a failed migration but happily runs new ones on a
// database that has applied migrations we do not have; a deploy must refuse both.
async function assertHistoryIsSound(
  engine: SchemaEngine,
  filters: SchemaFilter,
  migrationsList: MigrationList,
  log: ((line: string) => void) | undefined,
): Promise<void> {
  const diagnosis = await engine
    .diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters })
    .catch((error: unknown) => {
      // A new database has no history to check (the wasm engine throws instead of
      // reporting `hasMigrationsTable: false`).
      if (isMissingMigrationsTable(error)) return null;
      throw error;
    });
  if (!diagnosis) return;
  if (diagnosis.failedMigrationNames.length > 0) {
    throw new Error(
      `Migration ${diagnosis.failedMigrationNames.join(', ')} failed earlier on this database. ` +
        'Repair the database by hand, then mark the migration as rolled back (set rolled_back_at ' +
        'on its row in _prisma_migrations, or run `prisma migrate resolve --rolled-back <name>` ' +
        'where the Prisma CLI works) so that it runs again.',
    );
  }
  const history = diagnosis.history;
  if (history?.diagnostic === 'migrationsDirectoryIsBehind') {
    throw new Error(
      `The database has migrations that ${migrationsList.baseDir} does not have: ` +
        `${history.unpersistedMigrationNames.join(', ')}. Is this an older version of the code?`,
    );
  }
  if (history?.diagnostic === 'historiesDiverge') {
    const since = history.lastCommonMigrationName
      ? `after ${history.lastCommonMigrationName}`
      : 'from the first migration on';
    throw new Error(
      `The migration history of the database diverges from ${migrationsList.baseDir} ${since}: ` +
        `the database has ${history.unpersistedMigrationNames.join(', ')}, ` +
        `the folder has ${history.unappliedMigrationNames.join(', ')}.`,
    );
  }
  for (const migration of diagnosis.editedMigrationNames) {
    // `prisma migrate deploy` ignores this too: the change never reaches this database.
    log?.(`Warning: ${migration}/migration.sql was changed after it was applied to this database`);
  }
}

function isMissingMigrationsTable(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error as Error & { code?: unknown }).code === 'P1014' &&
    error.message.includes('_prisma_migrations')
  );
}

/** Reads the migrations folder exactly as the Prisma CLI does (missing folder = no migrations). */
async function readMigrationsList(migrationsDir: string): Promise<MigrationList> {
  const lockfileContent = await readFile(path.join(migrationsDir, LOCKFILE_NAME), 'utf-8').catch(() => null);
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const migrationDirectories = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory())
      .map(async (entry) => ({
        path: entry.name,
        migrationFile: {
          path: MIGRATION_FILE_NAME,
          content: await readFile(path.join(migrationsDir, entry.name, MIGRATION_FILE_NAME), 'utf-8').then(
            (value) => ({ tag: 'ok' as const, value }),
            (error: Error) => ({ tag: 'error' as const, value: error.message }),
          ),
        },
      })),
  );
  migrationDirectories.sort((a, b) => a.path.localeCompare(b.path));
  return {
    baseDir: migrationsDir,
    lockfile: { path: LOCKFILE_NAME, content: lockfileContent },
    migrationDirectories,
    shadowDbInitScript: '',
  };
}

async function writeMigration(migration: {
  directory: string;
  fileName: string;
  script: string;
  lockfilePath: string;
  connectorType: string;
}): Promise<void> {
  // mkdir without `recursive` on the leaf: an existing directory must not be overwritten.
  await mkdir(path.dirname(migration.directory), { recursive: true });
  await mkdir(migration.directory);
  await writeFile(path.join(migration.directory, migration.fileName), migration.script, 'utf-8');
  await writeFile(
    migration.lockfilePath,
    '# Please do not edit this file manually\n' +
      '# It should be added in your version-control system (e.g., Git)\n' +
      `provider = "${migration.connectorType}"\n`,
    'utf-8',
  );
}

/** The one place that picks a driver adapter for the engine. */
function createAdapterFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  const kind = databaseKind(url);
  switch (kind) {
    case 'sqlite':
      return createSqliteAdapterFactory(url);
    case 'postgresql':
      return createPostgresMigrationAdapterFactory(url);
    default: {
      const unsupported: never = kind;
      throw new Error(`Unsupported database kind: ${String(unsupported)}`);
    }
  }
}

/**
 * Opens an engine on the database, runs `work`, then frees the engine and closes every
 * connection it opened: `free()` leaves them open, and on SQLite the engine has switched
 * its connection to `locking_mode=EXCLUSIVE`, so the app could not use the file until
 * this process ends (a network database would also keep the process alive).
 */
async function withEngine<T>(
  options: MigrateOptions,
  schema: SchemasContainer | undefined,
  work: (engine: SchemaEngine, filters: SchemaFilter) => Promise<T>,
): Promise<T> {
  const url = options.url ?? databaseUrl();
  const factory = createAdapterFactory(url);
  const connections: SqlDriverAdapter[] = [];
  const tracked = (connect: () => Promise<SqlDriverAdapter>) => async () => {
    const connection = await connect();
    connections.push(connection);
    return acceptingScriptsInExecuteRaw(connection);
  };
  const trackingFactory: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: tracked(() => factory.connect()),
    connectToShadowDb: tracked(() => factory.connectToShadowDb()),
  };

  const boundFactory = bindMigrationAwareSqlAdapterFactory(trackingFactory);
  const rethrow = (error: unknown): never => rethrowEngineError(error, boundFactory.errorRegistry);

  const { SchemaEngine } = await loadWasmEngine();
  let engine: SchemaEngine | undefined;
  try {
    engine = await SchemaEngine.new(
      { datamodels: schema?.files.map((file) => [file.path, file.content] as [string, string]) },
      () => {},
      boundFactory,
    ).catch(rethrow);
    return await work(engine, filtersFor(url)).catch(rethrow);
  } finally {
    engine?.free();
    await Promise.allSettled(connections.map((connection) => connection.dispose()));
  }
}

/**
 * To build the shadow database the engine sends each migration.sql, several statements,
 * through `executeRaw`, which better-sqlite3 refuses ("The supplied SQL string contains
 * more than one statement"); the main database gets them through `executeScript`. Such a
 * script (it has no parameters) goes to `executeScript` here too.
 */
function acceptingScriptsInExecuteRaw(connection: SqlDriverAdapter): SqlDriverAdapter {
  const wrapped: SqlDriverAdapter = {
    provider: connection.provider,
    adapterName: connection.adapterName,
    queryRaw: (query) => connection.queryRaw(query),
    executeRaw: async (query) => {
      try {
        return await connection.executeRaw(query);
      } catch (error) {
        // better-sqlite3 and PostgreSQL's extended protocol both refuse several statements
        const isScript =
          query.args.length === 0 &&
          error instanceof Error &&
          /more than one statement|cannot insert multiple commands into a prepared statement/.test(error.message);
        if (!isScript) throw error;
        await connection.executeScript(query.sql);
        return 0;
      }
    },
    executeScript: (script) => connection.executeScript(script),
    startTransaction: (isolationLevel) => connection.startTransaction(isolationLevel),
    dispose: () => connection.dispose(),
  };
  if (connection.getConnectionInfo) wrapped.getConnectionInfo = () => connection.getConnectionInfo!();
  return wrapped;
}

/**
 * The engine reports a JavaScript error thrown inside the driver adapter only as
 * "External error id#N"; the error itself waits in the adapter's registry.
 */
function rethrowEngineError(error: unknown, registry: ErrorRegistry): never {
  if (error instanceof Error) {
    const externalId = /External error id#(\d+)/.exec(error.message)?.[1];
    const external = externalId === undefined ? undefined : registry.consumeError(Number(externalId))?.error;
    if (external !== undefined) {
      const detail = external instanceof Error ? external.message : String(external);
      error.message = error.message.replace(`External error id#${externalId}`, detail);
      if (!error.cause) error.cause = external;
    }
    throw error;
  }
  if (typeof error === 'string') throw new Error(error);
  if (error && typeof error === 'object' && 'message' in error && typeof error.message === 'string') {
    throw new Error(error.message, { cause: error });
  }
  throw new Error(`Schema engine error: ${JSON.stringify(error)}`, { cause: error });
}

type WasmBindings = typeof import('@prisma/schema-engine-wasm') & {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

let wasmEngine: Promise<WasmBindings> | undefined;

// The package's entry point does `import * as wasm from './schema_engine_bg.wasm'`, which
// Node 20 cannot load; this does by hand what that entry point does (schema_engine.js).
function loadWasmEngine(): Promise<WasmBindings> {
  wasmEngine ??= (async () => {
    const require = createRequire(import.meta.url);
    const bindingsPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bindings = (await import(pathToFileURL(bindingsPath).href)) as WasmBindings;
    const wasmBytes = await readFile(path.join(path.dirname(bindingsPath), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(wasmBytes, {
      './schema_engine_bg.js': withUnrefTimers(bindings as unknown as WebAssembly.ModuleImports),
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    if (bindings.version() !== PINNED_ENGINE_COMMIT) {
      throw new Error(
        `@prisma/schema-engine-wasm is engine ${bindings.version()}, but lib/db/schema-engine.ts was ` +
          `written and tested for ${PINNED_ENGINE_COMMIT}: check its calls against the new API first.`,
      );
    }
    return bindings;
  })();
  wasmEngine.catch(() => {
    wasmEngine = undefined;
  });
  return wasmEngine;
}

// The engine arms a setTimeout for each timeout it races against (10 s for PostgreSQL's
// migration lock) and never clears it; a finished command would keep the process alive
// until the timer fires. Unref'd, such a timer no longer holds the process open.
function withUnrefTimers(imports: WebAssembly.ModuleImports): WebAssembly.ModuleImports {
  const wrapped: WebAssembly.ModuleImports = { ...imports };
  for (const [name, value] of Object.entries(imports)) {
    if (name.startsWith('__wbg_setTimeout_') && typeof value === 'function') {
      wrapped[name] = (...args: unknown[]) => {
        const timer = value(...args) as ReturnType<typeof setTimeout>;
        timer.unref?.();
        return timer;
      };
    }
  }
  return wrapped;
}
