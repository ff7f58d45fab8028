import type { Scope } from '../runtime/auth/scope-table.ts'
import type { AnswerOf, DetailsOf, PromptKind } from '../runtime/user/prompt-kinds.ts'

/**
 * What a user can answer at each kind of prompt, as the explorer tries them, in this order (the first answer
 * of every prompt makes the first path). One row per prompt kind: the table is typed over PromptKinds, so a
 * new kind of native UI does not compile until it says what its user can do. Pickers try 'cancel' and one
 * pick (the first entry of a list, a default file); what is picked is not the point of a permission flow.
 */
export type AnswerChoices = { readonly [K in PromptKind]: (details: DetailsOf<K>) => readonly AnswerOf<K>[] }

/** Settings pages with more listed switches than this get the useful subset, not all 2^n combinations. */
const ALL_COMBINATIONS_UP_TO = 3

const PLACE = { name: '腾讯大厦', address: '广东省深圳市南山区深南大道10000号', latitude: 22.5405, longitude: 113.9345 }
const pickFirst = <T>(list: readonly T[]): readonly ('cancel' | 0)[] => (list.length > 0 ? ['cancel', 0] : ['cancel'])

export const ANSWER_CHOICES: AnswerChoices = {
  authorize: () => ['allow', 'deny'],
  // A modal without a cancel button (showCancel: false) can only be confirmed: the mask does not close it on iOS or
  // Android ≥ 6.7.2 ("点击蒙层不会关闭模态弹窗", https://developers.weixin.qq.com/miniprogram/dev/api/ui/interaction/wx.showModal.html, H).
  modal: (d) => (d.showCancel === false ? ['confirm'] : ['confirm', 'cancel']),
  settings: (d) => settingsChoices(Object.keys(d.authSetting) as Scope[]),
  chooseLocation: () => ['cancel', PLACE],
  osPermission: () => ['allow', 'deny'],
  privacy: () => ['agree', 'disagree'],
  // The phone's Settings page: allow what it shows denied, or come back without a change.
  appAuthorizeSetting: (d) => {
    const denied = Object.entries(d.settings).filter(([, state]) => state !== 'authorized')
    return denied.length === 0 ? [{}] : [Object.fromEntries(denied.map(([p]) => [p, 'authorized'])), {}]
  },
  systemBluetoothSetting: () => ['on', 'off'],
  addPhoneContact: () => ['add', 'addToExisting', 'cancel'],
  addPhoneCalendar: () => ['add', 'cancel'],
  chooseAddress: (d) => pickFirst(d.addresses),
  chooseInvoiceTitle: (d) => pickFirst(d.titles),
  chooseInvoice: (d) => pickFirst(d.invoices),
  getUserProfile: () => ['allow', 'deny'],
  getPhoneNumber: () => ['allow', 'deny'],
  chooseAvatar: () => ['cancel', 'wechat'],
  nicknameReview: () => ['pass', 'reject', 'timeout'],
  contact: (d) => (d.showMessageCard ? ['card', 'back'] : ['back']),
  enableWeRun: () => ['enable', 'cancel'],
  actionSheet: (d) => ['cancel', ...d.itemList.map((_, i) => i)],
  requestSubscribeMessage: () => ['accept', 'reject', 'cancel'],
  chooseMedia: () => ['cancel', 1],
  chooseImage: () => ['cancel', 1],
  chooseVideo: () => ['cancel', { type: 'video', duration: 8 }],
  scanCode: () => ['cancel', 'https://example.com'],
  chooseMessageFile: () => ['cancel', 1],
  choosePoi: () => ['cancel', { name: PLACE.name, address: PLACE.address }],
  chooseLicensePlate: () => ['cancel', '粤B12345'],
  editImage: () => ['cancel', 'done'],
  cropImage: () => ['cancel', 'done'],
  makePhoneCall: () => ['call', 'cancel'],
}

/**
 * The settings page: every on/off combination of the listed switches (all on first), up to
 * ALL_COMBINATIONS_UP_TO switches; beyond, all on, all off, and each switch alone off. No switch listed:
 * the user can only come back.
 */
export function settingsChoices(listed: readonly Scope[]): Partial<Record<Scope, boolean>>[] {
  if (listed.length === 0) return [{}]
  const set = (on: (i: number) => boolean) => Object.fromEntries(listed.map((s, i) => [s, on(i)])) as Partial<Record<Scope, boolean>>
  if (listed.length <= ALL_COMBINATIONS_UP_TO) {
    return Array.from({ length: 2 ** listed.length }, (_, n) => set((i) => ((n >> (listed.length - 1 - i)) & 1) === 0))
  }
  return [set(() => true), set(() => false), ...listed.map((_, off) => set((i) => i !== off))]
}
