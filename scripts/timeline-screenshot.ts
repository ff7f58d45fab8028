// `npm run docs:timeline`: docs/timeline.png, the README's picture of the HTML timeline. The example app's
// store page for a user who refused location once, then turned it on from the modal's settings page;
// the getLocation call is opened to show its arguments and result. Needs Debian's chromium (apt-get install chromium).
import { writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createRuntime } from '../src/index.ts'
import { APP_ROOT, COOPERATIVE_USER } from '../examples/app/run.mts'
import { launchChromium } from '../test/browser/chromium.ts'

const rt = createRuntime({ app: { root: APP_ROOT }, scenario: 'denied-once', scopes: ['scope.userLocation'], user: COOPERATIVE_USER })
rt.install()
try {
  const home = await rt.open('pages/index/index')
  await home.tap('openStores')
  await rt.currentPage()!.tap('onFindNearest')
} finally {
  rt.uninstall()
}
const file = join(mkdtempSync(join(tmpdir(), 'fake-wx-shot-')), 'timeline.html')
writeFileSync(file, rt.timeline({ format: 'html', title: 'fake-wx timeline · examples/app, denied-once → settings page → located' }))

const browser = await launchChromium()
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 })
  await page.goto(pathToFileURL(file).href)
  await page.locator('.filters input[data-kind="page"]').uncheck()
  await page.locator('tr.entry.kind-call', { hasText: 'wx.getLocation' }).first().locator('summary').click()
  const out = fileURLToPath(new URL('../docs/timeline.png', import.meta.url))
  await page.screenshot({ path: out, fullPage: true })
  console.log(`wrote ${out}`)
} finally {
  await browser.close()
}
