import {defineConfig} from 'vitest/config';
import {simpleStatisticsModules} from '../build/simple-statistics-modules.ts';

// Benchmarks (`npm run bench` → bench/run.mjs): node, one file at a time so timings do not compete.
export default defineConfig({
  resolve: {alias: [simpleStatisticsModules]},
  test: {
    include: [],
    benchmark: {include: ['bench/**/*.bench.ts']},
    environment: 'node',
    fileParallelism: false,
  },
});
