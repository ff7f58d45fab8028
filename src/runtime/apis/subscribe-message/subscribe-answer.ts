// What the user does on the subscription panel (订阅消息面板): for each template 允许 (accept) or 取消 (reject), or
// one choice for all; the checkbox "总是保持以上选择，不再询问" (`keep: true`) stores the choices in the settings
// page and later calls answer them without a panel (wx.requestSubscribeMessage doc, H); closing the panel is
// 'cancel' (`requestSubscribeMessage:fail cancel`, compared in public app code; M). 'ban' / 'filter' in the per-template
// form force that result for a template (what the backend answers for a banned or same-title template).

/** A template as the panel lists it. */
export interface SubscribeTemplateShown {
  readonly tmplId: string
  readonly title: string
  readonly kind: SubscribeTemplateKind
}

/** 一次性 (once), 长期 (long), or a device template (wx.requestSubscribeDeviceMessage). */
export type SubscribeTemplateKind = 'once' | 'long' | 'device'

export type SubscribeChoice = 'accept' | 'reject' | 'ban' | 'filter'

/**
 * `'accept'` / `'reject'` for all, `'cancel'`, or `{ [tmplId]: choice, all?: 'accept' | 'reject', keep?: true }`
 * (`all` answers the templates not named; `keep` ticks 总是保持以上选择).
 */
export type SubscribeAnswer =
  | 'accept'
  | 'reject'
  | 'cancel'
  | { readonly keep?: boolean; readonly all?: 'accept' | 'reject'; readonly [tmplId: string]: SubscribeChoice | boolean | undefined }

const CHOICES: readonly unknown[] = ['accept', 'reject', 'ban', 'filter']

export function checkSubscribeAnswer(a: unknown): string | undefined {
  if (a === 'accept' || a === 'reject' || a === 'cancel') return undefined
  const expected = `expected 'accept', 'reject', 'cancel' or { [tmplId]: 'accept' | 'reject' | 'ban' | 'filter', all?: 'accept' | 'reject', keep?: boolean }`
  if (typeof a !== 'object' || a === null || Array.isArray(a)) return expected
  for (const [key, value] of Object.entries(a)) {
    if (key === 'keep' ? typeof value !== 'boolean' : key === 'all' ? value !== 'accept' && value !== 'reject' : !CHOICES.includes(value)) return expected
  }
  return undefined
}

/** Each shown template's choice under `answer`, and whether the choices are kept; undefined entries were not answered. */
export function choicesOf(answer: Exclude<SubscribeAnswer, 'cancel'>, shown: readonly SubscribeTemplateShown[]): { choices: Map<string, SubscribeChoice | undefined>; keep: boolean } {
  if (typeof answer === 'string') return { choices: new Map(shown.map((t) => [t.tmplId, answer])), keep: false }
  const choices = new Map<string, SubscribeChoice | undefined>()
  for (const { tmplId } of shown) {
    const own = answer[tmplId]
    choices.set(tmplId, typeof own === 'string' ? own : answer.all)
  }
  return { choices, keep: answer.keep === true }
}
