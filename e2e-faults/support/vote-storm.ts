// Many readers voting at once through POST /api/danh-gia, each from an address of its own.
// The portal limits votes per client address (lib/ratings/voting-rules.ts), and the address
// is the last X-Forwarded-For entry, which the server fills from the socket when a request
// has none (lib/ratings/client-signals.ts). Every vote therefore leaves from its own loopback
// address (Linux routes all of 127.0.0.0/8 to this machine) and names the same address in
// X-Forwarded-For, so that each counts as a different reader however the server reads it.
import http from 'node:http';

export type VoteRecord = {
  /** sequence number of the vote in the storm; the reader's address derives from it */
  n: number;
  stars: number;
  /** HTTP status, or 0 when no answer came (refused connection, reset, timeout) */
  status: number;
  /** the voter id from the cookie the server set: present on an acknowledged new vote */
  voterId: string | null;
  sentAt: number;
  answeredAt: number;
  message?: string;
};

export type VoteStorm = {
  /** every vote sent so far, answered or not */
  records: VoteRecord[];
  /** votes the portal acknowledged: 201 with a voter cookie */
  acknowledged: () => VoteRecord[];
  stop: () => Promise<void>;
};

const addressOf = (n: number) => `127.${1 + ((n >> 16) & 127)}.${(n >> 8) & 255}.${1 + (n & 127)}`;
export const starsOf = (n: number) => (n % 5) + 1;

/** One reader's vote; resolves with what the portal answered (never rejects). */
export function castOneVote(baseUrl: string, articleId: string, n: number, timeoutMs = 30_000): Promise<VoteRecord> {
  const url = new URL('/api/danh-gia', baseUrl);
  const address = addressOf(n);
  const body = JSON.stringify({ articleId, stars: starsOf(n) });
  const record: VoteRecord = { n, stars: starsOf(n), status: 0, voterId: null, sentAt: Date.now(), answeredAt: 0 };
  return new Promise((resolve) => {
    const done = (update: Partial<VoteRecord>) => {
      Object.assign(record, update, { answeredAt: Date.now() });
      resolve(record);
    };
    const request = http.request(
      {
        host: '127.0.0.1',
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress: address,
        agent: false,
        timeout: timeoutMs,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'x-forwarded-for': address,
          'user-agent': 'faults-test-reader',
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', (error) => done({ status: 0, message: error.message }));
        response.on('end', () => {
          const cookie = (response.headers['set-cookie'] ?? []).find((c) => c.startsWith('ph_voter='));
          const voterId = cookie ? (/^ph_voter=v1\.([A-Za-z0-9_-]{22})\./.exec(cookie)?.[1] ?? null) : null;
          let message: string | undefined;
          try {
            message = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { message?: string }).message;
          } catch {
            message = undefined;
          }
          done({ status: response.statusCode ?? 0, voterId, message });
        });
      },
    );
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', (error) => done({ status: 0, message: error.message }));
    request.end(body);
  });
}

/**
 * Keeps `concurrency` votes in flight on `articleId` until stopped, each from a new reader
 * (numbered from `firstVoter`), pausing `pauseMs` between a reader's answer and the next.
 */
export function startVoteStorm(
  baseUrl: string,
  articleId: string,
  { concurrency = 20, firstVoter = 0, pauseMs = 0 }: { concurrency?: number; firstVoter?: number; pauseMs?: number } = {},
): VoteStorm {
  const records: VoteRecord[] = [];
  let next = firstVoter;
  let running = true;
  const lane = async () => {
    while (running) {
      const record = castOneVote(baseUrl, articleId, next++);
      const answered = await record;
      records.push(answered);
      if (answered.status === 0) await new Promise((resolve) => setTimeout(resolve, 50));
      if (pauseMs) await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  };
  const lanes = Array.from({ length: concurrency }, lane);
  return {
    records,
    acknowledged: () => records.filter((r) => r.status === 201 && r.voterId),
    async stop() {
      running = false;
      await Promise.all(lanes);
    },
  };
}
