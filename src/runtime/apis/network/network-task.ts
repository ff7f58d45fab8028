// https://developers.weixin.qq.com/miniprogram/dev/api/network/request/RequestTask.html (and UploadTask, DownloadTask)
// The object wx.request / wx.uploadFile / wx.downloadFile return at once: abort() and listener pairs.
// An off method with no listener removes them all, as the client's other off methods do.
import type { ApiContext } from '../../core.ts'
import { throwLater } from '../../facade/deliver.ts'

type Listener = (res: never) => void
export type TaskKind = 'request' | 'uploadFile' | 'downloadFile'
export type StopReason = 'abort' | 'timeout'

/** What the body of a network API drives; the app only sees the public task. */
export interface TaskInternals {
  readonly kind: TaskKind
  /** The runtime that made the task (transfer.ts records the exchange there). */
  readonly ctx: ApiContext
  readonly controller: AbortController
  /** Resolves when the app aborts or the runtime's clock reaches the timeout. */
  readonly stopped: Promise<StopReason>
  stop(reason: StopReason): void
  /** Set once the call has its result: abort() does nothing after it, the timeout is cancelled. */
  finished: boolean
  emit(channel: 'headers' | 'progress', payload: object): void
}

const INTERNALS = new WeakMap<object, TaskInternals>()
const TASK_NAMES: Record<TaskKind, string> = { request: 'RequestTask', uploadFile: 'UploadTask', downloadFile: 'DownloadTask' }

export function internalsOf(task: object): TaskInternals {
  const internals = INTERNALS.get(task)
  if (!internals) throw new Error('[fake-wx] not a fake-wx network task (a fake-wx bug)')
  return internals
}

/**
 * Made when the app calls the API. The timeout starts now, on the runtime's clock, so
 * `wx.request(…); rt.clock.advance(60_000)` times out without waiting for anything.
 */
export function createTask(ctx: ApiContext, kind: 'request', timeoutMs: number): WechatMiniprogram.RequestTask
export function createTask(ctx: ApiContext, kind: 'uploadFile', timeoutMs: number): WechatMiniprogram.UploadTask
export function createTask(ctx: ApiContext, kind: 'downloadFile', timeoutMs: number): WechatMiniprogram.DownloadTask
export function createTask(ctx: ApiContext, kind: TaskKind, timeoutMs: number): object {
  const listeners = { headers: new Set<Listener>(), progress: new Set<Listener>(), chunks: new Set<Listener>() }
  let stop!: (reason: StopReason) => void
  const stopped = new Promise<StopReason>((resolve) => (stop = resolve))
  const internals: TaskInternals = {
    kind,
    ctx,
    controller: new AbortController(),
    stopped,
    stop: (reason) => stop(reason),
    finished: false,
    emit(channel, payload) {
      for (const listener of [...listeners[channel]]) {
        try {
          ;(listener as (p: object) => void)(payload)
        } catch (error) {
          throwLater(error)
        }
      }
    },
  }
  const on = (set: Set<Listener>) => (listener: unknown) => {
    if (typeof listener === 'function') set.add(listener as Listener)
  }
  const off = (set: Set<Listener>) => (listener?: unknown) => {
    if (typeof listener === 'function') set.delete(listener as Listener)
    else set.clear()
  }
  const task: Record<string, unknown> = {
    abort() {
      if (internals.finished) return // after the result, abort does nothing
      ctx.trace.record({ type: 'note', text: `${TASK_NAMES[kind]}.abort() (wx.${kind})` })
      internals.stop('abort')
    },
    onHeadersReceived: on(listeners.headers),
    offHeadersReceived: off(listeners.headers),
  }
  if (kind === 'request') {
    // enableChunked is not modelled: chunk listeners are kept and never called.
    task.onChunkReceived = on(listeners.chunks)
    task.offChunkReceived = off(listeners.chunks)
  } else {
    task.onProgressUpdate = on(listeners.progress)
    task.offProgressUpdate = off(listeners.progress)
  }
  const cancelTimer = ctx.clock.schedule(timeoutMs, () => internals.stop('timeout'))
  void stopped.then(cancelTimer)
  INTERNALS.set(task, internals)
  return task
}

/** Runs the body of a network API and marks its task finished however it ends. */
export async function runTask<T>(task: object, body: () => Promise<T>): Promise<T> {
  const internals = internalsOf(task)
  try {
    return await body()
  } finally {
    internals.finished = true
    internals.stop('abort') // settles `stopped`, which cancels the timer; nobody waits any more
  }
}
