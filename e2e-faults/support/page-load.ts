// Readers asking for pages in a loop, every answer recorded with its time, so that a test can
// say what readers got during an outage.
export type PageAnswer = { path: string; startedAt: number; ms: number; status: number; cache: string | null };

export type PageLoad = { answers: PageAnswer[]; stop: () => Promise<void> };

export function startPageLoad(baseUrl: string, paths: string[], { concurrency = 6, timeoutMs = 15_000 } = {}): PageLoad {
  const answers: PageAnswer[] = [];
  let running = true;
  let next = 0;
  const lane = async () => {
    while (running) {
      const pagePath = paths[next++ % paths.length];
      const startedAt = Date.now();
      let status = 0;
      let cache: string | null = null;
      try {
        const response = await fetch(baseUrl + pagePath, { signal: AbortSignal.timeout(timeoutMs), headers: { 'user-agent': 'faults-test-reader' } });
        await response.arrayBuffer();
        status = response.status;
        cache = response.headers.get('x-nextjs-cache');
      } catch {
        status = 0;
      }
      answers.push({ path: pagePath, startedAt, ms: Date.now() - startedAt, status, cache });
      if (status === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const lanes = Array.from({ length: concurrency }, lane);
  return {
    answers,
    async stop() {
      running = false;
      await Promise.all(lanes);
    },
  };
}

/** Answers to requests started in [from, to). */
export const answersBetween = (answers: PageAnswer[], from: number, to: number) => answers.filter((a) => a.startedAt >= from && a.startedAt < to);

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
