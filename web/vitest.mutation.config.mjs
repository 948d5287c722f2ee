// The unit tests that cover the logic Stryker mutates (stryker.config.mjs): the pure modules of
// src/lib and the feature models. They run in Node with a small stand-in for the browser
// (src/test/node-setup.ts) rather than jsdom, whose start-up per test file would dominate a
// mutation run; a test of a hook opts into jsdom with a `// @vitest-environment jsdom` comment.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    globals: true,
    isolate: false,
    setupFiles: ['./src/test/node-setup.ts'],
    include: ['src/lib/**/*.test.ts', 'src/features/**/*-model*.test.ts', 'src/features/**/*models*.test.ts'],
    testTimeout: 20_000,
  },
});
