import { authSettingOf } from '../auth/auth-setting.ts'
import { visitSettingsPage } from '../auth/settings-page.ts'
import type { RuntimeCore } from '../core.ts'
import { FakeWxError } from '../errors/fake-wx-error.ts'
import { tapAgreePrivacyButton } from '../privacy/privacy-state.ts'
import { openDataResult } from '../open-data/open-data-result.ts'
import { createHash } from 'node:crypto'
import { stateOf } from '../core.ts'
import { errMsgOf } from '../errors/wx-error.ts'
import { openTypePrivacy } from './open-types/open-type-privacy.ts'
import { chooseAvatar, userInfoButton } from './open-types/profile-open-types.ts'
import { contactSession, shareButton } from './open-types/share-open-types.ts'

/**
 * What a `<button open-type="…">` does when the user taps it: the native action, then the event the
 * button reports to its `bind<event>` handler, with its `detail` (component/button.html, H).
 * A capability whose runtime part exists adds its row here.
 */
export interface OpenTypeResult {
  /** The event name, as in `bind<event>`: 'opensetting'. */
  readonly event: string
  readonly detail: unknown
}

/**
 * The tapped button as the action sees it: its `id` (the agree button's id is what the app resolves with), its
 * `dataset`, its evaluated attributes (`session-from`, `send-message-path`, `lang` …) and the page it is on.
 */
export interface OpenTypeButton {
  readonly id?: string | undefined
  readonly dataset?: Readonly<Record<string, unknown>> | undefined
  readonly attrs?: Readonly<Record<string, unknown>> | undefined
  readonly page?: { readonly route: string; readonly instance: object } | undefined
}

/** The native action of one open-type; undefined when the button reports no event (a cancelled sheet, a share). */
export type OpenTypeAction = (core: RuntimeCore, button: OpenTypeButton) => Promise<OpenTypeResult | undefined>

export const OPEN_TYPES: Readonly<Record<string, OpenTypeAction>> = {
  // open-type="openSetting" (base library 2.0.7): opens the settings page, no tap rule (the user's own tap);
  // bindopensetting gets { errMsg: 'openSetting:ok', authSetting } (research.md §1.5, H).
  openSetting: async (core) => {
    await visitSettingsPage(core, (authSetting) => core.user.ask('settings', 'openSetting', { authSetting }))
    return { event: 'opensetting', detail: { errMsg: 'openSetting:ok', authSetting: authSettingOf(core.auth, core.config.withdrawnScopes, core.config.appType) } }
  },
  // open-type="agreePrivacyAuthorization" (2.32.3): "用户点击一次此按钮后，所有已声明过的隐私接口可以正常调用" — the tap
  // records consent, and its id is what resolve({ event: 'agree', buttonId }) must name (research.md §6.2, H).
  // The detail of bindagreeprivacyauthorization is not documented (?): an empty one.
  agreePrivacyAuthorization: async (core, button) => {
    if (!button.id) {
      throw new FakeWxError(
        '<button open-type="agreePrivacyAuthorization"> needs an id: the app resolves with resolve({ event: \'agree\', buttonId }).',
        `page.tapButton({ openType: 'agreePrivacyAuthorization', id: 'agree-btn', bindagreeprivacyauthorization: 'onAgree' })`,
      )
    }
    tapAgreePrivacyButton(core, button.id)
    return { event: 'agreeprivacyauthorization', detail: {} }
  },
  getPhoneNumber: (core) => phoneNumberSheet(core, 'getPhoneNumber'),
  // open-type="getRealtimePhoneNumber" (2.24.4, "手机号实时验证"): the same sheet, detail { errMsg, code } (button.html,
  // open-ability/getRealtimePhoneNumber.html, H); no encryptedData in the documented detail.
  getRealtimePhoneNumber: (core) => phoneNumberSheet(core, 'getRealtimePhoneNumber'),
  chooseAvatar: (core) => chooseAvatar(core),
  getUserInfo: (core, button) => userInfoButton(core, button),
  contact: (core, button) => contactSession(core, button),
  share: (core, button) => shareButton(core, button),
}

/** The number the phone-number sheet offers (a test fixture: createRuntime's user answers the sheet; the number is fixed). */
export const FIXTURE_PHONE_NUMBER = '13800138000'

/**
 * open-type="getPhoneNumber" (component/button.html; open-ability/getPhoneNumber.html, H): the user's phone-number
 * sheet. Allowed: detail { errMsg: 'getPhoneNumber:ok', code, encryptedData, iv, cloudID } — `code` (2.21.2) is what
 * the server exchanges (phonenumber.getPhoneNumber); encryptedData decrypts with the session_key to
 * { phoneNumber, purePhoneNumber, countryCode, watermark }. Refused: 'getPhoneNumber:fail user deny' on iOS and
 * DevTools, 'getPhoneNumber:fail:user deny' on Android (community reports 2019–2022, M).
 */
async function phoneNumberSheet(core: RuntimeCore, api: 'getPhoneNumber' | 'getRealtimePhoneNumber'): Promise<OpenTypeResult> {
  const event = api.toLowerCase()
  // The privacy agreement first ("收集你的手机号", research.md §6.4); a refusal reaches the handler as `<api>:fail …` (L: the
  // detail of a privacy refusal on a button is not documented; apps report "getPhoneNumber:fail privacy permission is not authorized").
  const refused = await openTypePrivacy(core, api)
  if (refused) return { event, detail: { errMsg: errMsgOf(api, refused.reason), errno: refused.errno } }
  const answer = await core.user.ask('getPhoneNumber', api, { phoneNumber: FIXTURE_PHONE_NUMBER })
  if (answer !== 'allow') {
    return { event, detail: { errMsg: core.config.platform === 'android' ? `${api}:fail:user deny` : `${api}:fail user deny` } }
  }
  const counter = stateOf(core, 'openType.phoneCodes', () => ({ n: 0 }))
  const code = createHash('md5').update(`${core.config.appid} phone code ${++counter.n}`).digest('hex')
  if (api === 'getRealtimePhoneNumber') return { event, detail: { errMsg: `${api}:ok`, code } }
  const plain = { phoneNumber: FIXTURE_PHONE_NUMBER, purePhoneNumber: FIXTURE_PHONE_NUMBER, countryCode: '86' }
  return { event, detail: { errMsg: `${api}:ok`, code, ...openDataResult(core, plain) } }
}

/** Open types the client has and fake-wx does not run yet: a clear error instead of a silent tap. */
const NOT_YET: Readonly<Record<string, string>> = {
  launchApp: 'opening an app (bindlaunchapp)',
  openGroupProfile: 'group profiles',
  feedback: 'the feedback page',
}

export function openTypeAction(openType: string): OpenTypeAction {
  const action = OPEN_TYPES[openType]
  if (action) return action
  const supported = `Supported: ${Object.keys(OPEN_TYPES).map((t) => `'${t}'`).join(', ')}.`
  const missing = NOT_YET[openType]
  if (missing) throw new FakeWxError(`<button open-type="${openType}"> is not supported yet: fake-wx does not simulate ${missing}.`, supported)
  throw new FakeWxError(`<button open-type="${openType}">: the client has no such open-type.`, supported)
}
