// The subscription panel's flow, shared by wx.requestSubscribeMessage and wx.requestSubscribeDeviceMessage.
// Error codes and texts: the doc's table (typings of both APIs, H), reason appended to `<api>:fail ` as apps
// compare them ("requestSubscribeMessage:fail No template data return, verify the template id exist",
// "…:fail The main switch is switched off"; public app code, H). Check order: count before emptiness, then the
// rest (decompiled clients check `length > max` first, then `length == 0`; M).
// One decompiled Android build glues 10001 with a colon ("fail:TmplIds can't be empty", M); the doc's table and
// the texts apps compare use the space form, kept here. 10002/10003 (network) and 10005 (the app went to the
// background) are not produced; a test that needs them can `rt.override('requestSubscribeMessage', () =>
// subscribeFailure(10002))` with this table.
import type { ApiContext } from '../../core.ts'
import { withDialog } from '../../auth/scope-gate.ts'
import { failure, ok, type Outcome } from '../../errors/wx-error.ts'
import { FakeWxError } from '../../errors/fake-wx-error.ts'
import { choicesOf, type SubscribeChoice, type SubscribeTemplateKind, type SubscribeTemplateShown } from './subscribe-answer.ts'
import { keepChoices, subscribeStateOf } from './subscribe-state.ts'

export const SUBSCRIBE_MESSAGE_ERRORS = {
  10001: "TmplIds can't be empty",
  10002: 'Request list fail',
  10003: 'Request subscribe fail',
  10004: 'Invalid template id',
  10005: 'Cannot show subscribe message UI',
  20001: 'No template data return, verify the template id exist',
  20002: 'Templates type must be same',
  20003: 'Templates count out of max bounds',
  20004: 'The main switch is switched off',
  20005: 'This mini program was banned from subscribing messages',
  20013: 'Reject DeviceMsg Template',
} as const

export type SubscribeErrCode = keyof typeof SUBSCRIBE_MESSAGE_ERRORS

/** `{ errMsg: '<api>:fail <text>', errCode }` from the doc's table. */
export const subscribeFailure = (errCode: SubscribeErrCode): Outcome<never> => failure(SUBSCRIBE_MESSAGE_ERRORS[errCode], undefined, { errCode })

export interface PanelRules {
  /** Template kinds this API takes; another kind fails with `wrongKind`. */
  readonly kinds: readonly SubscribeTemplateKind[]
  readonly wrongKind: SubscribeErrCode
  readonly max: number
}

export async function subscribe(ctx: ApiContext, tmplIds: readonly unknown[], rules: PanelRules): Promise<Outcome<Record<string, string>>> {
  const state = subscribeStateOf(ctx)
  if (tmplIds.length > rules.max) return subscribeFailure(20003)
  if (tmplIds.length === 0) return subscribeFailure(10001)
  if (!tmplIds.every((id): id is string => typeof id === 'string' && id !== '')) return subscribeFailure(10004)
  if (state.banned) return subscribeFailure(20005)
  if (!state.mainSwitch) return subscribeFailure(20004)
  const unknown = tmplIds.filter((id) => !state.templates.has(id))
  if (unknown.length) {
    ctx.trace.record({
      type: 'note',
      text: `template ${unknown.join(', ')} is not one of this mini program's: createRuntime({ subscribeMessage: { templates: { '${unknown[0]}': { title: '…', kind: 'once' } } } }) declares it`,
    })
    return subscribeFailure(20001)
  }
  const templates = tmplIds.map((tmplId) => ({ tmplId, ...state.templates.get(tmplId)!, kind: state.templates.get(tmplId)!.kind ?? 'once' }))
  if (templates.some((t) => !rules.kinds.includes(t.kind))) return subscribeFailure(rules.wrongKind)
  if (new Set(templates.map((t) => t.kind)).size > 1) return subscribeFailure(20002)

  const result = new Map<string, SubscribeChoice>()
  const titles = new Set<string>()
  const shown: SubscribeTemplateShown[] = []
  for (const t of templates) {
    // "每个tmplId对应的模板标题需要不相同，否则会被过滤" / "若出现相同的，只保留一个" (doc, H).
    if (titles.has(t.title)) result.set(t.tmplId, 'filter')
    else if (t.banned) result.set(t.tmplId, 'ban')
    else if (state.itemSettings.has(t.tmplId)) result.set(t.tmplId, state.itemSettings.get(t.tmplId)!)
    else shown.push({ tmplId: t.tmplId, title: t.title, kind: t.kind })
    titles.add(t.title)
  }
  if (shown.length) {
    const answer = await withDialog(ctx, () => ctx.user.ask('requestSubscribeMessage', ctx.api, { templates: shown }))
    if (answer === 'cancel') return failure('cancel')
    const { choices, keep } = choicesOf(answer, shown)
    const missing = [...choices].filter(([, c]) => c === undefined).map(([id]) => id)
    if (missing.length) {
      throw new FakeWxError(
        `The subscription panel's answer names no choice for ${missing.join(', ')}.`,
        `Answer every template shown, or all at once: { '${missing[0]}': 'accept' }, { all: 'accept' } or 'accept'.`,
      )
    }
    const chosen = new Map([...choices] as [string, SubscribeChoice][])
    if (keep) keepChoices(ctx, chosen)
    for (const [id, c] of chosen) result.set(id, c)
  }
  // In the order the app asked.
  return ok(Object.fromEntries(tmplIds.map((id) => [id, result.get(id as string)!])))
}
