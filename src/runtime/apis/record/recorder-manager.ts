// https://developers.weixin.qq.com/miniprogram/dev/api/media/recorder/RecorderManager.html
// "获取全局唯一的录音管理器" (wx.getRecorderManager, 1.6.0). start/pause/resume/stop return nothing and take no
// callbacks: everything, the permission outcome included, arrives through the onXxx listeners
// (research.md §3.2, H): granted → onStart; refused → onError({ errMsg: 'operateRecorder:fail auth deny' })
// (app code, M; wording per dialect). The first start() on a never-asked scope shows the dialog.
import type { RuntimeCore } from '../../core.ts'
import { stateOf } from '../../core.ts'
import { createTempFile } from '../../device/temp-files.ts'
import { authDenyReason } from '../../errors/dialects.ts'
import { errMsgOf } from '../../errors/wx-error.ts'
import { callAppCode, later } from '../../facade/deliver.ts'
import { surfaceError } from '../../facade/surface-error.ts'
import { contextFor, traceCall } from '../../facade/invoke.ts'
import { requestThroughLayers } from '../../facade/request-layers.ts'

type Listener = (result: never) => void
type RecorderEvent = 'start' | 'pause' | 'resume' | 'stop' | 'error' | 'frameRecorded' | 'interruptionBegin' | 'interruptionEnd'

/**
 * onError texts other than the refusal. Real clients differ: Android glues with a colon and says
 * "audio is …" (device logs quoted in app code, M); the other wording is what apps compare with on the
 * other platforms and what a WeChat-compatible runtime (Meituan MSI's RecordApi) uses (M/L).
 */
const RECORDER_ERRORS = {
  android: {
    busy: ":audio is recording, don't start record again",
    notStarted: ":audio is stop, don't stop record again",
  },
  other: {
    busy: 'is recording or paused',
    notStarted: 'recorder not start',
  },
} as const
/** pause() while not recording, resume() while recording / with nothing to resume (MSI's RecordApi, L). */
const NOT_RECORDING = 'not recording'
const NOT_PAUSED = 'not paused'
const NOTHING_TO_RESUME = 'resume record fail'
/** An option the recorder cannot use (sampleRate × encodeBitRate outside the table …): the start fails (L for the text). */
const START_FAILED = ':start record fail'

/** "每种采样率有对应的编码码率范围有效值，设置不合法的采样率或编码码率会导致录音失败" (RecorderManager.start doc, H). */
const BIT_RATES: Readonly<Record<number, readonly [number, number]>> = {
  8000: [16000, 48000],
  11025: [16000, 48000],
  12000: [24000, 64000],
  16000: [24000, 96000],
  22050: [32000, 128000],
  24000: [32000, 128000],
  32000: [48000, 192000],
  44100: [64000, 320000],
  48000: [64000, 320000],
}
const FORMATS = ['mp3', 'aac', 'wav', 'PCM'] as const
/** Defaults and limits of RecorderManager.start (doc, H): duration 60000 ms, at most 600000 (10 分钟). */
const DEFAULTS = { duration: 60_000, sampleRate: 8000, numberOfChannels: 2, encodeBitRate: 48_000, format: 'aac' } as const
const MAX_DURATION = 600_000

interface Settings {
  readonly duration: number
  readonly sampleRate: number
  readonly numberOfChannels: number
  readonly encodeBitRate: number
  readonly format: (typeof FORMATS)[number]
  /** Bytes per onFrameRecorded frame, when frames are reported ("暂仅支持 mp3、pcm 格式"). */
  readonly frameBytes: number | undefined
}

interface Session {
  readonly settings: Settings
  /** Recorded time before the current stretch (pauses excluded), ms. */
  recordedMs: number
  /** When the current stretch began (recording), or undefined (paused). */
  resumedAt: number | undefined
  framesSent: number
  cancelTimers: () => void
}

function settingsOf(o: WechatMiniprogram.RecorderManagerStartOption): Settings | undefined {
  const duration = Math.min(o.duration ?? DEFAULTS.duration, MAX_DURATION)
  const sampleRate = o.sampleRate ?? DEFAULTS.sampleRate
  const numberOfChannels = o.numberOfChannels ?? DEFAULTS.numberOfChannels
  const encodeBitRate = o.encodeBitRate ?? DEFAULTS.encodeBitRate
  const format = o.format ?? DEFAULTS.format
  const range = BIT_RATES[sampleRate]
  if (!(duration > 0) || !range || encodeBitRate < range[0] || encodeBitRate > range[1]) return undefined
  if (numberOfChannels !== 1 && numberOfChannels !== 2) return undefined
  if (!FORMATS.includes(format)) return undefined
  // "指定帧大小，单位 KB … 暂仅支持 mp3、pcm 格式"
  const frameBytes = o.frameSize && o.frameSize > 0 && (format === 'mp3' || format === 'PCM') ? Math.round(o.frameSize * 1024) : undefined
  return { duration, sampleRate, numberOfChannels, encodeBitRate, format, frameBytes }
}

/** Bytes the recording produces per ms: PCM/wav are raw 16-bit samples; mp3/aac run at encodeBitRate. */
function bytesPerMs(s: Settings): number {
  return s.format === 'PCM' || s.format === 'wav' ? (s.sampleRate * s.numberOfChannels * 2) / 1000 : s.encodeBitRate / 8 / 1000
}

const EXTENSIONS = { mp3: 'mp3', aac: 'aac', wav: 'wav', PCM: 'pcm' } as const

/** The runtime's one RecorderManager ("全局唯一"). */
export function recorderManager(core: RuntimeCore): WechatMiniprogram.RecorderManager {
  return stateOf(core, 'record.manager', () => createRecorderManager(core))
}

function createRecorderManager(core: RuntimeCore): WechatMiniprogram.RecorderManager {
  /**
   * One listener per event: registering again replaces the previous one. RecorderManager has no offXxx
   * methods, the mark of the client's older single-slot listeners (L: inferred from the typings).
   */
  const listeners: Partial<Record<RecorderEvent, Listener>> = {}
  let state: 'idle' | 'starting' | 'recording' | 'paused' = 'idle'
  let session: Session | undefined
  const wording = () => (core.config.platform === 'android' ? RECORDER_ERRORS.android : RECORDER_ERRORS.other)

  const emit = (event: RecorderEvent, payload: object) => {
    const name = `RecorderManager.on${event[0]!.toUpperCase()}${event.slice(1)}`
    later(() => {
      core.trace.record({ type: 'event', name, payload: event === 'frameRecorded' ? { isLastFrame: (payload as { isLastFrame: boolean }).isLastFrame } : payload })
      const listener = listeners[event]
      if (listener) callAppCode(core, `${name} listener`, listener, payload)
    })
  }
  const fail = (reason: string) => emit('error', { errMsg: errMsgOf('operateRecorder', reason) })

  const recorded = (s: Session) => s.recordedMs + (s.resumedAt === undefined ? 0 : core.clock.now() - s.resumedAt)

  /** Schedules the auto-stop at `duration` and the next onFrameRecorded, from the current recorded time. */
  const run = (s: Session) => {
    const now = recorded(s)
    const cancelStop = core.clock.schedule(s.settings.duration - now, finish)
    let cancelFrame = () => {}
    const { frameBytes } = s.settings
    if (frameBytes) {
      const frameMs = frameBytes / bytesPerMs(s.settings)
      const nextFrame = () => {
        cancelFrame = core.clock.schedule((s.framesSent + 1) * frameMs - recorded(s), () => {
          s.framesSent++
          emit('frameRecorded', { frameBuffer: new ArrayBuffer(frameBytes), isLastFrame: false })
          nextFrame()
        })
      }
      nextFrame()
    }
    s.cancelTimers = () => {
      cancelStop()
      cancelFrame()
    }
  }

  /** Ends the recording (stop() or the duration reached): the last frame, then onStop with the file. */
  function finish(): void {
    const s = session
    if (!s) return
    s.cancelTimers()
    const duration = Math.min(recorded(s), s.settings.duration)
    session = undefined
    state = 'idle'
    const bytes = duration * bytesPerMs(s.settings)
    const fileSize = Math.round(bytes) + (s.settings.format === 'wav' ? 44 : 0)
    if (s.settings.frameBytes) {
      const rest = Math.max(0, Math.round(bytes - s.framesSent * s.settings.frameBytes))
      emit('frameRecorded', { frameBuffer: new ArrayBuffer(rest), isLastFrame: true })
    }
    const tempFilePath = createTempFile(core, EXTENSIONS[s.settings.format], fileSize)
    emit('stop', { tempFilePath, duration, fileSize })
  }

  return {
    onStart: (l) => void (listeners.start = l),
    onPause: (l) => void (listeners.pause = l),
    onResume: (l) => void (listeners.resume = l),
    onStop: (l) => void (listeners.stop = l),
    onError: (l) => void (listeners.error = l),
    onFrameRecorded: (l) => void (listeners.frameRecorded = l),
    onInterruptionBegin: (l) => void (listeners.interruptionBegin = l),
    onInterruptionEnd: (l) => void (listeners.interruptionEnd = l),

    start(options) {
      traceCall(core, 'RecorderManager.start', options)
      if (state !== 'idle') return fail(wording().busy)
      const settings = settingsOf(options ?? {})
      if (!settings) return fail(START_FAILED)
      state = 'starting'
      const ctx = contextFor(core, 'RecorderManager.start')
      // Privacy, scope, then WeChat's OS microphone permission (facade/request-layers.ts); every refusal is an onError.
      requestThroughLayers(ctx, 'RecorderManager.start', 'scope.record').then(
        (decision) => {
          if (state !== 'starting') return
          if (decision.stop !== 'none') {
            state = 'idle'
            return fail(decision.stop === 'scope' ? authDenyReason(ctx.config.dialect, 'operateRecorder') : decision.outcome.reason)
          }
          state = 'recording'
          session = { settings, recordedMs: 0, resumedAt: core.clock.now(), framesSent: 0, cancelTimers: () => {} }
          run(session)
          emit('start', {})
        },
        (error: unknown) => {
          state = 'idle'
          surfaceError(core, error)
        },
      )
    },

    pause() {
      traceCall(core, 'RecorderManager.pause', undefined)
      if (state !== 'recording' || !session) return fail(NOT_RECORDING)
      session.cancelTimers()
      session.recordedMs = recorded(session)
      session.resumedAt = undefined
      state = 'paused'
      emit('pause', {})
    },

    resume() {
      traceCall(core, 'RecorderManager.resume', undefined)
      if (state === 'recording') return fail(NOT_PAUSED)
      if (state !== 'paused' || !session) return fail(NOTHING_TO_RESUME)
      session.resumedAt = core.clock.now()
      state = 'recording'
      run(session)
      emit('resume', {})
    },

    stop() {
      traceCall(core, 'RecorderManager.stop', undefined)
      if (state !== 'recording' && state !== 'paused') return fail(wording().notStarted)
      finish()
    },
  }
}
