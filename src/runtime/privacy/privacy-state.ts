import { stateOf, type RuntimeCore } from '../core.ts'
import { FakeWxError } from '../errors/fake-wx-error.ts'
import { isPrivacyType, PRIVACY_TYPE_NAMES, type PrivacyType } from './privacy-apis.ts'
import type { PrivacyOptions, ResolvedPrivacy } from './privacy-options.ts'

/**
 * The privacy agreement (base library ≥ 2.32.3, [PRIV] research.md §6): which data types the mini
 * program's 《隐私保护指引》 declares (set in the MP admin), which of them this user agreed to, the app's
 * onNeedPrivacyAuthorization listener, and the agree buttons the user tapped.
 */
export type { PrivacyOptions, ResolvedPrivacy } from './privacy-options.ts'

/** The name getPrivacySetting reports when none is configured (format "《xxx隐私保护指引》", [T:6205]). */
export const DEFAULT_CONTRACT_NAME = '《小程序隐私保护指引》'

/**
 * Default: every type declared and already agreed — the state after the user went through the guide once,
 * so privacy never interrupts a test that is about something else. A fresh user on ≥ 2.32.3 has not agreed:
 * that is the `privacy-not-agreed` preset.
 */
const DEFAULT_PRIVACY: Omit<ResolvedPrivacy, 'checkboxOnScopeDialog'> = {
  declared: PRIVACY_TYPE_NAMES,
  agreed: PRIVACY_TYPE_NAMES,
  contractName: DEFAULT_CONTRACT_NAME,
}

/**
 * The default, resolved: one frozen object per checkbox setting, shared by every runtime made without privacy options.
 * Issue 14: `{ ...DEFAULT_PRIVACY, checkboxOnScopeDialog }` was a copy per runtime, and V8 gave each copy a map of its
 * own (~0.3 KB of every live runtime).
 */
const DEFAULT_RESOLVED: readonly [ResolvedPrivacy, ResolvedPrivacy] = [
  Object.freeze({ ...DEFAULT_PRIVACY, checkboxOnScopeDialog: false }),
  Object.freeze({ ...DEFAULT_PRIVACY, checkboxOnScopeDialog: true }),
]

/** `checkboxByVersion`: the default of `checkboxOnScopeDialog` on this base library (FEATURE_SINCE.privacyCheckbox). */
export function resolvePrivacy(o: PrivacyOptions | undefined = {}, checkboxByVersion = false): ResolvedPrivacy {
  const checkboxOnScopeDialog = o.checkboxOnScopeDialog ?? checkboxByVersion
  if (typeof checkboxOnScopeDialog !== 'boolean') {
    throw new FakeWxError(`privacy.checkboxOnScopeDialog must be a boolean, got ${JSON.stringify(o.checkboxOnScopeDialog)}.`)
  }
  if (o.declared === undefined && o.agreed === undefined && o.contractName === undefined) return DEFAULT_RESOLVED[checkboxOnScopeDialog ? 1 : 0]
  const check = (list: readonly unknown[], where: string): PrivacyType[] => {
    if (!Array.isArray(list)) throw new FakeWxError(`privacy.${where} must be an array of privacy types, got ${JSON.stringify(list)}.`)
    for (const t of list) {
      if (!isPrivacyType(t)) {
        throw new FakeWxError(`privacy.${where} has an unknown privacy type ${JSON.stringify(t)}.`, `Privacy types: ${PRIVACY_TYPE_NAMES.join(', ')}.`)
      }
    }
    return [...list] as PrivacyType[]
  }
  const declared = o.declared === undefined || o.declared === 'all' ? PRIVACY_TYPE_NAMES : check(o.declared, 'declared')
  const agreed = o.agreed === undefined || o.agreed === true ? declared : o.agreed === false ? [] : check(o.agreed, 'agreed')
  const undeclared = agreed.filter((t) => !declared.includes(t))
  if (undeclared.length > 0) {
    throw new FakeWxError(`privacy.agreed lists ${undeclared.join(', ')}, which privacy.declared does not: a user can only agree to declared types.`)
  }
  return { declared, agreed, contractName: o.contractName ?? DEFAULT_CONTRACT_NAME, checkboxOnScopeDialog }
}

/** `resolve` as the listener gets it, and the listener. */
export type PrivacyResolve = (arg?: { event?: string; buttonId?: string }) => void
export type PrivacyListener = (resolve: PrivacyResolve, eventInfo: { referrer: string }) => void

export interface PrivacyState {
  readonly declared: ReadonlySet<PrivacyType>
  readonly agreed: AgreedTypes
  /** `agreed.has(type)`, without making `agreed` while consent never changed. */
  agrees(type: PrivacyType): boolean
  /** "覆盖式注册监听，若重复注册监听，则只有最后一次注册会生效" ([T:28842], H). */
  listener: PrivacyListener | undefined
  /** Made by the first tap on an agree button (issue 14: an empty Set is ~150 B of every runtime's first call). */
  tappedButtons: Set<string> | undefined
  /** When the user last refused the official popup (virtual clock), for the 10 s rule. */
  lastPopupRefusal: number | undefined
  /** Calls held until the listener's resolve, by API name. */
  readonly held: string[]
}

/**
 * The types a user agreed to: the configured list, shared by every runtime made with it, until this user's
 * consent changes it (copy on write). Issue 14: two Sets of every privacy type per runtime were ~2.5 KB of each
 * runtime's first wx call, and kept while it lives.
 */
export class AgreedTypes {
  #own: Set<PrivacyType> | undefined
  constructor(readonly shared: ReadonlySet<PrivacyType>) {}
  has(type: PrivacyType): boolean {
    return (this.#own ?? this.shared).has(type)
  }
  add(type: PrivacyType): void {
    ;(this.#own ??= new Set(this.shared)).add(type)
  }
  clear(): void {
    this.#own = new Set()
  }
}

/** One read-only Set per configured list (the default lists are the same arrays in every runtime's config). */
const setsOfLists = new WeakMap<readonly PrivacyType[], ReadonlySet<PrivacyType>>()
function setOf(list: readonly PrivacyType[]): ReadonlySet<PrivacyType> {
  let set = setsOfLists.get(list)
  if (!set) setsOfLists.set(list, (set = new Set(list)))
  return set
}

/**
 * One object, its agreed types and held calls made when first read (issue 14: a literal with an AgreedTypes and an
 * empty `held` array was 144 B of every runtime's first privacy-gated call; with nothing declared neither is read).
 */
class RuntimePrivacy implements PrivacyState {
  readonly declared: ReadonlySet<PrivacyType>
  listener: PrivacyListener | undefined = undefined
  tappedButtons: Set<string> | undefined = undefined
  lastPopupRefusal: number | undefined = undefined
  #shared: ReadonlySet<PrivacyType>
  #agreed: AgreedTypes | undefined = undefined
  #held: string[] | undefined = undefined
  constructor(declared: ReadonlySet<PrivacyType>, agreed: ReadonlySet<PrivacyType>) {
    this.declared = declared
    this.#shared = agreed
  }
  get agreed(): AgreedTypes {
    return (this.#agreed ??= new AgreedTypes(this.#shared))
  }
  agrees(type: PrivacyType): boolean {
    return this.#agreed ? this.#agreed.has(type) : this.#shared.has(type)
  }
  get held(): string[] {
    return (this.#held ??= [])
  }
}

export function privacyOf(core: RuntimeCore): PrivacyState {
  return stateOf(core, 'privacy', () => new RuntimePrivacy(setOf(core.config.privacy.declared), setOf(core.config.privacy.agreed)))
}

/**
 * `needAuthorization` [T:6211-6217]: false when nothing is declared, false when the user agreed to every
 * declared type, true otherwise (also when types were declared after the user agreed).
 */
export function needsAuthorization(state: PrivacyState): boolean {
  for (const t of state.declared) if (!state.agrees(t)) return true
  return false
}

/** The user agrees to the guide: consent covers every type declared now. */
export function recordAgreement(core: RuntimeCore, how: string): void {
  const state = privacyOf(core)
  if (!needsAuthorization(state)) return
  for (const t of state.declared) state.agreed.add(t)
  core.trace.record({ type: 'note', text: `privacy: the user agreed to the privacy guide (${how})` })
}

/**
 * The user taps `<button open-type="agreePrivacyAuthorization" id="<buttonId>">`. "用户点击一次此按钮后，
 * 所有已声明过的隐私接口可以正常调用" (research.md §6.2): the tap records consent by itself, and the id is
 * remembered for `resolve({ event: 'agree', buttonId })` ("基础库会检查对应的同意按钮是否被点击过", [T:28802]).
 * Host-agnostic: a page/component layer calls this when it dispatches the tap, before the button's
 * bindagreeprivacyauthorization handler runs.
 */
export function tapAgreePrivacyButton(core: RuntimeCore, buttonId: string): void {
  if (typeof buttonId !== 'string' || buttonId === '') {
    throw new FakeWxError(
      `tapAgreePrivacyButton needs the button's id, got ${JSON.stringify(buttonId)}.`,
      `The app resolves with resolve({ event: 'agree', buttonId }); pass the same id: rt.privacy.tapAgreeButton('agree-btn').`,
    )
  }
  const state = privacyOf(core)
  ;(state.tappedButtons ??= new Set()).add(buttonId)
  core.trace.record({ type: 'note', text: `user tap <button id="${buttonId}" open-type="agreePrivacyAuthorization">` })
  recordAgreement(core, `button #${buttonId}`)
}

/** The user deleted the mini program: consent and the tapped agree buttons are forgotten (research.md §1.1, §8.12, M). */
export function forgetAgreement(core: RuntimeCore): void {
  const state = privacyOf(core)
  state.agreed.clear()
  state.tappedButtons = undefined
  state.lastPopupRefusal = undefined
}
