import { describe, expect, test } from 'vitest'
import { createRuntime, type FakeWx } from '../../src/index.ts'

// authorization.md §5: "Code that calls `wx.authorize` again after a denial and waits for a dialog that never
// comes." [AUTH]: a denied scope fails at once with no dialog until the user changes it in the settings page
// (research.md §1.3, §8.2, H) — the "点了没反应" bug.

/** The buggy app code: every tap on "use my location" asks again, expecting the dialog to come back. */
async function onTapUseMyLocation(wx: FakeWx): Promise<string> {
  try {
    await wx.authorize({ scope: 'scope.userLocation' }) // "the dialog will ask the user again"
    const { latitude } = await wx.getLocation({ type: 'gcj02' })
    return `located ${latitude.toFixed(2)}`
  } catch {
    return 'the user said no' // ...and the app does nothing else: no modal, no openSetting
  }
}

describe('spec §5.2: authorize again after a denial', () => {
  test("denied-once: every tap fails at once, no dialog ever shows again; the user is stuck", async () => {
    const rt = createRuntime({ scenario: 'denied-once', user: { authorize: 'allow' } }) // the user would allow now
    for (let i = 0; i < 3; i++) expect(await rt.tap(() => onTapUseMyLocation(rt.wx))).toBe('the user said no')
    expect(rt.prompts).toEqual([]) // the dialog the app waits for never comes
    expect(rt.auth.get('scope.userLocation')).toBe('denied')
  })
})
