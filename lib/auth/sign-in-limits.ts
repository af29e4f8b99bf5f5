import { createRateLimiter, type RateLimitRule } from '@/lib/security/rate-limit';

/**
 * Failed sign-ins allowed per account (whatever the address they come from) and per IP
 * address (whatever the account they try), in a sliding quarter of an hour. An office
 * behind one address, where many staff mistype, stays well under the IP limit; a guesser
 * gets five tries per account and twenty per address.
 */
export const ACCOUNT_RULE: RateLimitRule = { points: 5, durationSeconds: 15 * 60 };
export const IP_RULE: RateLimitRule = { points: 20, durationSeconds: 15 * 60 };

export const accountLimiter = () => createRateLimiter('sign-in-account', ACCOUNT_RULE);
export const ipLimiter = () => createRateLimiter('sign-in-ip', IP_RULE);
