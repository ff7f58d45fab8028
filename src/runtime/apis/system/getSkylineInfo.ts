// https://developers.weixin.qq.com/miniprogram/dev/api/base/system/wx.getSkylineInfo.html
// https://developers.weixin.qq.com/miniprogram/dev/api/base/system/wx.getSkylineInfoSync.html
// Base library 2.26.2; "获取当前运行环境对于 Skyline 渲染引擎 的支持情况": { isSupported, version, reason? } with
// reason 'client not supported' | 'baselib not supported' | 'a-b test not enabled' | … (typings, H).
// Skyline needs WeChat 8.0.40 and base library 3.0.2 (the Skyline guide's support table as public docs quote it, M);
// PC WeChat is taken as not supported (L). The engine version reported is a fixture (L).
// getSkylineInfo has no Promise form (typings: returns void).
import { compareVersion } from '../../config.ts'
import type { ApiContext } from '../../core.ts'
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi, defineSyncApi, type PayloadOf } from '../../facade/define-api.ts'

export const SKYLINE_VERSION = '1.4.2'

function skylineInfoOf(ctx: ApiContext): WechatMiniprogram.SkylineInfo {
  const pc = ctx.config.platform === 'windows' || ctx.config.platform === 'mac'
  const phone = ctx.config.platform === 'ios' || ctx.config.platform === 'android'
  if (pc || (phone && compareVersion(ctx.device.wechatVersion, '8.0.40') < 0)) return { isSupported: false, version: '', reason: 'client not supported' }
  if (compareVersion(ctx.config.SDKVersion, '3.0.2') < 0) return { isSupported: false, version: '', reason: 'baselib not supported' }
  return { isSupported: true, version: SKYLINE_VERSION }
}

export const getSkylineInfoSync = defineSyncApi({
  name: 'getSkylineInfoSync',
  run: (ctx) => skylineInfoOf(ctx),
})

export const getSkylineInfo = defineAsyncApi({
  name: 'getSkylineInfo',
  promise: false,
  run: (ctx) => ok(skylineInfoOf(ctx) as unknown as PayloadOf<'getSkylineInfo'>),
})
