import { describe, expect, test } from 'vitest'
import { createRuntime, type FakeWx } from '../../src/index.ts'

// authorization.md §5: "Code that forgets `requiredPrivateInfos` or the privacy-guide declaration and fails
// silently." requiredPrivateInfos: research.md §7.2 (H); privacy declaration, errno 112: research.md §2.3, §6.1 (H).

/** The buggy app code: only a success callback; a failure leaves the page on its spinner for ever. */
function showCurrentCity(wx: FakeWx, page: { city: string }): void {
  page.city = 'locating…'
  wx.getLocation({
    type: 'gcj02',
    success: (res) => {
      page.city = `${res.latitude.toFixed(1)},${res.longitude.toFixed(1)}`
    },
  })
}

describe('spec §5.5: a missing declaration fails silently', () => {
  test('release build, app.json without requiredPrivateInfos: works in a develop build, spins for ever in release', async () => {
    const appJson = { permission: { 'scope.userLocation': { desc: '展示你所在的城市' } } }
    const develop = createRuntime({ envVersion: 'develop', scenario: 'granted', appJson })
    const devPage = { city: '' }
    showCurrentCity(develop.wx, devPage)
    await develop.settle()
    expect(devPage.city).not.toBe('locating…')

    const release = createRuntime({ envVersion: 'release', scenario: 'granted', appJson })
    const page = { city: '' }
    showCurrentCity(release.wx, page)
    await release.settle()
    expect(page.city).toBe('locating…')
    expect(release.trace.at(-1)).toMatchObject({
      type: 'result',
      ok: false,
      result: { errMsg: 'getLocation:fail the api need to be declared in the requiredPrivateInfos field in app.json/ext.json' },
    })
  })

  test('privacy-undeclared: the guide never declared location; even a user who allowed everything gets errno 112', async () => {
    const rt = createRuntime({ scenario: ['granted', 'privacy-undeclared'], appJson: { requiredPrivateInfos: ['getLocation'] } })
    const page = { city: '' }
    showCurrentCity(rt.wx, page)
    await rt.settle()
    expect(page.city).toBe('locating…')
    expect(rt.trace.at(-1)).toMatchObject({
      type: 'result',
      result: { errMsg: 'getLocation:fail api scope is not declared in the privacy agreement', errno: 112 },
    })
  })

  test("privacy-not-agreed + a listener that never resolves: the call never returns", async () => {
    const rt = createRuntime({ scenario: ['granted', 'privacy-not-agreed'] })
    rt.wx.onNeedPrivacyAuthorization((() => {
      /* the app meant to show its popup here and forgot to call resolve */
    }) as never)
    const page = { city: '' }
    showCurrentCity(rt.wx, page)
    await rt.settle()
    expect(page.city).toBe('locating…')
    expect(rt.privacy.held).toEqual(['getLocation'])
  })
})
