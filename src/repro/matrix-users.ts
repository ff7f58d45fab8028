import type { PromptKind } from '../runtime/user/prompt-kinds.ts'
import type { Prompt, UserAnswers } from '../runtime/user/simulated-user.ts'
import { ANSWER_CHOICES } from './answer-choices.ts'

/**
 * The scripted users a matrix runs by default: one who says yes to every permission question and one who
 * says no. Kinds that are not a permission question (pickers, sheets) get their first answer in
 * answer-choices.ts for both, so a flow that shows one still runs.
 */
const everySwitch = (on: boolean) => (p: Prompt<'settings'>) => Object.fromEntries(Object.keys(p.details.authSetting).map((s) => [s, on]))

const firstChoices = Object.fromEntries(
  (Object.keys(ANSWER_CHOICES) as PromptKind[]).map((kind) => [kind, (p: Prompt) => (ANSWER_CHOICES[kind] as (d: unknown) => readonly unknown[])(p.details)[0]]),
) as UserAnswers

export const MATRIX_USERS: Readonly<Record<string, UserAnswers>> = {
  allows: {
    ...firstChoices,
    authorize: 'allow',
    modal: 'confirm',
    settings: everySwitch(true),
    osPermission: 'allow',
    privacy: 'agree',
    appAuthorizeSetting: (p) => Object.fromEntries(Object.keys(p.details.settings).map((k) => [k, 'authorized'])),
  },
  refuses: {
    ...firstChoices,
    authorize: 'deny',
    modal: 'cancel',
    settings: everySwitch(false),
    osPermission: 'deny',
    privacy: 'disagree',
    appAuthorizeSetting: {},
  },
}
