import { navigateBack } from './navigateBack.ts'
import { navigateTo } from './navigateTo.ts'
import { reLaunch } from './reLaunch.ts'
import { redirectTo } from './redirectTo.ts'
import { switchTab } from './switchTab.ts'

export const NAVIGATION_APIS = [switchTab, reLaunch, redirectTo, navigateTo, navigateBack] as const
