/**
 * Type test, checked by `tsc --noEmit` (npm test): `rt.wx` is assignable to the official
 * `Pick<WechatMiniprogram.Wx, …>` of every API fake-wx implements (miniprogram-api-typings), the list derived
 * from the registry (`WxApiName`), plus one explicit line per API of the album / contact / calendar / WeRun /
 * address / invoice / user-info capabilities, so dropping one from the registry breaks the build.
 * Not a vitest file: nothing here runs.
 */
import { ok, type FakeWx, type Runtime, type WxApiName } from '../../src/index.ts'

type Assert<T extends true> = T
type IsAssignable<A, B> = [A] extends [B] ? true : false

declare const rt: Runtime

// Every implemented API, from the registry: names are real wx APIs, and rt.wx has their official types.
export type RegistryNamesAreWxApis = Assert<IsAssignable<WxApiName, keyof WechatMiniprogram.Wx>>
export const everyImplementedApi: Pick<WechatMiniprogram.Wx, WxApiName> = rt.wx
export type FakeWxIsTheOfficialType = Assert<IsAssignable<FakeWx, Pick<WechatMiniprogram.Wx, WxApiName>>>

// The whole surface (issue 9): rt.wx is the official WechatMiniprogram.Wx, every member, modelled or not.
export const wholeSurface: WechatMiniprogram.Wx = rt.wx
export type FakeWxIsTheWholeWx = Assert<IsAssignable<FakeWx, WechatMiniprogram.Wx>>
export type WxIsFakeWx = Assert<IsAssignable<WechatMiniprogram.Wx, FakeWx>>

// rt.override accepts every API of the typings, shaped by the typings: async bodies return an Outcome, sync ones the value.
export function overridesEveryApi(): void {
  rt.override('getBatteryInfo', () => ok({ level: 80, isCharging: false, isLowPowerModeEnabled: false }))
  rt.override('getDeviceInfo', () => ({ abi: '', benchmarkLevel: 0, brand: 'Apple', cpuType: '', deviceAbi: '', memorySize: '', model: '', platform: 'ios', system: '' }))
  rt.override('createIntersectionObserver', () => rt.wx.createIntersectionObserver({}))
  rt.override('onAccelerometerChange', (listener) => void listener)
  rt.use({ getScreenBrightness: () => ok({ value: 0.5 }) })
  // @ts-expect-error an async API's body returns ok(…) / failure(…), not the payload
  rt.override('getBatteryInfo', () => ({ level: 80 }))
  // @ts-expect-error a sync API's body returns its value, not an Outcome
  rt.override('getDeviceInfo', () => ok({ brand: 'Apple' }))
  // @ts-expect-error not an API of the typings
  rt.override('getBatteryLevel', () => ok({}))
  rt.restore('getBatteryInfo')
}

// One line per API added by the data half of issue 3.
export const album: Pick<WechatMiniprogram.Wx, 'saveImageToPhotosAlbum' | 'saveVideoToPhotosAlbum'> = rt.wx
export const contact: Pick<WechatMiniprogram.Wx, 'addPhoneContact'> = rt.wx
export const calendar: Pick<WechatMiniprogram.Wx, 'addPhoneCalendar' | 'addPhoneRepeatCalendar'> = rt.wx
export const werun: Pick<WechatMiniprogram.Wx, 'getWeRunData'> = rt.wx
export const address: Pick<WechatMiniprogram.Wx, 'chooseAddress'> = rt.wx
export const invoice: Pick<WechatMiniprogram.Wx, 'chooseInvoiceTitle' | 'chooseInvoice'> = rt.wx
export const userInfo: Pick<WechatMiniprogram.Wx, 'getUserInfo' | 'getUserProfile'> = rt.wx

// The official option and result types reach app code.
export async function usesOfficialTypes(): Promise<void> {
  const saved: WechatMiniprogram.GeneralCallbackResult = await rt.wx.saveImageToPhotosAlbum({ filePath: 'wxfile://tmp_a.png' })
  const run: WechatMiniprogram.GetWeRunDataSuccessCallbackResult = await rt.wx.getWeRunData()
  const addr: WechatMiniprogram.ChooseAddressSuccessCallbackResult = await rt.wx.chooseAddress()
  const title: 0 | 1 = (await rt.wx.chooseInvoiceTitle()).type
  const invoiceInfo: string = (await rt.wx.chooseInvoice()).invoiceInfo
  const profile: WechatMiniprogram.UserInfo = (await rt.wx.getUserProfile({ desc: '用于完善会员资料' })).userInfo
  rt.wx.addPhoneRepeatCalendar({ title: 't', startTime: 1, repeatInterval: 'week', success: (r) => r.errMsg })
  void [saved, run, addr, title, invoiceInfo, profile]

  // @ts-expect-error filePath is required
  await rt.wx.saveVideoToPhotosAlbum({})
  // @ts-expect-error firstName is required
  await rt.wx.addPhoneContact({ lastName: '张' })
  // @ts-expect-error repeatInterval is day | week | month | year
  await rt.wx.addPhoneRepeatCalendar({ title: 't', startTime: 1, repeatInterval: 'hour' })
  // @ts-expect-error desc is required
  await rt.wx.getUserProfile({})
}
