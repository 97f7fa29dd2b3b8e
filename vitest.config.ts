import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { LANES } from './tests/e2e/global-setup';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          // tests/e2e/*.test.ts drive real browsers; the stand-in's own unit tests run here.
          exclude: ['tests/e2e/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['tests/setup.ts'],
          // Both cores (vitest's default leaves one free).
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Two test files at a time, each with its own browsers and stand-in (its lane); after
          // the unit tests, as a group of its own (a group has one number of workers).
          maxWorkers: LANES,
          sequence: { groupOrder: 1 },
        },
      },
      {
        // `npm run bench:browser` only: figures, printed side by side, never pass or fail on speed.
        test: {
          name: 'bench',
          include: ['tests/bench/browser/*.bench.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 900_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
