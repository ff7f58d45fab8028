import { clearStorage } from './clearStorage.ts'
import { clearStorageSync } from './clearStorageSync.ts'
import { getStorage } from './getStorage.ts'
import { getStorageInfo } from './getStorageInfo.ts'
import { getStorageInfoSync } from './getStorageInfoSync.ts'
import { getStorageSync } from './getStorageSync.ts'
import { removeStorage } from './removeStorage.ts'
import { removeStorageSync } from './removeStorageSync.ts'
import { setStorage } from './setStorage.ts'
import { setStorageSync } from './setStorageSync.ts'

export const STORAGE_APIS = [
  setStorage,
  setStorageSync,
  getStorage,
  getStorageSync,
  removeStorage,
  removeStorageSync,
  clearStorage,
  clearStorageSync,
  getStorageInfo,
  getStorageInfoSync,
] as const
