import { getUpdateManager } from './getUpdateManager.ts'

export const UPDATE_APIS = [getUpdateManager] as const
