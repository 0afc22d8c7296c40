import { existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import process from 'node:process'
import { CliError } from './cli-error.ts'

/** Raised when no browser can be found; its message is the one line a user needs. */
export class NoChromiumError extends CliError {}

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
]
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome']

export const HOW_TO_GET_ONE
  = 'No Chromium found: install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH=/path/to/chrome.'

async function playwrightsOwnBrowser(): Promise<string | undefined> {
  try {
    const { chromium } = await import('playwright-chromium')
    const path = chromium.executablePath()
    return path && existsSync(path) ? path : undefined
  }
  catch {
    // playwright-chromium throws when its browser was never downloaded: that is the normal case here.
    return undefined
  }
}

function onPath(env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of PATH_NAMES) {
      const candidate = join(dir, name)
      if (existsSync(candidate))
        return candidate
    }
  }
  return undefined
}

/**
 * Finds a Chrome/Chromium in the order a user expects: an explicit CHROMIUM_PATH wins
 * (and is never silently replaced by another browser), then Playwright's own download,
 * then the usual system locations and PATH.
 */
export async function findChromium(env: NodeJS.ProcessEnv = process.env, systemPaths: string[] = SYSTEM_PATHS): Promise<string> {
  const explicit = env.CHROMIUM_PATH
  if (explicit) {
    if (existsSync(explicit))
      return explicit
    throw new NoChromiumError(`CHROMIUM_PATH=${explicit} does not exist. ${HOW_TO_GET_ONE}`)
  }
  const found = (await playwrightsOwnBrowser())
    ?? systemPaths.find(p => existsSync(p))
    ?? onPath(env)
  if (!found)
    throw new NoChromiumError(HOW_TO_GET_ONE)
  return found
}

/** Flags for a headless Chromium on a closed network, possibly as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
