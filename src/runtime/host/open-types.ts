import { authSettingOf } from '../auth/auth-setting.ts'
import { visitSettingsPage } from '../auth/settings-page.ts'
import type { RuntimeCore } from '../core.ts'
import { FakeWxError } from '../errors/fake-wx-error.ts'
import { tapAgreePrivacyButton } from '../privacy/privacy-state.ts'

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

/** The tapped button as the action sees it: its `id` (the agree button's id is what the app resolves with). */
export type OpenTypeAction = (core: RuntimeCore, button: { readonly id?: string }) => Promise<OpenTypeResult>

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
}

/** Open types the client has and fake-wx does not run yet: a clear error instead of a silent tap. */
const NOT_YET: Readonly<Record<string, string>> = {
  chooseAvatar: 'the avatar picker (bindchooseavatar)',
  getPhoneNumber: 'the phone number dialog (bindgetphonenumber)',
  getRealtimePhoneNumber: 'the phone number dialog (bindgetrealtimephonenumber)',
  getUserInfo: 'the user info button (bindgetuserinfo)',
  contact: 'the customer service session (bindcontact)',
  share: 'sharing (onShareAppMessage)',
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
