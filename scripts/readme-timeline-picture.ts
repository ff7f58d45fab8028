// Makes docs/images/timeline.png, the picture in README "Reproduce a permission bug": the example app's
// "refused once" bug as a bundle, its HTML timeline (fake-wx view), shot in Debian's chromium.
// Run: npx tsx scripts/readme-timeline-picture.ts   (needs /usr/bin/chromium or CHROMIUM_PATH)
import { fileURLToPath } from 'node:url'
import { createRuntime, renderTimeline, type TraceEntry } from '../src/index.ts'
import { launchChromium } from '../test/browser/chromium.ts'

const app = fileURLToPath(new URL('../examples/app', import.meta.url))
const rt = createRuntime({ app: { root: app }, scenario: 'denied-once', scopes: ['scope.userLocation'], user: { modal: 'confirm', settings: { 'scope.userLocation': true } } })
rt.install()
const home = await rt.open('pages/index/index')
await home.tap('openStores')
await rt.currentPage()!.tap('onFindNearest')
rt.uninstall()
const html = renderTimeline(rt.bundle().trace as unknown as TraceEntry[], { format: 'html', title: 'bug.fakewx.json' })
const browser = await launchChromium()
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await page.setContent(html)
  await page.screenshot({ path: fileURLToPath(new URL('../docs/images/timeline.png', import.meta.url)), fullPage: false })
} finally {
  await browser.close()
}
