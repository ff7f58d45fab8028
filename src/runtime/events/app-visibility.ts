import type { RuntimeCore } from '../core.ts'
import { failure, type Outcome } from '../errors/wx-error.ts'

/**
 * Whether the mini program is in the background: set by whoever hides it (the settings page, a native page) before
 * wx.onAppHide listeners run, and cleared before wx.onAppShow ones, so a listener sees the state it is told about.
 */
export function setAppHidden(core: RuntimeCore, hidden: boolean): void {
  core.events.appHidden = hidden
}

export function appHidden(core: RuntimeCore): boolean {
  return core.events.appHidden
}

/**
 * getLocation and startRecord: "当用户离开小程序后，此接口无法调用" (wx.getLocation and wx.startRecord docs, H;
 * research.md §3.1, §3.2). The client's errMsg is not documented: `config.backgroundCallFail` (null = allowed).
 */
export function foregroundOnly(core: RuntimeCore): Outcome<never> | undefined {
  const reason = core.config.backgroundCallFail
  return reason !== null && appHidden(core) ? failure(reason) : undefined
}
