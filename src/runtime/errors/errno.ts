/**
 * WeChat's public errno table, as data.
 * Source: https://developers.weixin.qq.com/miniprogram/dev/framework/usability/PublicErrno.html
 * (table read from a 2024 copy; research.md §2.4). 104/112 per the privacy guide (research.md §2.3).
 */
export const ERRNO = {
  ok: 0,
  cancel: 1,
  systemPermissionDenied: 3,
  internalError: 4,
  timeout: 5,
  /** 103 "jsapi user authorize denied": a scope refused in the dialog or earlier. */
  authDeny: 103,
  /** 104: the user did not agree to the privacy guide. */
  privacyNotAuthorized: 104,
  /** 112: the API's data type is not declared in the privacy guide. */
  privacyNotDeclared: 112,
  /** 1001: invalid request parameter. */
  parameterError: 1001,
  /** 1500101 "not init": a Bluetooth API called before wx.openBluetoothAdapter. */
  bluetoothNotInit: 1500101,
  /** 1500102: the Bluetooth adapter is not available (the phone's Bluetooth is off). */
  bluetoothNotAvailable: 1500102,
} as const

export type Errno = (typeof ERRNO)[keyof typeof ERRNO] | number
