/**
 * Replays a bug bundle (`replay(bundle, options?)`, `fake-wx replay FILE`): a fresh runtime with the recorded
 * options runs the recorded steps on the app, the user gives the recorded answers in order, the recorded
 * exchanges answer the network (recorded-network.ts), and the new trace is compared with the recorded one.
 * `differences` are readable lines, the first divergence first; `divergence` has the context the command prints.
 * Strict mode (nock's lockdown): a prompt or request the recording does not contain fails and is a difference.
 */
import { resolve } from 'node:path'
import { coreOf, createRuntime, type Runtime, type RuntimeOptions } from '../runtime/create-runtime.ts'
import { setNetworkSource } from '../runtime/apis/network/exchanges.ts'
import { renderTimeline } from '../runtime/trace/timeline.ts'
import type { TraceEntry } from '../runtime/trace/trace-events.ts'
import { PROMPT_KIND_NAMES } from '../runtime/user/prompt-kinds.ts'
import type { Prompt, UserAnswers } from '../runtime/user/simulated-user.ts'
import { pathReplacements, traceJson, type BugBundle, type BundlePrompt, type BundleStep } from './bundle.ts'
import { recordedNetwork } from './recorded-network.ts'
import { describeStep, STEP_RUNNERS } from './step-runners.ts'
import { validateBundle } from './validate-bundle.ts'

export interface ReplayOptions {
  /** The app folder to run (overrides the recorded `options.app.root`). */
  app?: string
  /** What the recorded app root is relative to. Default: the current directory. */
  base?: string
  /** Fail on a prompt or request the recording does not contain (nock's lockdown). Default false: an unrecorded
   *  prompt gets the answer recorded for its kind and scope, an unrecorded request goes to the suite's fetch. */
  strict?: boolean
  /** How many matching trace lines the divergence shows before it. Default 3. */
  context?: number
}

/** Where the replay first left the recording. */
export interface Divergence {
  /** The trace position (seq) where they part. */
  readonly seq: number
  /** The recorded step the divergence happened in or after. */
  readonly step?: string
  /** Timeline lines both traces share just before it. */
  readonly context: readonly string[]
  /** The recorded line there (absent: the recording ended). */
  readonly recorded?: string
  /** The replayed line there (absent: the replay ended). */
  readonly replayed?: string
}

export interface ReplayResult {
  /** The replay matched the recording. */
  readonly ok: boolean
  /** Readable lines, the first divergence first. */
  readonly differences: readonly string[]
  readonly divergence?: Divergence
  /** What the bundle could not hold (functions in options, rt.tap(fn) …): a reason a replay may differ. */
  readonly notes: readonly string[]
  /** The runtime the replay ran (uninstalled): inspect `trace`, `prompts`, `timeline()`, or `bundle()` it again. */
  readonly runtime: Runtime
}

interface Found {
  readonly seq: number
  readonly line: string
}

export async function replay(input: BugBundle | string, options: ReplayOptions = {}): Promise<ReplayResult> {
  const bundle = validateBundle(input)
  const strict = options.strict ?? false
  const base = resolve(options.base ?? process.cwd())
  const root = options.app !== undefined ? resolve(options.app) : bundle.options.app ? resolve(base, bundle.options.app.root) : undefined
  const found: Found[] = []
  let rt: Runtime | undefined
  const now = () => (rt ? rt.trace.length + 1 : 1)

  let stall!: () => void
  const stalled = { promise: new Promise<void>((resolve) => (stall = resolve)), stalled: false }
  const user = replayUser(bundle.prompts, strict, (line) => found.push({ seq: now(), line }), () => {
    stalled.stalled = true
    stall()
  })
  const { app: _app, user: _user, onUnansweredPrompt: _mode, ...recorded } = bundle.options
  rt = createRuntime({
    ...(recorded as RuntimeOptions),
    // The app as it is on disk now, each file checked (cache 'stat'): a replay after a fix must run the fix, even when
    // the fix was written a moment ago in the same process (a test, an editor's save on the same event-loop turn).
    ...(root !== undefined ? { app: { root, cache: 'stat' as const } } : {}),
    user,
    // A prompt nobody answers stays on screen (and stops the replay) instead of throwing into the app's call.
    onUnansweredPrompt: 'wait',
  })
  const network = recordedNetwork(bundle.network.entries, strict, (request) =>
    found.push({ seq: now(), line: `request ${request} is not in the recording${strict ? ' (strict: it failed)' : ' (sent to fetch)'}` }),
  )
  setNetworkSource(coreOf(rt), network.source)

  rt.install()
  try {
    const ran = await runSteps(rt, bundle.steps, stalled, (step, error) => found.push({ seq: now(), line: stepDifference(step, error) }))
    if (stalled.stalled) {
      const left = bundle.steps.length - ran
      found.push({ seq: now(), line: `the replay stopped at the prompt nobody answered${left > 0 ? `; ${left} recorded step${left > 1 ? 's' : ''} not run` : ''}` })
    }
  } finally {
    rt.uninstall()
  }

  const paths = pathReplacements(root, base)
  const divergence = compareTraces(bundle.trace, traceJson(rt.trace, paths), bundle.steps, options.context ?? 3)
  if (divergence) found.push({ seq: divergence.seq, line: divergenceLine(divergence) })
  found.sort((a, b) => a.seq - b.seq)
  const differences = found.map((f) => f.line)
  return { ok: differences.length === 0, differences, ...(divergence ? { divergence } : {}), notes: notesOf(bundle), runtime: rt }
}

/** The simulated user of a replay: every prompt gets the next recorded answer when it is the same prompt. */
function replayUser(prompts: readonly BundlePrompt[], strict: boolean, report: (line: string) => void, stall: () => void): UserAnswers {
  let cursor = 0
  const same = (r: BundlePrompt | undefined, p: Prompt) => r !== undefined && r.kind === p.kind && (r.scope ?? undefined) === (p.scope ?? undefined)
  const answer = (p: Prompt): unknown => {
    const next = prompts[cursor]
    if (same(next, p)) {
      cursor++
      if (next!.answer === undefined) stall() // nobody answered it in the recording either
      return next!.answer
    }
    const what = `the ${p.kind} prompt${p.scope ? ` for ${p.scope}` : ''} (shown by ${p.api})`
    const expected = next ? `the recording's next prompt is ${next.kind}${next.scope ? ` ${next.scope}` : ''}` : 'the recording has no more prompts'
    if (strict) {
      report(`prompt: ${what} is not in the recording; ${expected} (strict: nobody answers it)`)
      stall()
      return undefined
    }
    const later = prompts.findIndex((r, i) => i >= cursor && same(r, p))
    const earlier = [...prompts].reverse().find((r) => same(r, p))
    const chosen = later >= 0 ? prompts[later] : earlier
    if (later >= 0) cursor = later + 1
    report(`prompt: ${what} is not where the recording has it; ${expected}${chosen ? `; answered ${JSON.stringify(chosen.answer)} as recorded for its kind` : ''}`)
    if (chosen?.answer === undefined) stall()
    return chosen?.answer
  }
  return Object.fromEntries(PROMPT_KIND_NAMES.map((kind) => [kind, answer])) as UserAnswers
}

/**
 * Runs the steps as the test did: a step the test awaited is awaited before the next one starts, and a sync
 * step is not awaited at all (an extra await would let the app's microtasks run earlier than they did).
 * Stops when a prompt nobody answers is on screen (`stalled`): the flow cannot go on past it.
 */
async function runSteps(rt: Runtime, steps: readonly BundleStep[], stalled: { readonly promise: Promise<void>; readonly stalled: boolean }, report: (step: BundleStep, error: string | undefined) => void): Promise<number> {
  const running: { step: BundleStep; value: Promise<unknown> }[] = []
  const finish = async (index: number) => {
    for (const r of running.filter((r) => r.step.doneBefore !== undefined && r.step.doneBefore <= index)) {
      running.splice(running.indexOf(r), 1)
      try {
        await Promise.race([r.value, stalled.promise])
        if (!stalled.stalled) compareError(r.step, undefined, report)
      } catch (error) {
        compareError(r.step, error, report)
      }
    }
  }
  const due = (index: number) => running.some((r) => r.step.doneBefore !== undefined && r.step.doneBefore <= index)
  for (const [index, step] of steps.entries()) {
    if (due(index)) await finish(index)
    if (stalled.stalled) return index
    if (running.length > 0) await rt.settle() // a step still running in the recording: let it get as far
    let value: unknown
    try {
      value = STEP_RUNNERS[step.on](rt, step)
    } catch (error) {
      compareError(step, error, report)
      continue
    }
    if (value instanceof Promise) {
      value.catch(() => undefined) // compared when awaited
      running.push({ step, value })
    } else compareError(step, undefined, report)
  }
  await finish(Number.POSITIVE_INFINITY)
  if (!stalled.stalled) await rt.settle()
  return steps.length
}

function compareError(step: BundleStep, error: unknown, report: (step: BundleStep, error: string | undefined) => void): void {
  const message = error === undefined ? undefined : error instanceof Error ? error.message : String(error)
  if ((message === undefined) !== (step.error === undefined)) report(step, message)
}

function stepDifference(step: BundleStep, error: string | undefined): string {
  const what = describeStep(step)
  if (error === undefined) return `step ${what}: recorded it failing (${firstLine(step.error)}), the replay did not`
  return `step ${what} failed in the replay: ${firstLine(error)}${step.error ? ` (recorded: ${firstLine(step.error)})` : ''}`
}

const firstLine = (s: string | undefined) => (s ?? '').split('\n', 1)[0]!

/** Entries compare on everything but their position and who gave an answer (a test's respond() replays as a standing answer). */
function comparable(entry: BugBundle['trace'][number]): string {
  const { seq: _seq, by: _by, ...rest } = entry
  return JSON.stringify(rest)
}

function compareTraces(recorded: BugBundle['trace'], replayed: BugBundle['trace'], steps: readonly BundleStep[], context: number): Divergence | undefined {
  const n = Math.max(recorded.length, replayed.length)
  for (let i = 0; i < n; i++) {
    const a = recorded[i]
    const b = replayed[i]
    if (a && b && comparable(a) === comparable(b)) continue
    const step = [...steps].reverse().find((s) => s.at <= i)
    return {
      seq: i + 1,
      ...(step ? { step: describeStep(step) } : {}),
      context: recorded.slice(Math.max(0, i - context), i).map(lineOf),
      ...(a ? { recorded: lineOf(a) } : {}),
      ...(b ? { replayed: lineOf(b) } : {}),
    }
  }
  return undefined
}

function lineOf(entry: BugBundle['trace'][number]): string {
  return renderTimeline([entry as unknown as TraceEntry])
}

function divergenceLine(d: Divergence): string {
  const where = `trace #${d.seq}${d.step ? ` (after ${d.step})` : ''}`
  const strip = (line: string) => line.replace(/^#\d+\s+/, '')
  if (d.recorded === undefined) return `${where}: the recording ends here; the replay goes on with ${strip(d.replayed!)}`
  if (d.replayed === undefined) return `${where}: the replay ends here; the recording goes on with ${strip(d.recorded)}`
  return `${where}: recorded ${strip(d.recorded)} — replayed ${strip(d.replayed)}`
}

function notesOf(bundle: BugBundle): string[] {
  return [
    ...(bundle.dropped ?? []).map((path) => `${path} held a function; the bundle left it out (the recorded answers and responses stand in)`),
    ...(bundle.unrecordable ?? []).map((u) => `${u.what} ran test code at trace #${u.at + 1}; the bundle cannot replay it`),
  ]
}
