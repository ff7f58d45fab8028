import { getAppAuthorizeSetting } from './getAppAuthorizeSetting.ts'
import { getSystemSetting } from './getSystemSetting.ts'
import { openAppAuthorizeSetting } from './openAppAuthorizeSetting.ts'
import { openSystemBluetoothSetting } from './openSystemBluetoothSetting.ts'

export const SYSTEM_APIS = [getAppAuthorizeSetting, getSystemSetting, openAppAuthorizeSetting, openSystemBluetoothSetting] as const
