// Preloaded into a benchmark's server (NODE_OPTIONS=--require): appends the process's memory
// every second to BENCH_MEMORY_LOG, because only the process itself knows its V8 heap.
// Line: epoch ms, pid, rss, heapUsed, heapTotal, external (bytes).
const { appendFileSync } = require('node:fs');

const file = process.env.BENCH_MEMORY_LOG;
if (file) {
  const sample = () => {
    const memory = process.memoryUsage();
    appendFileSync(file, `${Date.now()} ${process.pid} ${memory.rss} ${memory.heapUsed} ${memory.heapTotal} ${memory.external}\n`);
  };
  setInterval(sample, 1000).unref();
}
