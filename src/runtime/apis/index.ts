/**
 * The registry: every wx API fake-wx implements, by capability, in the order of WeChat's docs.
 * `rt.wx` is built from this list and typed as `Pick<WechatMiniprogram.Wx, WxApiName>`.
 */
import { APP_EVENT_APIS } from './app-event/index.ts'
import { BASE_APIS } from './base/index.ts'
import { LOCATION_APIS } from './location/index.ts'
import { NAVIGATION_APIS } from './navigation/index.ts'
import { LOGIN_APIS } from './login/index.ts'
import { NETWORK_APIS } from './network/index.ts'
import { PRIVACY_APIS } from './privacy/index.ts'
import { SETTINGS_APIS } from './settings/index.ts'
import { STORAGE_APIS } from './storage/index.ts'
import { SYSTEM_APIS } from './system/index.ts'
import { UI_APIS } from './ui/index.ts'
import { RECORD_APIS } from './record/index.ts'
import { CAMERA_APIS } from './camera/index.ts'
import { BLUETOOTH_APIS } from './bluetooth/index.ts'
import { ALBUM_APIS } from './album/index.ts'
import { CONTACT_APIS } from './contact/index.ts'
import { CALENDAR_APIS } from './calendar/index.ts'
import { WERUN_APIS } from './werun/index.ts'
import { ADDRESS_APIS } from './address/index.ts'
import { INVOICE_APIS } from './invoice/index.ts'
import { USER_INFO_APIS } from './user-info/index.ts'
import { CLOUD_APIS } from './cloud/index.ts'
import { SUBSCRIBE_MESSAGE_APIS } from './subscribe-message/index.ts'
import { MEDIA_APIS } from './media/index.ts'
import { LICENSE_PLATE_APIS } from './license-plate/index.ts'
import { DEVICE_APIS } from './device/index.ts'
import { UPDATE_APIS } from './update/index.ts'
import { REPORT_APIS } from './report/index.ts'
import { FILES_APIS } from './files/index.ts'
import { MEDIA_PLAYBACK_APIS } from './media-playback/index.ts'
import { MAP_APIS } from './map/index.ts'
import { WXML_APIS } from './wxml/index.ts'

export const API_DEFINITIONS = [
  ...BASE_APIS,
  ...SYSTEM_APIS,
  ...APP_EVENT_APIS,
  ...NAVIGATION_APIS,
  ...SETTINGS_APIS,
  ...PRIVACY_APIS,
  ...UI_APIS,
  ...LOCATION_APIS,
  ...RECORD_APIS,
  ...CAMERA_APIS,
  ...BLUETOOTH_APIS,
  ...NETWORK_APIS,
  ...STORAGE_APIS,
  ...LOGIN_APIS,
  ...ALBUM_APIS,
  ...CONTACT_APIS,
  ...CALENDAR_APIS,
  ...WERUN_APIS,
  ...ADDRESS_APIS,
  ...INVOICE_APIS,
  ...USER_INFO_APIS,
  ...CLOUD_APIS,
  ...SUBSCRIBE_MESSAGE_APIS,
  ...MEDIA_APIS,
  ...LICENSE_PLATE_APIS,
  ...DEVICE_APIS,
  ...UPDATE_APIS,
  ...REPORT_APIS,
  ...FILES_APIS,
  ...MEDIA_PLAYBACK_APIS,
  ...MAP_APIS,
  ...WXML_APIS,
] as const

export type WxApiName = (typeof API_DEFINITIONS)[number]['name']
