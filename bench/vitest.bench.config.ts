import {defineConfig} from 'vitest/config';

// Benchmarks (`npm run bench` → bench/run.mjs): node, one file at a time so timings do not compete.
export default defineConfig({
  test: {
    include: [],
    benchmark: {include: ['bench/**/*.bench.ts']},
    environment: 'node',
    fileParallelism: false,
  },
});
