import type { RuntimeCore } from '../core.ts'
import { FakeWxError } from '../errors/fake-wx-error.ts'
import { storageOf } from '../apis/storage/storage-store.ts'
import { setAppHidden } from '../events/app-visibility.ts'
import { forgetAgreement } from '../privacy/privacy-state.ts'
import { isScope, isWithdrawn, type Scope } from './scope-table.ts'
import { EMPTY_OBJECT, SharedEntry } from '../trace/trace.ts'

/**
 * The mini program's settings page (设置页), opened by wx.openSetting, the openSetting button, or the
 * user from the "…" menu. It lists only scopes asked before ("设置界面只会出现小程序已经向用户请求过的权限",
 * openSetting doc, H). Leaving for it hides the mini program and coming back shows it again, so
 * wx.onAppHide / wx.onAppShow listeners (and pages' onHide/onShow) run around it.
 *
 * Location is one item with three options (research.md §4.1, M/L):
 *   仅在使用小程序期间               → userLocation true,  userLocationBackground false
 *   使用小程序期间和离开小程序后     → userLocation true,  userLocationBackground true
 *                                      (offered only with app.json requiredBackgroundModes: ['location'])
 *   不允许                           → userLocation false, userLocationBackground false
 */
export type SettingsToggles = Partial<Record<Scope, boolean>>

const LOCATION: Scope = 'scope.userLocation'
const BACKGROUND: Scope = 'scope.userLocationBackground'

/**
 * The switches the page shows: scope → on/off, asked scopes only. A withdrawn scope has no switch, even once
 * `withdrawnScopes: 'once-used'` stored it: its authorization is cancelled and it always reads true
 * ("已取消此项授权，会默认返回true", typings AuthSetting; research.md §4.3, H).
 */
export function listedSwitches(core: RuntimeCore): Record<string, boolean> {
  const listed = core.auth.snapshot() as Record<string, boolean>
  for (const scope in listed) if (isWithdrawn(scope as Scope, core.config.appType)) delete listed[scope]
  return listed
}

/**
 * Leaves the mini program for a native page (settings page, the phone's Settings app …) and comes back:
 * hidden before (wx.onAppHide), shown after (wx.onAppShow), also when `during` fails.
 */
export async function awayFromMiniProgram<T>(core: RuntimeCore, during: () => Promise<T>): Promise<T> {
  appVisibility(core, 'appHide')
  try {
    return await during()
  } finally {
    appVisibility(core, 'appShow')
  }
}

/** Opens the settings page, lets the user set switches (`answer`), applies them and comes back. */
export async function visitSettingsPage(
  core: RuntimeCore,
  answer: (listed: Record<string, boolean>) => Promise<SettingsToggles>,
): Promise<void> {
  await awayFromMiniProgram(core, async () => applyToggles(core, await answer(listedSwitches(core))))
}

/** The user opens the settings page on their own (from the "…" menu) and changes switches. */
export function changeSettingsFromMenu(core: RuntimeCore, toggles: SettingsToggles): void {
  core.trace.record({ type: 'note', text: 'the user opens the settings page from the menu' })
  appVisibility(core, 'appHide')
  try {
    applyToggles(core, toggles)
  } finally {
    appVisibility(core, 'appShow')
  }
}

/**
 * The trace's entries of the app hidden and shown: the same in every runtime, so made once (trace.ts SharedEntry;
 * issue 14: 64 B per entry per runtime), with one shared empty payload, seq and time in the literal.
 */
const APP_HIDE_ENTRY = new SharedEntry((seq, time) => ({ type: 'event', name: 'onAppHide', payload: EMPTY_OBJECT, seq, time }))
const APP_SHOW_ENTRY = new SharedEntry((seq, time) => ({ type: 'event', name: 'onAppShow', payload: EMPTY_OBJECT, seq, time }))

/** The mini program is covered by the native page, then shown again: traced (wx.onAppHide / wx.onAppShow) and emitted. */
function appVisibility(core: RuntimeCore, channel: 'appHide' | 'appShow'): void {
  setAppHidden(core, channel === 'appHide')
  core.trace.recordShared(channel === 'appHide' ? APP_HIDE_ENTRY : APP_SHOW_ENTRY)
  core.events.emit(channel, {})
}

/** Applies the user's switches as the page would; a switch the page does not show is ignored (noted in the trace). */
export function applyToggles(core: RuntimeCore, toggles: SettingsToggles): void {
  const switches = listedSwitches(core)
  const listed = (scope: Scope) => Object.hasOwn(switches, scope)
  const backgroundOffered = core.config.appJson.requiredBackgroundModes?.includes('location') ?? false
  for (const scope of Object.keys(toggles)) {
    const on = toggles[scope as Scope]
    if (!isScope(scope)) {
      throw new FakeWxError(`The settings page has no switch for ${JSON.stringify(scope)} (not a scope).`)
    }
    if (scope === BACKGROUND) {
      const locationItemShown = listed(LOCATION) || listed(BACKGROUND)
      if (!locationItemShown || (on && !backgroundOffered)) {
        core.trace.record({
          type: 'note',
          text: `settings page: no "使用小程序期间和离开小程序后" option (${locationItemShown ? "app.json has no requiredBackgroundModes: ['location']" : 'location was never asked'}); ${scope} unchanged`,
        })
        continue
      }
      core.auth.set(BACKGROUND, on ? 'granted' : 'denied', 'settings')
      if (on) core.auth.set(LOCATION, 'granted', 'settings')
      continue
    }
    // The location item is one item for both keys (research.md §4.1 M/L): listed once either was asked, e.g. by the
    // first wx.startLocationUpdateBackground call alone (research §1.5, §4.1 L). 不允许 turns both off;
    // 仅在使用小程序期间 turns location on (issue 11, defect 9: this switch was ignored when only background was listed).
    if (scope === LOCATION && !listed(LOCATION) && listed(BACKGROUND)) {
      core.auth.set(LOCATION, on ? 'granted' : 'denied', 'settings')
      if (!on) core.auth.set(BACKGROUND, 'denied', 'settings')
      continue
    }
    if (!listed(scope)) {
      const why = isWithdrawn(scope, core.config.appType) ? 'withdrawn: no switch, always true' : 'never asked'
      core.trace.record({ type: 'note', text: `settings page: ${scope} is not listed (${why}); the switch is ignored` })
      continue
    }
    core.auth.set(scope, on ? 'granted' : 'denied', 'settings')
    if (scope === LOCATION && !on && listed(BACKGROUND)) core.auth.set(BACKGROUND, 'denied', 'settings')
  }
}

/**
 * The user deletes the mini program (微信下拉 → 最近使用的小程序 → 删除): the authorization record is kept "直到用户主动删除小程序"
 * ([AUTH] H), so every scope is never-asked again, and the privacy consent goes with it (research.md §1.1, §8.12, M);
 * wx storage too ("除非用户主动删除…否则数据都一直可用", wx.setStorage doc, H). What runs in the runtime stays.
 */
export function deleteMiniProgram(core: RuntimeCore): void {
  core.trace.record({ type: 'note', text: 'the user deletes the mini program from "recently used"' })
  core.auth.clear('deleted')
  forgetAgreement(core)
  storageOf(core).clear()
}
