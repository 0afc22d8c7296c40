import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { ExportsLastSequencer } from './tests/support/exports-last-sequencer.ts'

export default defineConfig({
  test: {
    // The export checks run last, so they overlap with the export running in the background.
    sequence: { sequencer: ExportsLastSequencer },
    projects: [
      {
        // Fast checks of the deck's sources: no browser, no build.
        plugins: [vue()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        // The exporter against fixture decks with planted faults: each must stop it. Builds its own decks.
        test: {
          name: 'export',
          include: ['tests/export/**/*.test.ts'],
          environment: 'node',
          testTimeout: 240_000,
          fileParallelism: false,
        },
      },
      {
        // The built site and the exported files, in a real Chromium. Builds and exports once.
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
      {
        // The public and presenter builds served by a plain file server and by nginx. Builds once.
        test: {
          name: 'hosting',
          include: ['tests/hosting/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/hosting/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
