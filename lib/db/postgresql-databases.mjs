// PostgreSQL database URLs, and throwaway databases for tests, benchmarks and
// `npm run db:migration`: each run creates databases of its own (named after the process
// and a random suffix) and drops them afterwards, so parallel runs never meet. Plain
// JavaScript so that the Node scripts (e2e server, test runner) use it as well as the
// TypeScript code.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const DEFAULT_TEST_POSTGRES_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

/** A PostgreSQL server (any database on it) where throwaway databases may be created. */
export function testPostgresUrl() {
  return process.env.TEST_POSTGRES_URL?.trim() || DEFAULT_TEST_POSTGRES_URL;
}

/** `url` with its database name replaced by `database`. */
export function urlWithDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** The URL without its password, for messages. */
export function displayUrl(url) {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Fails with a message that says what to do when the server cannot be reached or may not
 * create databases: the PostgreSQL tests are part of `npm test` and never skip silently.
 */
export async function assertPostgresReachable(url = testPostgresUrl()) {
  try {
    await withClient(url, async (client) => {
      const { rows } = await client.query('SELECT rolcreatedb OR rolsuper AS can FROM pg_roles WHERE rolname = current_user');
      if (!rows[0]?.can) throw new Error('the user may not create databases (CREATEDB)');
    });
  } catch (error) {
    throw new Error(
      `PostgreSQL is needed for this test run but ${displayUrl(url)} cannot be used: ${error.message}.\n` +
        'Start PostgreSQL (the tests expect it at 127.0.0.1:5432, user postgres) or set TEST_POSTGRES_URL ' +
        'to a server where this user may create databases.',
      { cause: error },
    );
  }
}

/** A new, empty database; `drop()` removes it (closing any connection left open). */
export async function createThrowawayDatabase(purpose = 'test', serverUrl = testPostgresUrl()) {
  if (!/^[a-z][a-z0-9_]*$/.test(purpose)) throw new Error(`Invalid database purpose "${purpose}"`);
  const name = `portal_${purpose}_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  return {
    name,
    url: urlWithDatabase(serverUrl, name),
    drop: () => dropDatabase(name, serverUrl),
  };
}

export async function dropDatabase(name, serverUrl = testPostgresUrl()) {
  await withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
