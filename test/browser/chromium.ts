// Debian's chromium driven by playwright-core (never a browser of playwright's own: nothing is downloaded).
// playwright starts it with a new empty profile of its own. The flags are the ones this machine needs (no sandbox as root, no background networking on a closed network).
import { existsSync } from 'node:fs'
import type { Browser } from 'playwright-core'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Why the browser tests cannot run here, or undefined when they can. CI installs chromium (.ci/run), so there they must run. */
export function chromiumMissing(): string | undefined {
  if (existsSync(CHROMIUM)) return undefined
  const why = `no chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH) to run the browser check of the HTML timeline`
  if (process.env.CI) throw new Error(`${why}. CI must run it: .ci/run installs chromium.`)
  return why
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core')
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}
