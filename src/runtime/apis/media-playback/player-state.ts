// The page's <audio> and <video> players as their contexts drive them (wx.createAudioContext, wx.createVideoContext),
// per id, on the runtime clock: while playing, `position` moves with `rt.clock.advance(ms)` × playbackRate, stopping
// at the end when the src has a duration (rt.device.media). Tests read them with `rt.players.audio(id)` / `.video(id)`.
import { stateOf, type RuntimeCore } from '../../core.ts'

export type PlayerKind = 'audio' | 'video'
export type PlayerStatus = 'idle' | 'playing' | 'paused' | 'stopped'

export interface PlayerSnapshot {
  readonly id: string
  readonly kind: PlayerKind
  readonly src: string | undefined
  readonly status: PlayerStatus
  /** Seconds. */
  readonly position: number
  readonly playbackRate: number
  /** requestFullScreen's direction (0, 90, -90), or false. */
  readonly fullScreen: false | 0 | 90 | -90
  readonly statusBar: boolean
  readonly danmu: readonly { readonly text: string; readonly color?: string; readonly at: number }[]
  readonly pictureInPicture: boolean
  readonly backgroundPlayback: boolean
  /** Every context call, in order (`play`, `seek 10` …). */
  readonly calls: readonly string[]
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

interface Player {
  snapshot: Mutable<Omit<PlayerSnapshot, 'position' | 'calls' | 'danmu'>> & { danmu: PlayerSnapshot['danmu'][number][] }
  positionAt: number
  since: number | undefined
  calls: string[]
}

const playersOf = (core: RuntimeCore) => stateOf(core, 'media.players', () => new Map<string, Player>())

export function player(core: RuntimeCore, kind: PlayerKind, id: string): Player {
  const key = `${kind}:${id}`
  const players = playersOf(core)
  let p = players.get(key)
  if (!p) {
    p = {
      snapshot: { id, kind, src: undefined, status: 'idle', playbackRate: 1, fullScreen: false, statusBar: true, danmu: [], pictureInPicture: false, backgroundPlayback: false },
      positionAt: 0,
      since: undefined,
      calls: [],
    }
    players.set(key, p)
  }
  return p
}

function durationOf(core: RuntimeCore, p: Player): number {
  const fixture = p.snapshot.src === undefined ? undefined : core.device.media.get(p.snapshot.src)
  return fixture && 'duration' in fixture ? fixture.duration : Infinity
}

export function positionOf(core: RuntimeCore, p: Player): number {
  const running = p.since === undefined ? 0 : ((core.clock.now() - p.since) / 1000) * p.snapshot.playbackRate
  return Math.min(p.positionAt + running, durationOf(core, p))
}

/** Moves the player to a new status, keeping the position continuous. */
export function setStatus(core: RuntimeCore, p: Player, status: PlayerStatus, position = positionOf(core, p)): void {
  p.positionAt = Math.min(position, durationOf(core, p))
  p.since = status === 'playing' ? core.clock.now() : undefined
  p.snapshot.status = status
}

export interface PlayersView {
  audio(id: string): PlayerSnapshot | undefined
  video(id: string): PlayerSnapshot | undefined
}

export function playersView(core: RuntimeCore): PlayersView {
  const view = (kind: PlayerKind) => (id: string) => {
    const p = playersOf(core).get(`${kind}:${id}`)
    return p && { ...p.snapshot, danmu: [...p.snapshot.danmu], position: positionOf(core, p), calls: [...p.calls] }
  }
  return { audio: view('audio'), video: view('video') }
}
