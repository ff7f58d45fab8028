import type { Scope } from '../auth/scope-table.ts'
import type { DevicePermission, OsPermissionState } from '../device/os-permissions.ts'
import type { InvoiceCard, InvoiceTitle, ShippingAddress } from '../device/account.ts'
import type { RepeatInterval } from '../device/calendar.ts'
import type { ContactFields } from '../device/contacts.ts'
import { checkSubscribeAnswer, type SubscribeAnswer, type SubscribeTemplateShown } from '../apis/subscribe-message/subscribe-answer.ts'
import { MEDIA_PROMPT_KINDS, type MediaPromptKinds } from '../apis/media/media-prompt-kinds.ts'

/** A place the user picks in wx.chooseLocation's map picker (gcj02, as the picker returns it). */
export interface ChosenPlace {
  name: string
  address: string
  latitude: number
  longitude: number
}

/**
 * Every kind of prompt the simulated user answers: what the prompt shows (`details`) and what an answer is.
 * A capability that shows a new kind of native UI adds an entry here and in PROMPT_KINDS; no API invents
 * its own way to ask.
 */
export interface PromptKinds {
  /**
   * The scope permission dialog (wx.authorize or the first use of a guarded API). `privacy`: the dialog carries the
   * privacy-guide checkbox (base library ≥ 3.4.2, privacy/privacy-checkbox.ts); 'allow' ticks it and allows.
   */
  authorize: { details: { scope: Scope; api: string; desc?: string; privacy?: { contractName: string } }; answer: 'allow' | 'deny' }
  /** wx.showModal. 'confirm' / 'cancel', or `{ confirm: true, content }` for an editable modal. */
  modal: {
    details: { title: string; content: string; showCancel: boolean; confirmText: string; cancelText: string; editable: boolean }
    answer: 'confirm' | 'cancel' | { confirm: boolean; content?: string }
  }
  /** The settings page (wx.openSetting): the switches the user sets before coming back. */
  settings: { details: { authSetting: Record<string, boolean> }; answer: Partial<Record<Scope, boolean>> }
  /** wx.chooseLocation's map picker. */
  chooseLocation: { details: { latitude?: number; longitude?: number }; answer: ChosenPlace | 'cancel' }
  /** iOS's own dialog asking whether WeChat may use a permission (shown while it is 'not determined'). */
  osPermission: { details: { permission: DevicePermission; api: string }; answer: 'allow' | 'deny' }
  /** The official privacy popup, shown when the app registered no wx.onNeedPrivacyAuthorization listener. */
  privacy: { details: { contractName: string; referrer: string }; answer: 'agree' | 'disagree' }
  /** The phone's Settings page for WeChat (wx.openAppAuthorizeSetting): the permissions the user changes there. */
  appAuthorizeSetting: {
    details: { settings: Record<DevicePermission, OsPermissionState> }
    answer: Partial<Record<DevicePermission, 'authorized' | 'denied'>>
  }
  /** The phone's Bluetooth settings page (wx.openSystemBluetoothSetting, Android): the switch as the user leaves it. */
  systemBluetoothSetting: { details: { bluetoothEnabled: boolean }; answer: 'on' | 'off' }
  /** wx.addPhoneContact's system sheet: 新增联系人, 添加到已有联系人, or cancel. */
  addPhoneContact: { details: { contact: ContactFields }; answer: 'add' | 'addToExisting' | 'cancel' }
  /** The confirmation sheet of wx.addPhoneCalendar / wx.addPhoneRepeatCalendar. */
  addPhoneCalendar: {
    details: { title: string; startTime: number; repeat?: { interval: RepeatInterval; endTime?: number } }
    answer: 'add' | 'cancel'
  }
  /** wx.chooseAddress's address list: the index of an entry of `rt.device.account.addresses`, a new address typed in, or cancel. */
  chooseAddress: { details: { addresses: readonly ShippingAddress[] }; answer: number | ShippingAddress | 'cancel' }
  /** wx.chooseInvoiceTitle's list: the index of an entry of `rt.device.account.invoiceTitles`, a new title, or cancel. */
  chooseInvoiceTitle: { details: { titles: readonly InvoiceTitle[] }; answer: number | InvoiceTitle | 'cancel' }
  /** wx.chooseInvoice's card package: the index (or indices) of `rt.device.account.invoices` picked, or cancel. */
  chooseInvoice: { details: { invoices: readonly InvoiceCard[] }; answer: number | readonly number[] | 'cancel' }
  /** wx.getUserProfile's dialog, shown on every call with the app's `desc`. */
  getUserProfile: { details: { desc: string }; answer: 'allow' | 'deny' }
  /** The phone-number sheet of `<button open-type="getPhoneNumber">`: the user allows sharing the number, or not. */
  getPhoneNumber: { details: { phoneNumber: string }; answer: 'allow' | 'deny' }
  /**
   * The avatar sheet of `<button open-type="chooseAvatar">` (用微信头像 / 从相册选择 / 拍照 / 取消): the WeChat avatar,
   * a photo (`{ source, width?, height?, data? }`, a square JPEG by default), or cancel.
   */
  chooseAvatar: { details: Record<string, never>; answer: AvatarAnswer }
  /** WeChat's safety check of what an `<input type="nickname">` holds, run on blur: passes, rejects it (the field is cleared), or times out. */
  nicknameReview: { details: { value: string }; answer: 'pass' | 'reject' | 'timeout' }
  /** The customer-service chat of `<button open-type="contact">`: the user comes back by tapping the mini program card, or by leaving. */
  contact: { details: { sessionFrom: string; showMessageCard: boolean; sendMessagePath: string; sendMessageTitle: string }; answer: 'card' | 'back' }
  /** The page that turns WeRun (微信运动) on, opened by wx.getWeRunData while it is off. */
  enableWeRun: { details: Record<string, never>; answer: 'enable' | 'cancel' }
  /** wx.showActionSheet's menu: the index of the item tapped (top first, from 0), or 'cancel' (取消 or the mask). */
  actionSheet: { details: { itemList: readonly string[]; itemColor: string; alertText?: string }; answer: number | 'cancel' }
  /** The subscription panel of wx.requestSubscribeMessage: per template, or one choice for all; `keep` ticks 总是保持以上选择. */
  requestSubscribeMessage: { details: { templates: readonly SubscribeTemplateShown[] }; answer: SubscribeAnswer }
  chooseMedia: MediaPromptKinds['chooseMedia']
  chooseImage: MediaPromptKinds['chooseImage']
  chooseVideo: MediaPromptKinds['chooseVideo']
  scanCode: MediaPromptKinds['scanCode']
  chooseMessageFile: MediaPromptKinds['chooseMessageFile']
  choosePoi: MediaPromptKinds['choosePoi']
  chooseLicensePlate: MediaPromptKinds['chooseLicensePlate']
  editImage: MediaPromptKinds['editImage']
  cropImage: MediaPromptKinds['cropImage']
  /** wx.makePhoneCall's sheet showing the number: call it, or cancel. */
  makePhoneCall: { details: { phoneNumber: string }; answer: 'call' | 'cancel' }
}

/** What the user picks in the avatar sheet (open-type="chooseAvatar"). */
export type AvatarAnswer =
  | 'cancel'
  | 'wechat'
  | 'album'
  | 'camera'
  | { source?: 'wechat' | 'album' | 'camera'; width?: number; height?: number; data?: Uint8Array | ArrayBuffer | string }

export type PromptKind = keyof PromptKinds
export type AnswerOf<K extends PromptKind> = PromptKinds[K]['answer']
export type DetailsOf<K extends PromptKind> = PromptKinds[K]['details']

export interface PromptKindSpec {
  /** What the user sees, for error messages: "the permission dialog". */
  readonly title: string
  /** Standing answers may be a map keyed by scope (`{ 'scope.camera': 'deny' }`). */
  readonly byScope?: boolean
  /** Example answer for error messages. */
  readonly example: string
  /** Returns an error text when `answer` is not a valid answer of this kind. */
  readonly check: (answer: unknown) => string | undefined
}

const oneOf = (...values: string[]) => (answer: unknown) =>
  typeof answer === 'string' && values.includes(answer) ? undefined : `expected one of ${values.map((v) => `'${v}'`).join(', ')}`

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

export const PROMPT_KINDS: { readonly [K in PromptKind]: PromptKindSpec } = {
  authorize: { title: 'permission dialog', byScope: true, example: `'allow'`, check: oneOf('allow', 'deny') },
  modal: {
    title: 'modal (wx.showModal)',
    example: `'confirm'`,
    check: (a) =>
      a === 'confirm' || a === 'cancel' || (isRecord(a) && typeof a.confirm === 'boolean')
        ? undefined
        : `expected 'confirm', 'cancel' or { confirm: boolean, content?: string }`,
  },
  settings: {
    title: 'settings page (wx.openSetting)',
    example: `{ 'scope.userLocation': true }`,
    check: (a) =>
      isRecord(a) && Object.values(a).every((v) => typeof v === 'boolean')
        ? undefined
        : `expected a map of scope → boolean, e.g. { 'scope.userLocation': true }`,
  },
  chooseLocation: {
    title: 'location picker (wx.chooseLocation)',
    example: `{ name: '腾讯大厦', address: '广东省深圳市南山区深南大道10000号', latitude: 22.5405, longitude: 113.9345 }`,
    check: (a) =>
      a === 'cancel' ||
      (isRecord(a) && typeof a.latitude === 'number' && typeof a.longitude === 'number' && typeof a.name === 'string' && typeof a.address === 'string')
        ? undefined
        : `expected 'cancel' or { name, address, latitude, longitude }`,
  },
  osPermission: { title: 'system permission dialog (iOS)', example: `'allow'`, check: oneOf('allow', 'deny') },
  privacy: { title: 'official privacy popup', example: `'agree'`, check: oneOf('agree', 'disagree') },
  appAuthorizeSetting: {
    title: 'system settings page for WeChat (wx.openAppAuthorizeSetting)',
    example: `{ location: 'authorized' }`,
    check: (a) =>
      isRecord(a) && Object.values(a).every((v) => v === 'authorized' || v === 'denied')
        ? undefined
        : `expected a map of permission → 'authorized' | 'denied', e.g. { location: 'authorized' }`,
  },
  systemBluetoothSetting: { title: 'system Bluetooth settings page', example: `'on'`, check: oneOf('on', 'off') },
  addPhoneContact: {
    title: 'add-contact sheet (wx.addPhoneContact)',
    example: `'add'`,
    check: oneOf('add', 'addToExisting', 'cancel'),
  },
  addPhoneCalendar: {
    title: 'add-to-calendar sheet (wx.addPhoneCalendar)',
    example: `'add'`,
    check: oneOf('add', 'cancel'),
  },
  chooseAddress: {
    title: 'address list (wx.chooseAddress)',
    example: `0`,
    check: (a) => pickCheck(a, 'userName', `an index of rt.device.account.addresses, 'cancel', or a new { userName, telNumber, … }`),
  },
  chooseInvoiceTitle: {
    title: 'invoice title list (wx.chooseInvoiceTitle)',
    example: `0`,
    check: (a) => pickCheck(a, 'title', `an index of rt.device.account.invoiceTitles, 'cancel', or a new { type, title, … }`),
  },
  chooseInvoice: {
    title: 'invoice list (wx.chooseInvoice)',
    example: `0`,
    check: (a) =>
      a === 'cancel' || isIndex(a) || (Array.isArray(a) && a.length > 0 && a.every(isIndex))
        ? undefined
        : `expected an index (or a non-empty array of indices) of rt.device.account.invoices, or 'cancel'`,
  },
  getUserProfile: { title: 'profile dialog (wx.getUserProfile)', example: `'allow'`, check: oneOf('allow', 'deny') },
  getPhoneNumber: { title: 'phone number sheet (<button open-type="getPhoneNumber">)', example: `'allow'`, check: oneOf('allow', 'deny') },
  chooseAvatar: {
    title: 'avatar sheet (<button open-type="chooseAvatar">)',
    example: `'wechat'`,
    check: (a) =>
      (typeof a === 'string' && ['cancel', 'wechat', 'album', 'camera'].includes(a)) ||
      (isRecord(a) && (a.source === undefined || ['wechat', 'album', 'camera'].includes(a.source as string)))
        ? undefined
        : `expected 'wechat', 'album', 'camera', 'cancel' or { source?, width?, height?, data? }`,
  },
  nicknameReview: { title: 'nickname safety check (<input type="nickname">, on blur)', example: `'pass'`, check: oneOf('pass', 'reject', 'timeout') },
  contact: { title: 'customer service chat (<button open-type="contact">)', example: `'card'`, check: oneOf('card', 'back') },
  enableWeRun: { title: 'turn-on-WeRun page (wx.getWeRunData)', example: `'enable'`, check: oneOf('enable', 'cancel') },
  actionSheet: {
    title: 'action sheet (wx.showActionSheet)',
    example: `0`,
    check: (a) => (a === 'cancel' || isIndex(a) ? undefined : `expected the index of the item tapped (0 is the top one) or 'cancel'`),
  },
  requestSubscribeMessage: {
    title: 'subscription panel (wx.requestSubscribeMessage)',
    example: `'accept'`,
    check: checkSubscribeAnswer,
  },
  ...MEDIA_PROMPT_KINDS,
  makePhoneCall: { title: 'call sheet (wx.makePhoneCall)', example: `'call'`, check: oneOf('call', 'cancel') },
}

function isIndex(a: unknown): a is number {
  return typeof a === 'number' && Number.isInteger(a) && a >= 0
}

/** A picker answer: 'cancel', an index into the fixture list, or a new entry (an object with `key`). */
function pickCheck(a: unknown, key: string, expected: string): string | undefined {
  return a === 'cancel' || isIndex(a) || (isRecord(a) && typeof a[key] === 'string') ? undefined : `expected ${expected}`
}

/** Every prompt kind, in PROMPT_KINDS order: what `rt.prompts[i].kind` and `toHavePrompted(kind)` take. */
export const PROMPT_KIND_NAMES = Object.keys(PROMPT_KINDS) as PromptKind[]
