import type { Scope } from '../auth/scope-table.ts'

/**
 * THE privacy table: each data type a mini program's 《用户隐私保护指引》 can declare, and the APIs and
 * components it covers. Source: official "小程序用户隐私保护指引内容介绍"
 * (https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/miniprogram-intro.html,
 * read via copies; research.md §6.4, M/H). Guards are named as the scope table names them:
 * `wx.getLocation`, `RecorderManager.start`, `<camera>`, `<button open-type="getPhoneNumber">`.
 *
 * `scopes`: wx.authorize on these scopes is itself a privacy API ("wx.authorize({scope:'scope.userLocation'})").
 */
export interface PrivacyTypeRow {
  /** The type as the guide's form names it. */
  readonly label: string
  readonly guards: readonly string[]
  readonly scopes?: readonly Scope[]
}

export const PRIVACY_TYPES = {
  userInfo: {
    label: '收集你的昵称、头像',
    guards: ['<button open-type="chooseAvatar">', '<input type="nickname">', 'wx.getUserInfo', 'wx.getUserProfile'],
  },
  location: {
    label: '收集你的位置信息',
    guards: ['wx.getLocation', 'wx.startLocationUpdate', 'wx.startLocationUpdateBackground', 'wx.getFuzzyLocation'],
    scopes: ['scope.userLocation', 'scope.userLocationBackground', 'scope.userFuzzyLocation'],
  },
  chosenLocation: { label: '收集你选择的位置信息', guards: ['wx.choosePoi', 'wx.chooseLocation'] },
  address: { label: '收集你的地址', guards: ['wx.chooseAddress'] },
  invoice: { label: '收集你的发票信息', guards: ['wx.chooseInvoiceTitle', 'wx.chooseInvoice'] },
  weRun: { label: '收集你的微信运动步数', guards: ['wx.getWeRunData'], scopes: ['scope.werun'] },
  phoneNumber: {
    label: '收集你的手机号',
    guards: ['<button open-type="getPhoneNumber">', '<button open-type="getRealtimePhoneNumber">'],
  },
  licensePlate: { label: '收集你的车牌号', guards: ['wx.chooseLicensePlate'] },
  chosenMedia: { label: '收集你选中的照片或视频信息', guards: ['wx.chooseImage', 'wx.chooseMedia', 'wx.chooseVideo'] },
  chosenFile: { label: '收集你选中的文件', guards: ['wx.chooseMessageFile'] },
  microphone: {
    label: '访问你的麦克风',
    guards: ['wx.startRecord', 'RecorderManager.start', '<live-pusher>', 'wx.joinVoIPChat'],
    scopes: ['scope.record'],
  },
  camera: {
    label: '访问你的摄像头',
    guards: ['wx.createVKSession', '<camera>', '<live-pusher>', '<voip-room>'],
    scopes: ['scope.camera'],
  },
  bluetooth: {
    label: '访问你的蓝牙',
    guards: ['wx.openBluetoothAdapter', 'wx.createBLEPeripheralServer'],
    scopes: ['scope.bluetooth'],
  },
  writePhotosAlbum: {
    label: '使用你的相册（仅写入）权限',
    guards: ['wx.saveImageToPhotosAlbum', 'wx.saveVideoToPhotosAlbum'],
    scopes: ['scope.writePhotosAlbum'],
  },
  addPhoneContact: { label: '使用你的通讯录（仅写入）权限', guards: ['wx.addPhoneContact'], scopes: ['scope.addPhoneContact'] },
  // The copy cut this row's tail off; the APIs are inferred from the scope (research.md §6.4).
  addPhoneCalendar: {
    label: '使用你的日历（仅写入）权限',
    guards: ['wx.addPhoneRepeatCalendar', 'wx.addPhoneCalendar'],
    scopes: ['scope.addPhoneCalendar'],
  },
  // Many `setClipboardData:fail api scope is not declared in the privacy agreement` reports (research.md §6.4).
  clipboard: { label: '剪切板', guards: ['wx.setClipboardData', 'wx.getClipboardData'] },
} as const satisfies Record<string, PrivacyTypeRow>

export type PrivacyType = keyof typeof PRIVACY_TYPES
export const PRIVACY_TYPE_NAMES = Object.keys(PRIVACY_TYPES) as PrivacyType[]

export function isPrivacyType(value: unknown): value is PrivacyType {
  return typeof value === 'string' && Object.hasOwn(PRIVACY_TYPES, value)
}

/** Inverted once: guard or scope → the privacy types it touches. */
function invert(key: 'guards' | 'scopes'): ReadonlyMap<string, readonly PrivacyType[]> {
  const map = new Map<string, PrivacyType[]>()
  for (const type of PRIVACY_TYPE_NAMES) {
    for (const name of (PRIVACY_TYPES[type] as PrivacyTypeRow)[key] ?? []) map.set(name, [...(map.get(name) ?? []), type])
  }
  return map
}
const BY_GUARD = invert('guards')
const BY_SCOPE = invert('scopes')
const NONE: readonly PrivacyType[] = []
/** `wx.<api>` guards by bare API name, for the per-call lookup. */
const BY_API = new Map([...BY_GUARD].filter(([guard]) => guard.startsWith('wx.')).map(([guard, types]) => [guard.slice(3), types]))

/** The privacy types a guard touches (usually one; `<live-pusher>` touches microphone and camera). */
export function privacyTypesOfGuard(guard: string): readonly PrivacyType[] {
  return BY_GUARD.get(guard) ?? NONE
}

/** The privacy types of a `wx.<api>` call with these options: `authorize` reads its scope. */
export function privacyTypesOfCall(api: string, options: object): readonly PrivacyType[] {
  if (api === 'authorize') {
    const scope = (options as { scope?: unknown }).scope
    return typeof scope === 'string' ? (BY_SCOPE.get(scope) ?? NONE) : NONE
  }
  return BY_API.get(api) ?? NONE
}
