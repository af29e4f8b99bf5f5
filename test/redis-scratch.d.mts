export const DEFAULT_TEST_REDIS_URL: string;
export function testRedisUrl(): string;
export function uniqueRedisPrefix(purpose?: string): string;
export function assertRedisReachable(url?: string): Promise<void>;
export function deleteRedisKeys(prefix: string, url?: string): Promise<void>;
