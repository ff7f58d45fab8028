import { cloud } from './cloud.ts'

/** 云开发: wx.cloud. */
export const CLOUD_APIS = [cloud] as const
