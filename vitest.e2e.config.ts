import {defineConfig} from 'vitest/config';
import {simpleStatisticsModules} from './build/simple-statistics-modules.ts';

// End-to-end tests: the built site (dist/) served by `vite preview`, driven in /usr/bin/chromium.
export default defineConfig({
  resolve: {alias: [simpleStatisticsModules]},
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    // Fails a file on any Content-Security-Policy violation of the pages it opened.
    setupFiles: ['test/e2e/csp-guard.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    reporters: ['default'],
  },
});
