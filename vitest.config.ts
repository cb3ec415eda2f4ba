import {defineConfig} from 'vitest/config';
import {simpleStatisticsModules} from './build/simple-statistics-modules.ts';

// Unit tests: pure logic in node, Lit components under happy-dom (per-file docblock).
export default defineConfig({
  resolve: {alias: [simpleStatisticsModules]},
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/unit/setup.ts'],
  },
});
