import type { Browser } from 'playwright-chromium'
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS } from '../lib/chromium.ts'

/**
 * Headless Chromium that can reach 127.0.0.1 only. Outside hosts fail at DNS, inside the browser,
 * with no request interception: Playwright's page.route would put every request through the
 * DevTools protocol and slow the very loads being timed. The starter's cover image and Google
 * Fonts then fail at once on any machine, online or not, so both decks are measured alike.
 */
export async function launchOffline(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  })
}

/** The slide canvas the decks are designed for (16:9), at a common laptop viewport. */
export const VIEWPORT = { width: 1280, height: 720 }
