import { authorize } from './authorize.ts'
import { getSetting } from './getSetting.ts'
import { openSetting } from './openSetting.ts'

export const SETTINGS_APIS = [authorize, getSetting, openSetting] as const
