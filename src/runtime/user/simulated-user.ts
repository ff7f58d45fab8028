import { isScope, SCOPES, type Scope } from '../auth/scope-table.ts'
import { FakeWxError, UnansweredPromptError } from '../errors/fake-wx-error.ts'
import { callee } from '../trace/format.ts'
import { SharedEntries, UNSET_TIME, type SharedEntry, type Trace } from '../trace/trace.ts'
import { PROMPT_KINDS, type AnswerOf, type DetailsOf, type PromptKind } from './prompt-kinds.ts'

/** A prompt on screen, waiting for the user. Answer it with `respond`. */
export interface Prompt<K extends PromptKind = PromptKind> {
  readonly id: number
  readonly kind: K
  readonly scope?: Scope
  /** The API whose call showed it, e.g. 'getLocation'. */
  readonly api: string
  readonly details: DetailsOf<K>
  respond(answer: AnswerOf<K>): void
}

/** What `rt.prompts` lists: every prompt shown so far, with the answer it got (undefined while pending). */
export interface PromptRecord {
  readonly kind: PromptKind
  readonly scope?: Scope
  readonly api: string
  answer: unknown
}

type Standing<K extends PromptKind> = AnswerOf<K> | ((prompt: Prompt<K>) => AnswerOf<K> | undefined)

/** Standing answers: how the user answers every prompt of a kind, until told otherwise. */
export type UserAnswers = {
  [K in PromptKind]?: Standing<K> | (K extends 'authorize' ? Partial<Record<Scope, AnswerOf<K>>> : never)
}

export type OnUnansweredPrompt = 'error' | 'wait'

interface Pending {
  prompt: Prompt
  settle: { resolve: (a: unknown) => void; reject: (e: Error) => void }
}

/**
 * The simulated user: answers every dialog, modal, picker and settings page the way the test scripted it.
 * Standing answers first; else a test waiting in `nextPrompt()`; else, by `onUnansweredPrompt`,
 * an error that tells the test how to script the answer, or a queue for `nextPrompt()`.
 */
/** Prompts numbered up to this have their primitive answers' entries shared (a bounded set of keys). */
const SHARED_ANSWER_IDS = 32

/** The shared answer entries, by who answered, then kind, answer, scope and prompt id. */
const ANSWER_ENTRIES = { standing: new SharedEntries(), test: new SharedEntries() }

/** An answer entry's literal (the same keys, in the same order, as the one `ask` records). */
function answerEntry(id: number, kind: string, answer: unknown, by: 'standing' | 'test', scope: Scope | undefined): SharedEntry['make'] {
  return scope
    ? (seq, time) => ({ type: 'answer', id, kind, answer, by, scope, seq, time })
    : (seq, time) => ({ type: 'answer', id, kind, answer, by, seq, time })
}

export class SimulatedUser {
  readonly #trace: Trace
  readonly #mode: OnUnansweredPrompt
  readonly #answers: UserAnswers = {}
  // Made when first needed (issue 14: two empty arrays of every runtime; most prompts are answered by standing answers).
  #queue: Pending[] | undefined
  #waiters: ((prompt: Prompt) => void)[] | undefined
  /**
   * The prompts shown so far: `rt.prompts`, the live array once read. Until then each prompt makes the array anew, one
   * longer, up to 8 (issue 14: the first push on an empty array reserves 17 slots, 152 B of every runtime that showed a
   * prompt; most show one or two). From the first read, or the 9th prompt, it is one array that grows.
   */
  #records: PromptRecord[] | undefined
  #recordsRead = false
  #nextId = 1

  constructor(trace: Trace, mode: OnUnansweredPrompt, answers?: UserAnswers) {
    this.#trace = trace
    this.#mode = mode
    if (mode !== 'error' && mode !== 'wait') {
      throw new FakeWxError(`onUnansweredPrompt must be 'error' or 'wait', got ${JSON.stringify(mode)}.`)
    }
    if (answers) this.answer(answers)
  }

  /** Merges standing answers: `rt.user.answer({ authorize: 'deny', modal: 'confirm' })`. */
  answer(answers: UserAnswers): void {
    if (typeof answers !== 'object' || answers === null) {
      throw new FakeWxError(`rt.user.answer needs an object, got ${String(answers)}.`, `e.g. rt.user.answer({ authorize: 'allow' })`)
    }
    for (const [kind, value] of Object.entries(answers)) {
      const spec = PROMPT_KINDS[kind as PromptKind]
      if (!spec) {
        throw new FakeWxError(
          `rt.user.answer got answers for an unknown prompt kind '${kind}'.`,
          `Prompt kinds: ${Object.keys(PROMPT_KINDS).join(', ')}.`,
        )
      }
      if (typeof value !== 'function' && value !== undefined) checkStanding(kind as PromptKind, value)
      ;(this.#answers as Record<string, unknown>)[kind] = value
    }
  }

  /** Resolves with the next prompt that has no standing answer (already shown or still to come). */
  nextPrompt(): Promise<Prompt> {
    const queued = this.#queue?.shift()
    if (queued) return Promise.resolve(queued.prompt)
    return new Promise((resolve) => (this.#waiters ??= []).push(resolve))
  }

  /** Prompts shown and not answered yet. */
  /** The prompts shown so far, each with its answer once given (`rt.prompts`: the same array from now on). */
  get records(): PromptRecord[] {
    this.#recordsRead = true
    return (this.#records ??= [])
  }

  #record(record: PromptRecord): void {
    const records = this.#records
    if (records === undefined) this.#records = [record]
    else if (this.#recordsRead || records.length >= 8) records.push(record)
    else this.#records = records.concat([record]) // made to size (a spread or a push reserves slack)
  }

  get pending(): readonly Prompt[] {
    return this.#queue?.map((p) => p.prompt) ?? []
  }

  /**
   * Shows a prompt and resolves with the user's answer. Rejects with an UnansweredPromptError
   * when nobody answers and onUnansweredPrompt is 'error'.
   */
  ask<K extends PromptKind>(kind: K, api: string, details: DetailsOf<K>, scope?: Scope): Promise<AnswerOf<K>> {
    const id = this.#nextId++
    // Literals, not `...(scope ? { scope } : {})`: the same keys in the same order, without a spread per prompt (issue 14).
    const record: PromptRecord = scope ? { kind, api, answer: undefined, scope } : { kind, api, answer: undefined }
    this.#record(record)
    this.#trace.record(
      scope ? { type: 'prompt', id, kind, details, scope, seq: 0, time: UNSET_TIME } : { type: 'prompt', id, kind, details, seq: 0, time: UNSET_TIME },
    )

    let settled = false
    let settle!: Pending['settle']
    const answered = new Promise<AnswerOf<K>>((resolve, reject) => {
      settle = { resolve: resolve as (a: unknown) => void, reject }
    })
    const give = (answer: AnswerOf<K>, by: 'standing' | 'test') => {
      if (settled) throw new FakeWxError(`The ${PROMPT_KINDS[kind].title} #${id} was already answered.`)
      const problem = PROMPT_KINDS[kind].check(answer)
      if (problem) {
        throw new FakeWxError(`Bad answer ${safeJson(answer)} to the ${PROMPT_KINDS[kind].title}: ${problem}.`)
      }
      settled = true
      // Answered: no longer on screen, so no longer pending or handed out by nextPrompt().
      const queued = this.#queue?.findIndex((p) => p.prompt.id === id) ?? -1
      if (queued >= 0) this.#queue!.splice(queued, 1)
      record.answer = answer
      // A primitive answer to one of the first prompts: the same entry in every runtime that answers so, made once
      // (trace.ts SharedEntry; issue 14: 80 B per answer per runtime). Other answers (objects) are the runtime's own.
      if (id <= SHARED_ANSWER_IDS && (typeof answer === 'string' || typeof answer === 'boolean' || (typeof answer === 'number' && !Object.is(answer, -0)))) {
        this.#trace.recordShared(ANSWER_ENTRIES[by].at(kind, answer, scope, id, () => answerEntry(id, kind, answer, by, scope)))
      } else {
        this.#trace.record(
          scope ? { type: 'answer', id, kind, answer, by, scope, seq: 0, time: UNSET_TIME } : { type: 'answer', id, kind, answer, by, seq: 0, time: UNSET_TIME },
        )
      }
      settle.resolve(answer)
    }
    const respond = (answer: AnswerOf<K>) => give(answer, 'test')
    const prompt: Prompt<K> = scope ? { id, kind, api, details, scope, respond } : { id, kind, api, details, respond }

    const standing = this.#standing(prompt)
    if (standing !== undefined) {
      give(standing, 'standing')
      return answered
    }
    const waiter = this.#waiters?.shift()
    if (waiter) {
      waiter(prompt as Prompt)
      return answered
    }
    if (this.#mode === 'wait') {
      ;(this.#queue ??= []).push({ prompt: prompt as Prompt, settle })
      return answered
    }
    settled = true
    settle.reject(unanswered(prompt))
    return answered
  }

  #standing<K extends PromptKind>(prompt: Prompt<K>): AnswerOf<K> | undefined {
    const value = this.#answers[prompt.kind] as unknown
    if (value === undefined) return undefined
    if (typeof value === 'function') return (value as (p: Prompt<K>) => AnswerOf<K> | undefined)(prompt)
    if (PROMPT_KINDS[prompt.kind].byScope && typeof value === 'object' && value !== null) {
      return prompt.scope ? (value as Record<string, AnswerOf<K>>)[prompt.scope] : undefined
    }
    return value as AnswerOf<K>
  }
}

function checkStanding(kind: PromptKind, value: unknown): void {
  const spec = PROMPT_KINDS[kind]
  if (spec.byScope && typeof value === 'object' && value !== null) {
    for (const [scope, answer] of Object.entries(value)) {
      if (!isScope(scope)) {
        throw new FakeWxError(`Bad standing answer for the ${spec.title}: unknown scope ${JSON.stringify(scope)}.`, `Known scopes: ${SCOPES.join(', ')}.`)
      }
      const problem = spec.check(answer)
      if (problem) throw new FakeWxError(`Bad standing answer for the ${spec.title} of ${scope}: ${problem}.`)
    }
    return
  }
  const problem = spec.check(value)
  if (problem) throw new FakeWxError(`Bad standing answer for the ${spec.title}: ${safeJson(value)}: ${problem}.`)
}

function unanswered(prompt: Prompt): UnansweredPromptError {
  const spec = PROMPT_KINDS[prompt.kind]
  const what = `${spec.title}${prompt.scope ? ` for ${prompt.scope}` : ''}`
  const standing = spec.byScope && prompt.scope ? `{ '${prompt.scope}': ${spec.example} }` : spec.example
  return new UnansweredPromptError(
    `Nobody answered the ${what}, shown by ${callee(prompt.api)}${prompt.api.startsWith('<') ? '' : '()'}.`,
    [
      `Script the user's answer before the call:`,
      `  createRuntime({ user: { ${prompt.kind}: ${standing} } })   or   rt.user.answer({ ${prompt.kind}: ${standing} })`,
      `or answer step by step: createRuntime({ onUnansweredPrompt: 'wait' }) and (await rt.user.nextPrompt()).respond(${spec.example}).`,
    ].join('\n'),
  )
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v)
  } catch {
    return String(v)
  }
}
