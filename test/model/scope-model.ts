// The reference model of the scope state machine (issue 11, "model-based test"): a few lines per rule, written from
// the spec notes, not from the runtime. The model test drives a runtime and this model with the same random sequence
// and compares them after every step.
//  - three states per scope, absent / true / false in authSetting (research.md §1.1, H);
//  - first use asks, the answer sticks; granted runs with no dialog; denied fails with no dialog (§1.2, §1.3, H);
//  - the settings page lists only scopes asked before and sets their switches (openSetting doc, H); location is one item
//    with three options, the background option only with requiredBackgroundModes ['location'] (§4.1, M/L);
//  - deleting the mini program forgets every scope (§1.1, H/M).

export type State = 'undetermined' | 'granted' | 'denied'
export type Answer = 'allow' | 'deny'

export const LOCATION = 'scope.userLocation'
export const BACKGROUND = 'scope.userLocationBackground'
/** Scopes the sequences use: asked by dialog, plus the background item (settings page only). */
export const DIALOG_SCOPES = ['scope.userLocation', 'scope.record', 'scope.camera', 'scope.bluetooth', 'scope.writePhotosAlbum', 'scope.werun'] as const
export const MODEL_SCOPES = [...DIALOG_SCOPES, BACKGROUND] as const
export type ModelScope = (typeof MODEL_SCOPES)[number]
/** APIs called directly (no wx.authorize first) and the scope each needs. */
export const DIRECT_APIS = { getLocation: 'scope.userLocation', getWeRunData: 'scope.werun' } as const
export type DirectApi = keyof typeof DIRECT_APIS

export type Step =
  | { readonly op: 'authorize'; readonly scope: (typeof DIALOG_SCOPES)[number]; readonly answer: Answer }
  | { readonly op: 'direct'; readonly api: DirectApi; readonly answer: Answer }
  | { readonly op: 'getSetting' }
  | { readonly op: 'openSetting'; readonly toggles: readonly (readonly [ModelScope, boolean])[] }
  | { readonly op: 'changeSettings'; readonly toggles: readonly (readonly [ModelScope, boolean])[] }
  | { readonly op: 'deleteMiniProgram' }

/** What a step should do: whether the call succeeds (calls only), and whether a dialog was shown. */
export interface Expected {
  readonly ok?: boolean
  readonly dialog: boolean
}

export class ScopeModel {
  readonly state = new Map<ModelScope, State>()

  constructor(initial: State, readonly backgroundOffered: boolean) {
    for (const s of DIALOG_SCOPES) this.state.set(s, initial)
    this.state.set(BACKGROUND, 'undetermined') // presets cover dialog scopes only; background is never asked by dialog
  }

  get(scope: ModelScope): State {
    return this.state.get(scope)!
  }

  /** authSetting over the model's scopes: absent when never asked. */
  authSetting(): Record<string, boolean> {
    const out: Record<string, boolean> = {}
    for (const [s, v] of this.state) if (v !== 'undetermined') out[s] = v === 'granted'
    return out
  }

  apply(step: Step): Expected {
    switch (step.op) {
      case 'authorize':
        return this.ask(step.scope, step.answer)
      case 'direct':
        return this.ask(DIRECT_APIS[step.api], step.answer)
      case 'getSetting':
        return { ok: true, dialog: false }
      case 'openSetting':
        this.toggle(step.toggles)
        return { ok: true, dialog: false }
      case 'changeSettings':
        this.toggle(step.toggles)
        return { dialog: false }
      case 'deleteMiniProgram':
        for (const s of MODEL_SCOPES) this.state.set(s, 'undetermined')
        return { dialog: false }
    }
  }

  private ask(scope: ModelScope, answer: Answer): Expected {
    const now = this.get(scope)
    if (now === 'granted') return { ok: true, dialog: false }
    if (now === 'denied') return { ok: false, dialog: false }
    this.state.set(scope, answer === 'allow' ? 'granted' : 'denied')
    return { ok: answer === 'allow', dialog: true }
  }

  /** The settings page: switches of listed (asked) scopes only; the location item's three options. */
  private toggle(toggles: readonly (readonly [ModelScope, boolean])[]): void {
    const listed = new Set([...this.state].filter(([, v]) => v !== 'undetermined').map(([s]) => s))
    for (const [scope, on] of toggles) {
      if (scope === BACKGROUND) {
        const itemShown = listed.has(LOCATION) || listed.has(BACKGROUND)
        if (!itemShown || (on && !this.backgroundOffered)) continue
        this.state.set(BACKGROUND, on ? 'granted' : 'denied')
        if (on) this.state.set(LOCATION, 'granted')
        continue
      }
      if (!listed.has(scope)) continue
      this.state.set(scope, on ? 'granted' : 'denied')
      if (scope === LOCATION && !on && listed.has(BACKGROUND)) this.state.set(BACKGROUND, 'denied')
    }
  }
}
