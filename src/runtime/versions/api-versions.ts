import { compareVersion } from './compare-version.ts'
import { API_SINCE } from './api-since.ts'
import { schemaSince } from './schema-since.ts'

/**
 * Base-library version gates: which API exists, which calling convention, which rule is on.
 * Every number is a row with its source; nothing else in the runtime hard-codes a version.
 */
export const FEATURE_SINCE = {
  /** "基础库 2.10.2 版本起，异步 API 支持 callback & promise 两种调用方式" ([API-PROMISE], research.md §1.6, H). */
  promise: '2.10.2',
  /** "低于 2.32.3 版本的基础库不会拦截隐私接口调用" (official reply; [PRIV], research.md §6.1, H). */
  privacy: '2.32.3',
  /**
   * "基础库 3.4.2 更新 API 有授权弹窗的隐私接口（例如 wx.getLocation），将不会再弹官方隐私弹窗，而是在授权弹窗上增加
   * '隐私勾选'" (community write-up, 2024-04-26 update,
   * https://developers.weixin.qq.com/community/develop/article/doc/0008e4f5990a10556d30f530a66c13; research.md §1.2, §6.1, M).
   */
  privacyCheckbox: '3.4.2',
} as const

/**
 * `wx.canIUse` schemas other than bare API names that app code checks before using the permission
 * flow. Anything not here and not an API name answers false (and the trace says fake-wx does not know it).
 */
export const SCHEMA_SINCE: Readonly<Record<string, { since: string; source: string }>> = {
  'button.open-type.agreePrivacyAuthorization': { since: '2.32.3', source: '[PRIV] research.md §6.2 (H)' },
  'button.open-type.openSetting': { since: '2.0.7', source: 'button doc; research.md §1.5 (H)' },
  'getSetting.object.withSubscriptions': { since: '2.10.1', source: 'wx.getSetting doc; research.md §1.4 (H)' },
  'openSetting.object.withSubscriptions': { since: '2.10.3', source: 'wx.openSetting doc; research.md §1.5 (H)' },
}

/**
 * Members of wx that are properties, whose version the typings do not give (they are not in API_SINCE):
 * "云开发能力从基础库 2.2.3 开始支持" (wxcloud/basis/getting-started.html, H). wx.env, wx.router, wx.worklet: always.
 */
export const PROPERTY_SINCE: Readonly<Record<string, string>> = { cloud: '2.2.3' }

/** Whether `wx[api]` exists on this base library. APIs the typings do not list are taken as always there. */
export function apiAvailable(api: string, SDKVersion: string): boolean {
  const since = API_SINCE[api] ?? PROPERTY_SINCE[api]
  return since === undefined || compareVersion(SDKVersion, since) >= 0
}

export type Features = Readonly<Record<keyof typeof FEATURE_SINCE, boolean>>

const featureCache = new Map<string, Features>()

/** Which version-gated behaviours are on for a base library (computed once per version; read on every call). */
export function featuresOf(SDKVersion: string): Features {
  let features = featureCache.get(SDKVersion)
  if (!features) {
    const entries = Object.entries(FEATURE_SINCE).map(([name, since]) => [name, compareVersion(SDKVersion, since) >= 0])
    featureCache.set(SDKVersion, (features = Object.freeze(Object.fromEntries(entries)) as Features))
  }
  return features
}

/**
 * `wx.canIUse(schema)`: `${API}` or `${API}.${method}.${param}…` / `${component}.${attribute}.${option}`
 * (wx.canIUse doc: `wx.canIUse('openBluetoothAdapter')`, no `wx.` prefix). SCHEMA_SINCE first, then bare API names
 * (every member of the typings: true exactly when it is on wx), fields of the typings' option/result interfaces and
 * the component table (schema-since.ts); undefined means fake-wx does not know the schema.
 */
export function canIUse(schema: string, SDKVersion: string): boolean | undefined {
  const row = Object.hasOwn(SCHEMA_SINCE, schema) ? SCHEMA_SINCE[schema] : undefined
  if (row) return compareVersion(SDKVersion, row.since) >= 0
  const since = schemaSince(schema, PROPERTY_SINCE)
  if (since !== undefined) return compareVersion(SDKVersion, since) >= 0
  return undefined
}
