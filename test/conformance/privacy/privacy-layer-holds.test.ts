// The privacy layer: behaviours that held but no test checked (issue 11 fidelity list).
import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'

const NOT_DECLARED = 'api scope is not declared in the privacy agreement'

describe('getUserProfile under the privacy layer (research §4.2 "Privacy-gated (104/112)", §6.4)', () => {
  test('consent pending: the official popup first; refused → "getUserProfile:fail privacy permission is not authorized", errno 104, no profile dialog', async () => {
    const rt = createRuntime({ scenario: 'privacy-not-agreed', user: { privacy: 'disagree', getUserProfile: 'allow' } })
    await expect(rt.tap(() => rt.wx.getUserProfile({ desc: '用于完善会员资料' }))).rejects.toEqual({ errMsg: 'getUserProfile:fail privacy permission is not authorized', errno: 104 })
    expect(rt.prompts.map((p) => p.kind)).toEqual(['privacy'])
  })

  test('nickname/avatar not declared in the privacy guide → errno 112, whatever consent says', async () => {
    const rt = createRuntime({ privacy: { declared: ['location'] }, user: { getUserProfile: 'allow' } })
    await expect(rt.tap(() => rt.wx.getUserProfile({ desc: '用于完善会员资料' }))).rejects.toEqual({ errMsg: `getUserProfile:fail ${NOT_DECLARED}`, errno: 112 })
  })
})

describe('chooseAddress / chooseInvoice with their privacy type undeclared: errno 112 (research §4.3, §6.1, H)', () => {
  test('chooseAddress ("收集你的地址" not declared)', async () => {
    const rt = createRuntime({ privacy: { declared: ['location'] }, user: { chooseAddress: 0 } })
    await expect(rt.wx.chooseAddress()).rejects.toEqual({ errMsg: `chooseAddress:fail ${NOT_DECLARED}`, errno: 112 })
  })

  test('chooseInvoice ("收集你的发票信息" not declared)', async () => {
    const rt = createRuntime({ privacy: { declared: ['location'] }, user: { chooseInvoice: 0 } })
    await expect(rt.wx.chooseInvoice()).rejects.toEqual({ errMsg: `chooseInvoice:fail ${NOT_DECLARED}`, errno: 112 })
  })
})

describe('__usePrivacyCheck__ is ignored: the checks are always on since 2023-10-17 (research §7.4, §6.1, H)', () => {
  test('"__usePrivacyCheck__": false in app.json does not turn the privacy gate off', async () => {
    const rt = createRuntime({ scenario: ['granted', 'privacy-not-agreed'], appJson: { __usePrivacyCheck__: false } as never, user: { privacy: 'disagree' } })
    await expect(rt.wx.getLocation({})).rejects.toEqual({ errMsg: 'getLocation:fail privacy permission is not authorized', errno: 104 })
  })
})
