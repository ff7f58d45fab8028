// https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/open/Cloud.CloudID.html
// wx.cloud.CloudID(cloudID) (base library 2.7.0): "声明字符串为 CloudID（开放数据 ID）… 将该对象传至云函数可以获取其
// 对应的开放数据" (H). Only top-level fields of `data` are replaced: "非顶层字段的 CloudID 不会被替换，会原样字符串展示",
// and the function receives `{ cloudID, data: { …open data, watermark } }` (doc example, H). The cloudID of an
// open-data API (wx.getWeRunData, wx.getUserInfo …) "is valid for five minutes" (docs.cloudbase.net
// practices/get-wechat-open-data; framework/open-ability/signature.html#method-cloud; H).
import type { RuntimeCore } from '../../core.ts'
import { FakeWxError } from '../../errors/fake-wx-error.ts'
import { cloudIdsOf } from '../../open-data/open-data-result.ts'

export const CLOUD_ID_LIFETIME_MS = 5 * 60_000

/**
 * What replaces a CloudID the cloud cannot resolve. The doc says an invalid or expired cloudID yields an object with
 * an error code and message instead of `data`; the exact codes and texts are not published (L).
 */
export const CLOUD_ID_ERRORS = {
  expired: { errCode: -1, errMsg: 'cloudID expired' },
  invalid: { errCode: -1, errMsg: 'invalid cloudID' },
} as const

const CLOUD_ID = Symbol('fake-wx cloudID')

/** The CloudID object: `wx.cloud.CloudID('…')` or `new wx.cloud.CloudID('…')`. Nested, it serialises as its string. */
export interface CloudIDValue {
  readonly [CLOUD_ID]: string
  toJSON(): string
}

export function createCloudID(cloudID: unknown): CloudIDValue {
  if (typeof cloudID !== 'string') throw new FakeWxError(`wx.cloud.CloudID needs the cloudID string an open-data API returned, got ${typeof cloudID}.`)
  return Object.freeze({ [CLOUD_ID]: cloudID, toJSON: () => cloudID })
}

/** A constructor that also works as a plain call, as the SDK's does. */
export function CloudIDConstructor(): WechatMiniprogram.Wx['cloud']['CloudID'] {
  return function CloudID(cloudID: string) {
    return createCloudID(cloudID)
  } as unknown as WechatMiniprogram.Wx['cloud']['CloudID']
}

const isCloudID = (v: unknown): v is CloudIDValue => typeof v === 'object' && v !== null && CLOUD_ID in v

/** Replaces the top-level CloudIDs of `data` by `{ cloudID, data }` (or the error object), as the cloud does. */
export function resolveCloudIDs(core: RuntimeCore, data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(data)) out[key] = isCloudID(value) ? openDataFor(core, value[CLOUD_ID]) : value
  return out
}

function openDataFor(core: RuntimeCore, cloudID: string): object {
  const issued = cloudIdsOf(core).get(cloudID)
  if (!issued) return { cloudID, ...CLOUD_ID_ERRORS.invalid }
  if (core.clock.now() - issued.issuedAt > CLOUD_ID_LIFETIME_MS) return { cloudID, ...CLOUD_ID_ERRORS.expired }
  return { cloudID, data: structuredClone(issued.data) }
}
