import { describe, expect, test } from 'vitest'
import { createRuntime, type FakeWx } from '../../src/index.ts'

// authorization.md §5: "Code that checks only one of the denial texts." The texts differ by platform and
// version — `auth deny`, `:fail:auth denied`, `authorize no response`, system texts (research.md §2.1, §2.2, §6).

/** The buggy app code: compares the errMsg with the one string its developer saw in DevTools. */
async function locateOrExplain(wx: FakeWx): Promise<string> {
  try {
    await wx.getLocation({ type: 'gcj02' })
    return 'located'
  } catch (e) {
    if ((e as { errMsg: string }).errMsg === 'getLocation:fail auth deny') return 'show "open settings" modal'
    return 'show "network error, try again"' // wrong advice for a refusal
  }
}

describe('spec §5.4: only one denial text checked', () => {
  test('works with the documented wording; on an Android client with the legacy wording the user gets the wrong advice', async () => {
    const devtools = createRuntime({ platform: 'devtools', scenario: 'denied-once' })
    expect(await locateOrExplain(devtools.wx)).toBe('show "open settings" modal')

    const android = createRuntime({ platform: 'android', dialect: 'android-legacy', scenario: 'denied-once' })
    expect(await locateOrExplain(android.wx)).toBe('show "network error, try again"')
    const ios = createRuntime({ platform: 'ios', dialect: 'authorize-no-response', scenario: 'denied-once' })
    expect(await locateOrExplain(ios.wx)).toBe('show "network error, try again"')
  })

  test('the same code misreads location services being off (Android) as a network error too', async () => {
    const rt = createRuntime({ platform: 'android', scenario: ['granted', 'location-services-off'] })
    expect(await locateOrExplain(rt.wx)).toBe('show "network error, try again"')
    expect(rt.trace.at(-1)).toMatchObject({ type: 'result', result: { errMsg: 'getLocation:fail:ERROR_NOCELL&WIFI_LOCATIONSWITCHOFF' } })
  })
})
