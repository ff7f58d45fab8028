// rt.timeline({ format }): the trace as text, as a Mermaid sequenceDiagram, as one self-contained HTML page;
// the renderers are exported so a trace read back from JSON (an issue's attachment) renders the same.
import { describe, expect, test } from 'vitest'
import { createRuntime, FakeWxError, renderHtml, renderMermaid, renderText, renderTimeline, type TraceEntry } from '../../src/index.ts'

/** Denied before, the app asks again, opens the settings page from a tap, the user turns location on. */
async function recovery() {
  const rt = createRuntime({ scenario: 'denied-once', scopes: ['scope.userLocation'], user: { modal: 'confirm', settings: { 'scope.userLocation': true } } })
  await rt.wx.authorize({ scope: 'scope.userLocation' }).catch(() => undefined)
  await rt.wx.showModal({ title: '需要位置权限', content: '去设置;打开 #1' })
  await rt.tap(() => rt.wx.openSetting())
  await rt.wx.getLocation({ type: 'gcj02' })
  return rt
}

describe('text', () => {
  test("getSetting:ok shows the authSetting it returned (absent scope = never asked, false = refused)", async () => {
    const rt = createRuntime({ scenario: 'denied-once', scopes: ['scope.camera'] })
    await rt.wx.getSetting()
    expect(rt.timeline()).toMatch(/ok {6}wx\.getSetting → getSetting:ok authSetting \{"scope\.camera":false,/)
  })

  test('long arguments are cut with a marker saying how much was left out; the trace keeps them whole', async () => {
    const rt = createRuntime()
    const data = { note: 'x'.repeat(100), more: 'y'.repeat(100) }
    rt.wx.setStorageSync('draft', data)
    await rt.wx.setStorage({ key: 'draft', data })
    const line = rt.timeline().split('\n').find((l) => l.includes('call    wx.setStorage('))!
    expect(line).toMatch(/…\(\+\d+ chars\)\)$/)
    expect(line.length).toBeLessThan(260)
    expect(rt.trace.find((e) => e.type === 'call' && e.api === 'setStorage')).toMatchObject({ args: { key: 'draft', data } })
  })

  test("a preset's history is one line unless asked for", async () => {
    const rt = await recovery()
    expect(rt.timeline().split('\n')[0]).toBe('#1-4  history scenario denied-once: scope.userLocation denied (4 entries; timeline({ history: true }) lists them)')
    expect(rt.timeline({ history: true }).split('\n').slice(0, 4).every((l) => l.endsWith('(history)'))).toBe(true)
  })
})

describe('mermaid', () => {
  test('a sequenceDiagram with lanes app, wx, user, settings page; calls solid, replies dashed, failures crossed', async () => {
    const rt = await recovery()
    expect(rt.timeline({ format: 'mermaid' })).toBe(
      [
        'sequenceDiagram',
        '  participant app as app',
        '  participant wx as wx',
        '  participant user as user',
        '  participant settings as settings page',
        '  Note over app,settings: [1-4] scenario denied-once: scope.userLocation denied',
        '  app->>wx: [5] wx.authorize({"scope":"scope.userLocation"})',
        '  wx--xapp: [6] wx.authorize → authorize:fail auth deny (errno 103)',
        '  app->>wx: [7] wx.showModal({"title":"需要位置权限","content":"去设置#59;打开 #35;1"})',
        '  wx->>user: [8] prompt modal',
        '  user-->>wx: [9] answer modal → "confirm" (standing)',
        '  wx-->>app: [10] wx.showModal → showModal:ok',
        '  user->>app: [11] note user tap',
        '  app->>wx: [12] wx.openSetting()',
        '  wx->>app: [13] event onAppHide({})',
        '  wx->>settings: [14] prompt settings',
        '  settings-->>wx: [15] answer settings → {"scope.userLocation":true} (standing)',
        '  Note over settings: [16] auth scope.userLocation denied → granted (settings)',
        '  wx->>app: [17] event onAppShow({})',
        '  wx-->>app: [18] wx.openSetting → openSetting:ok authSetting {"scope.userLocation":true,"scope.address…(+76 chars)',
        '  app->>wx: [19] wx.getLocation({"type":"gcj02"})',
        '  wx-->>app: [20] wx.getLocation → getLocation:ok',
      ].join('\n'),
    )
  })
})

/** The page's row of one entry. */
const rowOf = (html: string, seq: number) => new RegExp(`<tr [^>]*data-seq="${seq}"[\\s\\S]*?</tr>`).exec(html)?.[0] ?? ''

describe('html', () => {
  test('one self-contained page: inline style and script, a CSP that forbids every load, no external reference', async () => {
    const html = (await recovery()).timeline({ format: 'html' })
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`)
    expect(html).not.toMatch(/\s(src|href)=|@import|url\(/)
    expect(html.match(/<style>/g)).toHaveLength(1)
    expect(html.match(/<script>/g)).toHaveLength(1)
  })

  test('a row per entry across the four lanes, a column per scope, each entry a <details> with its arguments and result', async () => {
    const rt = await recovery()
    const html = rt.timeline({ format: 'html' })
    expect(html.match(/<tr class="entry /g)).toHaveLength(rt.trace.length)
    for (const lane of ['app', 'wx', 'user', 'settings page']) expect(html).toContain(`">${lane}</th>`)
    expect(html).toContain('<th class="scope" title="scope.userLocation">userLocation</th>')
    // The authorize call's row opens to its arguments and the result it got.
    const row = rowOf(html, 5)
    expect(row).toContain('<div class="part">arguments</div><pre>{\n  &#34;scope&#34;: &#34;scope.userLocation&#34;\n}</pre>')
    expect(row).toContain('<div class="part">result (fail)</div>')
    expect(row).toContain('authorize:fail auth deny')
    // The state column: denied until the settings page turns it on.
    expect(rowOf(html, 16)).toContain('<td class="state granted changed" title="scope.userLocation: granted">✓ granted</td>')
    // App text is escaped, never markup.
    expect(rowOf(html, 7)).not.toContain('<script')
  })

  test('app text that looks like markup stays text', async () => {
    const rt = createRuntime({ user: { modal: 'confirm' } })
    await rt.wx.showModal({ title: '<script>alert(1)</script>', content: '"&' })
    const html = rt.timeline({ format: 'html' })
    expect(html).not.toContain('<script>alert(1)</script>')
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;')
  })
})

describe('renderers over a trace read back from JSON', () => {
  test('every format renders a JSON copy of the trace as it renders the trace', async () => {
    const rt = await recovery()
    const copy = JSON.parse(JSON.stringify(rt.trace)) as TraceEntry[]
    expect(renderText(copy)).toBe(rt.timeline())
    expect(renderMermaid(copy)).toBe(rt.timeline({ format: 'mermaid' }))
    expect(renderHtml(copy)).toBe(rt.timeline({ format: 'html' }))
    expect(renderTimeline(copy, { format: 'text', history: true })).toBe(rt.timeline({ history: true }))
  })

  test('an unknown format, or something that is not a trace, is a misuse with what was expected', () => {
    const rt = createRuntime()
    expect(() => rt.timeline({ format: 'svg' as never })).toThrow(FakeWxError)
    expect(() => rt.timeline({ format: 'svg' as never })).toThrow(`Unknown timeline format "svg".\nUse one of 'text', 'mermaid', 'html'`)
    expect(() => renderTimeline({} as never)).toThrow('A trace to render must be an array of entries (rt.trace), got object.')
    expect(() => renderTimeline([{ seq: 1, time: 0, type: 'call' }, { seq: 2, type: 'nope', time: 0 }] as never)).toThrow(
      'Trace entry [1] has type "nope", expected one of call, result, prompt',
    )
  })
})
