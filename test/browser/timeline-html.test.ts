// The HTML timeline in a real browser (Debian's chromium, headless, driven by playwright-core): it loads
// nothing from the network, raises no error, shows the four lanes, folds the history, filters by kind,
// opens an entry to its arguments and result, and colours each scope by its state. CI installs chromium
// (.ci/run) and fails here without it; a machine without chromium skips, saying why.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createRuntime } from '../../src/index.ts'
import { chromiumMissing, launchChromium } from './chromium.ts'

const missing = chromiumMissing()
if (missing) console.warn(`[fake-wx] skipping the browser check of the HTML timeline: ${missing}`)

describe.skipIf(missing !== undefined)(`the HTML timeline in headless chromium${missing ? ` — skipped: ${missing}` : ''}`, () => {
  let browser: Browser
  let page: Page
  const requests: string[] = []
  const problems: string[] = []
  let url: string
  let liveEntries: number

  beforeAll(async () => {
    // The store flow of examples/app for a user who refused once, then turned location on from the modal.
    const rt = createRuntime({ scenario: 'denied-once', scopes: ['scope.userLocation'], user: { modal: 'confirm', settings: { 'scope.userLocation': true } } })
    await rt.wx.getSetting()
    await rt.wx.getLocation({ type: 'gcj02' }).catch(() => undefined)
    await rt.wx.showModal({ title: '需要位置权限', content: '请在设置中允许使用你的位置' })
    await rt.tap(() => rt.wx.openSetting())
    await rt.wx.getLocation({ type: 'gcj02' })
    liveEntries = rt.trace.filter((e) => !('history' in e && e.history)).length
    const dir = mkdtempSync(join(tmpdir(), 'fake-wx-timeline-'))
    writeFileSync(join(dir, 'timeline.html'), rt.timeline({ format: 'html' }))
    url = pathToFileURL(join(dir, 'timeline.html')).href

    browser = await launchChromium()
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    page.on('request', (r) => requests.push(r.url()))
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()))
    page.on('pageerror', (e) => problems.push(e.message))
    await page.goto(url)
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
  })

  test('it loads nothing but itself and raises no error (no CSP violation, no script error)', () => {
    expect(requests).toEqual([url])
    expect(problems).toEqual([])
  })

  test('the lanes app, wx, user and settings page head the table, with a column for scope.userLocation', async () => {
    expect(await page.locator('thead th.lane').allInnerTexts()).toEqual(['app', 'wx', 'user', 'settings page'])
    expect(await page.locator('thead th.scope').allInnerTexts()).toEqual(['userLocation'])
  })

  test('the history is one row until opened', async () => {
    expect(await page.locator('tr.entry:visible').count()).toBe(liveEntries)
    await page.getByRole('button', { name: 'show history' }).click()
    expect(await page.locator('tr.entry.history:visible').count()).toBe(4)
    await page.getByRole('button', { name: 'hide history' }).click()
    expect(await page.locator('tr.entry.history:visible').count()).toBe(0)
  })

  test('a filter hides a kind of entry and brings it back', async () => {
    const calls = page.locator('tr.entry.kind-call:visible')
    expect(await calls.count()).toBe(5)
    await page.locator('.filters input[data-kind="call"]').uncheck()
    expect(await calls.count()).toBe(0)
    expect(await page.locator('tr.entry.kind-prompt:visible').count()).toBe(2)
    await page.locator('.filters input[data-kind="call"]').check()
    expect(await calls.count()).toBe(5)
  })

  test('an entry opens to its arguments and the result it got', async () => {
    const row = page.locator('tr.entry.kind-call', { hasText: 'wx.getLocation' }).first()
    await expect.poll(() => row.locator('pre').first().isVisible()).toBe(false)
    await row.locator('summary').click()
    expect(await row.locator('pre').first().innerText()).toBe('{\n  "type": "gcj02"\n}')
    expect(await row.locator('pre').nth(1).innerText()).toContain('"errMsg": "getLocation:fail auth deny"')
  })

  test('the scope column is red while denied and green once the settings page turned it on', async () => {
    // Runs in the page (the DOM's getComputedStyle; this project's lib has no DOM types).
    type InPage = { getComputedStyle(e: unknown): { backgroundColor: string } }
    const colour = (seq: number) => page.locator(`tr[data-seq="${seq}"] td.state`).evaluate((td) => (globalThis as unknown as InPage).getComputedStyle(td).backgroundColor)
    const auth = await page.locator('tr.entry.kind-auth:not(.history)').getAttribute('data-seq')
    expect(await colour(Number(auth) - 1)).toBe('rgb(220, 38, 38)')
    expect(await colour(Number(auth))).toBe('rgb(22, 163, 74)')
  })
})
