export const DEFAULT_TEST_POSTGRES_URL: string;
export function testPostgresUrl(): string;
export function urlWithDatabase(url: string, database: string): string;
export function displayUrl(url: string): string;
export function assertPostgresReachable(url?: string): Promise<void>;
export type ThrowawayDatabase = { name: string; url: string; drop: () => Promise<void> };
export function createThrowawayDatabase(purpose?: string, serverUrl?: string): Promise<ThrowawayDatabase>;
export function dropDatabase(name: string, serverUrl?: string): Promise<void>;
