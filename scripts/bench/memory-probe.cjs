// Preloaded into a benchmark's server (NODE_OPTIONS=--require): appends the process's memory
// every second to BENCH_MEMORY_LOG, because only the process itself knows its V8 heap. With
// --expose-gc, SIGUSR2 runs a full collection first and logs what survived it (the live heap),
// which tells a leak from garbage not yet collected.
// Line: epoch ms, pid, rss, heapUsed, heapTotal, external (bytes), "tick" or "gc", pause (ms),
// the longest event-loop delay since the previous line (ms).
const { appendFileSync } = require('node:fs');
const { monitorEventLoopDelay } = require('node:perf_hooks');

const file = process.env.BENCH_MEMORY_LOG;
if (file) {
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const sample = (event, pauseMs = 0) => {
    const memory = process.memoryUsage();
    const delayMs = Math.round(loopDelay.max / 1e6);
    loopDelay.reset();
    appendFileSync(file, `${Date.now()} ${process.pid} ${memory.rss} ${memory.heapUsed} ${memory.heapTotal} ${memory.external} ${event} ${pauseMs} ${delayMs}\n`);
  };
  setInterval(() => sample('tick'), 1000).unref();
  if (typeof globalThis.gc === 'function') {
    process.on('SIGUSR2', () => {
      const started = performance.now();
      globalThis.gc();
      sample('gc', Math.round(performance.now() - started));
    });
  }
}
