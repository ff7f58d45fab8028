/**
 * The registry: every wx API fake-wx implements, by capability, in the order of WeChat's docs.
 * `rt.wx` is built from this list and typed as `Pick<WechatMiniprogram.Wx, WxApiName>`.
 */
import { LOCATION_APIS } from './location/index.ts'
import { LOGIN_APIS } from './login/index.ts'
import { NETWORK_APIS } from './network/index.ts'
import { SETTINGS_APIS } from './settings/index.ts'
import { STORAGE_APIS } from './storage/index.ts'
import { UI_APIS } from './ui/index.ts'

export const API_DEFINITIONS = [...SETTINGS_APIS, ...UI_APIS, ...LOCATION_APIS, ...NETWORK_APIS, ...STORAGE_APIS, ...LOGIN_APIS] as const

export type WxApiName = (typeof API_DEFINITIONS)[number]['name']
