import { getApiCategory } from './getApiCategory.ts'
import { getSkylineInfo, getSkylineInfoSync } from './getSkylineInfo.ts'
import { getAccountInfoSync } from './getAccountInfoSync.ts'
import { getEnterOptionsSync } from './getEnterOptionsSync.ts'
import { getLaunchOptionsSync } from './getLaunchOptionsSync.ts'
import { getAppAuthorizeSetting } from './getAppAuthorizeSetting.ts'
import { getAppBaseInfo } from './getAppBaseInfo.ts'
import { getDeviceInfo } from './getDeviceInfo.ts'
import { getMenuButtonBoundingClientRect } from './getMenuButtonBoundingClientRect.ts'
import { getSystemInfo } from './getSystemInfo.ts'
import { getSystemInfoAsync } from './getSystemInfoAsync.ts'
import { getSystemInfoSync } from './getSystemInfoSync.ts'
import { getSystemSetting } from './getSystemSetting.ts'
import { getWindowInfo } from './getWindowInfo.ts'
import { offThemeChange, onThemeChange } from './onThemeChange.ts'
import { offWindowResize, onWindowResize } from './onWindowResize.ts'
import { openAppAuthorizeSetting } from './openAppAuthorizeSetting.ts'
import { openSystemBluetoothSetting } from './openSystemBluetoothSetting.ts'

export const SYSTEM_APIS = [
  getAppAuthorizeSetting,
  getSystemSetting,
  openAppAuthorizeSetting,
  openSystemBluetoothSetting,
  getSystemInfo,
  getSystemInfoSync,
  getSystemInfoAsync,
  getWindowInfo,
  getDeviceInfo,
  getAppBaseInfo,
  getMenuButtonBoundingClientRect,
  getLaunchOptionsSync,
  getEnterOptionsSync,
  getAccountInfoSync,
  onThemeChange,
  offThemeChange,
  onWindowResize,
  offWindowResize,
  getSkylineInfo,
  getSkylineInfoSync,
  getApiCategory,
] as const
