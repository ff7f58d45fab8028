import type { TraceEntry } from '../trace-events.ts'

/**
 * The lanes of a picture of the timeline (Mermaid participants, the HTML page's columns): the app's code,
 * the `wx` runtime, the user, and the settings page (wx.openSetting's page). Each entry is an arrow between
 * two lanes or a note on one.
 */
export const LANES = ['app', 'wx', 'user', 'settings'] as const
export type Lane = (typeof LANES)[number]
export const LANE_TITLES: Readonly<Record<Lane, string>> = { app: 'app', wx: 'wx', user: 'user', settings: 'settings page' }

export interface Placement {
  readonly from: Lane
  /** Absent: a note on `from`. */
  readonly to?: Lane
  /** A reply (dashed arrow): a result, an answer, an event delivered back. */
  readonly reply?: boolean
  /** A failure (an arrow ending in a cross). */
  readonly failed?: boolean
}

/** Where an entry sits, by its type (and, for notes and page events, who acted). */
export function placement(e: TraceEntry): Placement {
  switch (e.type) {
    case 'call':
      return { from: 'app', to: 'wx' }
    case 'result':
      return { from: 'wx', to: 'app', reply: true, failed: !e.ok }
    case 'prompt':
      return { from: 'wx', to: e.kind === 'settings' ? 'settings' : 'user' }
    case 'answer':
      return { from: e.kind === 'settings' ? 'settings' : 'user', to: 'wx', reply: true }
    case 'auth':
      return { from: e.cause === 'settings' ? 'settings' : 'wx' }
    case 'event':
      return { from: 'wx', to: 'app' }
    case 'device':
      return { from: 'wx' }
    case 'note':
      if (e.text === 'user tap') return { from: 'user', to: 'app' }
      if (e.text.startsWith('the user ')) return { from: 'user' }
      if (e.text.startsWith('settings page')) return { from: 'settings' }
      if (e.text.startsWith('exception in ')) return { from: 'app' }
      return { from: 'wx' }
    case 'page':
      // A tap or another bound event reaches the page from the user; lifecycle and setData are the app's own.
      return e.what.includes(' → ') || e.what.startsWith('button open-type=') ? { from: 'user', to: 'app' } : { from: 'app' }
  }
}
