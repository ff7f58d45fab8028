import { getBatteryInfo, getBatteryInfoSync } from './getBatteryInfo.ts'
import { getClipboardData } from './getClipboardData.ts'
import { getNetworkType } from './getNetworkType.ts'
import { makePhoneCall } from './makePhoneCall.ts'
import { offMemoryWarning, onMemoryWarning } from './onMemoryWarning.ts'
import { offNetworkStatusChange, onNetworkStatusChange } from './onNetworkStatusChange.ts'
import { getScreenBrightness, setScreenBrightness } from './screenBrightness.ts'
import { setClipboardData } from './setClipboardData.ts'
import { setKeepScreenOn } from './setKeepScreenOn.ts'
import { vibrateLong, vibrateShort } from './vibrate.ts'

export const DEVICE_APIS = [
  getNetworkType,
  onNetworkStatusChange,
  offNetworkStatusChange,
  setClipboardData,
  getClipboardData,
  setKeepScreenOn,
  vibrateShort,
  vibrateLong,
  makePhoneCall,
  getBatteryInfo,
  getBatteryInfoSync,
  setScreenBrightness,
  getScreenBrightness,
  onMemoryWarning,
  offMemoryWarning,
] as const
