import {defineConfig} from 'vitest/config';
import {simpleStatisticsModules} from '../build/simple-statistics-modules.ts';

// The browser measurements of `npm run bench` (bench/run.mjs): the built site and the bare maplibre
// page in headless Chromium. Not part of `npm test`: they measure, they do not assert.
export default defineConfig({
  resolve: {alias: [simpleStatisticsModules]},
  test: {
    include: ['bench/**/*.measure.ts'],
    environment: 'node',
    testTimeout: 600_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
