import {defineConfig} from 'vitest/config';

// Unit tests: pure logic in node, Lit components under happy-dom (per-file docblock).
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/unit/setup.ts'],
  },
});
