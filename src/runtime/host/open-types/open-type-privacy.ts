import type { RuntimeCore } from '../../core.ts'
import type { Outcome } from '../../errors/wx-error.ts'
import { contextFor } from '../../facade/invoke.ts'
import { checkPrivacy } from '../../privacy/privacy-gate.ts'
import { privacyTypesOfGuard } from '../../privacy/privacy-apis.ts'

/**
 * The privacy layer in front of an open-type button (privacy/privacy-apis.ts: `<button open-type="getPhoneNumber">`,
 * `getRealtimePhoneNumber`, `chooseAvatar` are privacy guards, research.md §6.4): 112 when the guide does not declare
 * the type, nothing once agreed, else the consent flow (the app's onNeedPrivacyAuthorization listener, whose
 * `eventInfo.referrer` is "button.getPhoneNumber" — the typings' own example, H — or the official popup).
 * Resolves with the refusal, or undefined to go on.
 */
export async function openTypePrivacy(core: RuntimeCore, openType: string): Promise<(Outcome<never> & { ok: false }) | undefined> {
  const types = privacyTypesOfGuard(`<button open-type="${openType}">`)
  const outcome = await checkPrivacy(contextFor(core, openType), types, `button.${openType}`)
  return outcome && !outcome.ok ? outcome : undefined
}
