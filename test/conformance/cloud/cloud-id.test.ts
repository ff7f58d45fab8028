// 云调用直接获取开放数据: https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/signature.html#method-cloud
// wx.cloud.CloudID: https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/open/Cloud.CloudID.html
import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'

function werunApp() {
  const rt = createRuntime({ scenario: 'granted', appid: 'wx3d289323f5900f8e' })
  rt.device.werun.set([9103, 9783])
  rt.wx.cloud.init({ env: 'prod-1' })
  let event: Record<string, unknown> = {}
  rt.cloud.use({ steps: (e) => void (event = e) })
  return { rt, event: () => event }
}

describe('a cloudID passed as wx.cloud.CloudID(id) reaches the cloud function as open data', () => {
  test('getWeRunData → callFunction({ data: { weRunData: wx.cloud.CloudID(cloudID) } }): event.weRunData = { cloudID, data: { stepInfoList, watermark } }', async () => {
    const { rt, event } = werunApp()
    await rt.wx.login()
    const { cloudID } = await rt.wx.getWeRunData()
    await rt.wx.cloud.callFunction({ name: 'steps', data: { weRunData: rt.wx.cloud.CloudID(cloudID) } })
    const weRunData = event().weRunData as { cloudID: string; data: { stepInfoList: { step: number }[]; watermark: { appid: string } } }
    expect(weRunData.cloudID).toBe(cloudID)
    expect(weRunData.data.stepInfoList.slice(-2).map((s) => s.step)).toEqual([9103, 9783])
    expect(weRunData.data.watermark).toEqual({ appid: 'wx3d289323f5900f8e', timestamp: Math.floor(rt.clock.now() / 1000) })
  })

  test('new wx.cloud.CloudID(id) works the same', async () => {
    const { rt, event } = werunApp()
    const { cloudID } = await rt.wx.getWeRunData()
    await rt.wx.cloud.callFunction({ name: 'steps', data: { run: new rt.wx.cloud.CloudID(cloudID) } })
    expect(event().run).toMatchObject({ cloudID, data: { stepInfoList: expect.any(Array) } })
  })

  test('"非顶层字段的 CloudID 不会被替换，会原样字符串展示": a nested CloudID arrives as its string', async () => {
    const { rt, event } = werunApp()
    const { cloudID } = await rt.wx.getWeRunData()
    await rt.wx.cloud.callFunction({ name: 'steps', data: { obj: { shareInfo: rt.wx.cloud.CloudID(cloudID) } } })
    expect(event().obj).toEqual({ shareInfo: cloudID })
  })

  test("getUserInfo's cloudID resolves to the user info it encrypted", async () => {
    const rt = createRuntime({ scenario: 'granted' })
    rt.wx.cloud.init({ env: 'prod-1' })
    let event: Record<string, unknown> = {}
    rt.cloud.use({ save: (e) => void (event = e) })
    const res = await rt.wx.getUserInfo({})
    await rt.wx.cloud.callFunction({ name: 'save', data: { info: rt.wx.cloud.CloudID(res.cloudID) } })
    expect(event.info).toMatchObject({ cloudID: res.cloudID, data: { nickName: res.userInfo.nickName } })
  })

  test('a cloudID is good for five minutes: later the field carries errCode/errMsg instead of data', async () => {
    const { rt, event } = werunApp()
    const { cloudID } = await rt.wx.getWeRunData()
    rt.clock.advance(5 * 60_000 + 1)
    await rt.wx.cloud.callFunction({ name: 'steps', data: { weRunData: rt.wx.cloud.CloudID(cloudID) } })
    expect(event().weRunData).toEqual({ cloudID, errCode: -1, errMsg: 'cloudID expired' })
  })

  test('a cloudID this phone never issued: an error object, not data', async () => {
    const { rt, event } = werunApp()
    await rt.wx.cloud.callFunction({ name: 'steps', data: { weRunData: rt.wx.cloud.CloudID('27_made-up') } })
    expect(event().weRunData).toEqual({ cloudID: '27_made-up', errCode: -1, errMsg: 'invalid cloudID' })
  })
})
