import type { AuthState } from '../runtime/auth/auth-store.ts'
import { SCOPES, scopeGuarding, type Scope } from '../runtime/auth/scope-table.ts'
import { createRuntime, type Runtime, type RuntimeOptions } from '../runtime/create-runtime.ts'
import { FakeWxError } from '../runtime/errors/fake-wx-error.ts'
import { callee, json } from '../runtime/trace/format.ts'
import type { TraceEntry } from '../runtime/trace/trace-events.ts'
import { PROMPT_KINDS, PROMPT_KIND_NAMES, type PromptKind } from '../runtime/user/prompt-kinds.ts'
import type { Prompt, UserAnswers } from '../runtime/user/simulated-user.ts'
import { ANSWER_CHOICES } from './answer-choices.ts'
import { wayToSettings } from './settings-reach.ts'

export interface ExploreOptions {
  /**
   * createRuntime options of every path (a fresh runtime each). Answers given in `runtime.user` are kept, not
   * explored. `callbackErrors` defaults to 'console': an exception in app code is the path's `error`, and the
   * other paths still run. With `app`, the explorer installs the runtime's globals around `run` (run does not).
   */
  readonly runtime?: RuntimeOptions
  /** The flow, as a test drives it: `async (rt) => { const page = await rt.open('pages/x/x'); await page.tap('go') }`. */
  readonly run: (rt: Runtime) => unknown
  /** The most paths to run (default 256); `truncated` tells when some were left. */
  readonly limit?: number
  /** The most prompts one path may show before it is stopped as a loop (default 40). */
  readonly maxPrompts?: number
  /** How many times the same prompts (with the same answers, the app acting alone) must come round to be a loop (default 3). */
  readonly loopRepeats?: number
  /** Called after each path (the CLI's progress). */
  readonly onPath?: (path: ExploredPath, index: number) => void
}

export interface ExploredAnswer {
  readonly kind: PromptKind
  readonly scope?: Scope
  readonly answer: unknown
}

export interface ExploredPath {
  /** The answers the user gave, in order (those fixed in `runtime.user` included). */
  readonly answers: readonly ExploredAnswer[]
  /** Every scope at the end, as rt.auth.get gives it. */
  readonly auth: Readonly<Record<Scope, AuthState>>
  /** What `run` threw, else the first exception app code raised. */
  readonly error?: string
  /** What `run` returned (the flow's outcome), when it returned something. */
  readonly result?: unknown
  /** Why the path was cut short: it went round a loop, or showed `maxPrompts` prompts. */
  readonly stopped?: 'loop' | 'max-prompts'
  /** The path's timeline (text). */
  readonly timeline: string
}

/** A path that ends with a scope it needed denied and no way to the settings page. */
export interface DeadEnd {
  readonly path: number
  readonly answers: readonly ExploredAnswer[]
  readonly scopes: readonly Scope[]
  /** Where the user is left: the page on top, or 'the flow' without an app. */
  readonly where: string
}

/** A path on which the app showed the same prompts, got the same answers, and showed them again, on its own. */
export interface Loop {
  readonly path: number
  readonly answers: readonly ExploredAnswer[]
  /** One round of the loop: the answers and the failures in it, e.g. ['modal → "confirm"', 'wx.openSetting → openSetting:fail …']. */
  readonly cycle: readonly string[]
  readonly repeats: number
}

export interface ExploreResult {
  /** Every path, depth first: the first answer of every prompt first, then the last prompt's next answer … */
  readonly paths: readonly ExploredPath[]
  readonly deadEnds: readonly DeadEnd[]
  readonly loops: readonly Loop[]
  /** True when `limit` stopped the search before every path was run. */
  readonly truncated: boolean
}

/**
 * Runs a flow under every answer the user could give at every prompt (answer-choices.ts), depth first,
 * with a fresh runtime per path, and lists each path with its answers, end state and error; flags dead
 * ends and loops. Deterministic: the same flow gives the same paths in the same order.
 */
export async function explore(options: ExploreOptions): Promise<ExploreResult> {
  const { run, limit = 256, maxPrompts = 40, loopRepeats = 3 } = options
  if (typeof run !== 'function') throw new FakeWxError('explore needs a flow: explore({ runtime, run: async (rt) => { … } }).')
  for (const [name, value, min] of [['limit', limit, 1], ['maxPrompts', maxPrompts, 1], ['loopRepeats', loopRepeats, 2]] as const) {
    if (!Number.isInteger(value) || value < min) throw new FakeWxError(`explore: ${name} must be an integer ≥ ${min}, got ${String(value)}.`)
  }
  const paths: ExploredPath[] = []
  const deadEnds: DeadEnd[] = []
  const loops: Loop[] = []
  // Each stack item: the answer (its index in the prompt's choices) to give at each prompt, in order; later prompts get their first.
  const stack: number[][] = [[]]
  while (stack.length > 0 && paths.length < limit) {
    const forced = stack.pop()!
    const walk = await walkPath(options, forced, maxPrompts, loopRepeats)
    const index = paths.length
    paths.push(walk.path)
    if (walk.loop) loops.push({ path: index, answers: walk.path.answers, ...walk.loop })
    else if (walk.deadEnd) deadEnds.push({ path: index, answers: walk.path.answers, ...walk.deadEnd })
    options.onPath?.(walk.path, index)
    // Deeper prompts first, and at each prompt its answers in order: pushed shallow-first, smallest-last.
    for (let j = forced.length; j < walk.counts.length; j++) {
      for (let k = walk.counts[j]! - 1; k >= 1; k--) stack.push([...walk.taken.slice(0, j), k])
    }
  }
  return { paths, deadEnds, loops, truncated: stack.length > 0 }
}

interface Walk {
  path: ExploredPath
  /** For each explored prompt, how many answers it had, and which one this path gave. */
  counts: number[]
  taken: number[]
  loop?: { cycle: string[]; repeats: number }
  deadEnd?: { scopes: Scope[]; where: string }
}

async function walkPath(options: ExploreOptions, forced: readonly number[], maxPrompts: number, repeats: number): Promise<Walk> {
  const counts: number[] = []
  const taken: number[] = []
  const answers: ExploredAnswer[] = []
  /** Each answered prompt: what it was and answered (to compare rounds), where it sits in the trace. */
  const seen: { sig: string; at: number }[] = []
  let stopped: ExploredPath['stopped']
  let loop: Walk['loop']
  let stop!: () => void
  const halted = new Promise<void>((resolve) => (stop = resolve))
  let rt!: Runtime

  const halt = (why: NonNullable<ExploredPath['stopped']>) => {
    stopped = why
    stop()
    return undefined
  }
  const answer = (prompt: Prompt): unknown => {
    if (stopped) return undefined
    const fixed = fixedAnswer(options.runtime?.user, prompt)
    const found = findLoop(seen, rt.trace, repeats)
    if (found) {
      loop = found
      return halt('loop')
    }
    if (seen.length >= maxPrompts) return halt('max-prompts')
    let given = fixed
    if (given === undefined) {
      const choices = (ANSWER_CHOICES[prompt.kind] as (details: unknown) => readonly unknown[])(prompt.details)
      const i = Math.min(forced[counts.length] ?? 0, choices.length - 1)
      counts.push(choices.length)
      taken.push(i)
      given = choices[i]
    }
    answers.push({ kind: prompt.kind, ...(prompt.scope ? { scope: prompt.scope } : {}), answer: given })
    seen.push({ sig: `${prompt.kind} ${prompt.scope ?? ''} ${json(given)}`, at: rt.trace.length })
    return given
  }
  const user = Object.fromEntries(PROMPT_KIND_NAMES.map((kind) => [kind, answer])) as UserAnswers
  rt = createRuntime({ ...options.runtime, user, onUnansweredPrompt: 'wait', callbackErrors: options.runtime?.callbackErrors ?? 'console' })

  const installs = options.runtime?.app !== undefined
  if (installs) rt.install()
  let error: string | undefined
  let result: unknown
  try {
    result = await Promise.race([Promise.resolve().then(() => options.run(rt)), halted.then(() => rt.settle())])
  } catch (e) {
    error = e instanceof Error ? e.message : String(e)
  }
  const path: ExploredPath = {
    answers,
    auth: Object.fromEntries(SCOPES.map((s) => [s, rt.auth.get(s)])) as Record<Scope, AuthState>,
    ...(error ?? appException(rt.trace) ? { error: error ?? appException(rt.trace) } : {}),
    ...(result !== undefined && !stopped ? { result } : {}),
    ...(stopped ? { stopped } : {}),
    timeline: rt.timeline(),
  }
  const walk: Walk = { path, counts, taken, ...(loop ? { loop } : {}) }
  if (!stopped) {
    const denied = neededScopes(rt.trace).filter((s) => rt.auth.get(s) === 'denied')
    if (denied.length > 0 && !wayToSettings(rt, options.runtime?.app?.root, options.run)) {
      walk.deadEnd = { scopes: denied, where: rt.currentPage()?.route ?? 'the flow' }
    }
  }
  if (installs) rt.uninstall()
  return walk
}

/** The answer `runtime.user` fixes for a prompt (a value, a per-scope map, a function), if any. */
function fixedAnswer(user: UserAnswers | undefined, prompt: Prompt): unknown {
  const value = (user as Record<string, unknown> | undefined)?.[prompt.kind]
  if (value === undefined) return undefined
  if (typeof value === 'function') return (value as (p: Prompt) => unknown)(prompt)
  if (PROMPT_KINDS[prompt.kind].byScope && typeof value === 'object' && value !== null) {
    return prompt.scope ? (value as Record<string, unknown>)[prompt.scope] : undefined
  }
  return value
}

/**
 * The same block of answered prompts `repeats` times in a row at the end, with no tap of the test in
 * between (the app went round on its own): one round of it, as answers and the failures between them.
 */
function findLoop(seen: readonly { sig: string; at: number }[], trace: readonly TraceEntry[], repeats: number): Walk['loop'] {
  for (let size = 1; size * repeats <= seen.length; size++) {
    const start = seen.length - size * repeats
    let same = true
    for (let i = start + size; i < seen.length && same; i++) same = seen[i]!.sig === seen[i - size]!.sig
    if (!same) continue
    if (trace.slice(seen[start]!.at).some((e) => e.type === 'note' && e.text === 'user tap')) continue
    const round = trace.slice(seen[seen.length - size]!.at)
    const cycle = round.flatMap((e) =>
      e.type === 'answer' ? [`${e.kind}${e.scope ? ` ${e.scope}` : ''} → ${json(e.answer)}`] : e.type === 'result' && !e.ok ? [`${callee(e.api)} → ${(e.result as { errMsg?: string }).errMsg ?? 'fail'}`] : [],
    )
    return { cycle, repeats }
  }
  return undefined
}

/** Scopes the flow needed: asked for (a dialog, wx.authorize), or guarding an API it called. */
function neededScopes(trace: readonly TraceEntry[]): Scope[] {
  const needed = new Set<Scope>()
  for (const e of trace) {
    if ('history' in e && e.history) continue
    if (e.type === 'prompt' && e.scope) needed.add(e.scope as Scope)
    if (e.type !== 'call') continue
    const guarded = scopeGuarding(callee(e.api))
    if (guarded) needed.add(guarded)
    const asked = e.api === 'authorize' ? (e.args as { scope?: unknown } | undefined)?.scope : undefined
    if (typeof asked === 'string' && (SCOPES as readonly string[]).includes(asked)) needed.add(asked as Scope)
  }
  return [...needed]
}

function appException(trace: readonly TraceEntry[]): string | undefined {
  const note = trace.find((e) => e.type === 'note' && e.text.startsWith('exception in '))
  return note?.type === 'note' ? note.text : undefined
}
