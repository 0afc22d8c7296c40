import { describe, expect, it } from 'vitest'
import { assertKnownSlidev, installedSlidevVersion, KNOWN_SLIDEV_VERSION, UnknownSlidevError } from '../../scripts/lib/slidev-internals.ts'

describe('scripts/lib/slidev-internals.ts (the one adapter to Slidev internals)', () => {
  it('knows the installed, pinned Slidev', () => {
    expect(installedSlidevVersion()).toBe(KNOWN_SLIDEV_VERSION)
    expect(() => assertKnownSlidev()).not.toThrow()
  })

  it('refuses any other Slidev version with a one-line message naming both versions', () => {
    for (const version of ['52.20.2', '53.0.0', '52.14.2']) {
      let error: unknown
      try {
        assertKnownSlidev(version)
      }
      catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(UnknownSlidevError)
      const message = (error as Error).message
      expect(message).toContain(version)
      expect(message).toContain(KNOWN_SLIDEV_VERSION)
      expect(message.includes('\n')).toBe(false)
    }
  })
})
