export const SOURCE_SCHEMA_PATH: string;
export const POSTGRESQL_SCHEMA_PATH: string;
export function derivePostgresqlSchema(source: string, dirs?: { sourceDir?: string; targetDir?: string }): string;
export function writePostgresqlSchema(): string;
