// The limits that keep ratings honest, in one place (the privacy note quotes them).

/** Votes one network (IPv4 address or IPv6 /64) may send per minute. */
export const VOTES_PER_ADDRESS_PER_MINUTE = 30;

/**
 * How many readers without a cookie of ours one fingerprint (network + browser) may add to an
 * article's count per day. Clearing cookies to vote again runs into it; a few readers sharing
 * an office connection and a browser version do not. Further votes are kept but not counted.
 */
export const NEW_VOTERS_PER_FINGERPRINT_PER_DAY = 5;
