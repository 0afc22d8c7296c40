import { defineConfig } from 'vitest/config'

// Dev-only runner for tests/browser/pacing.test.ts (deleted before handing over).
export default defineConfig({
  test: {
    include: ['tests/browser/pacing.test.ts'],
    environment: 'node',
    globalSetup: ['/tmp/pacing-global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
})
