import type { Preset } from './scenario.ts'

/**
 * The user's history in one word. Each preset applies to every scope in `scopes`
 * (default: every scope asked by dialog). Plain data: add one by adding a row.
 */
export const PRESETS = {
  'first-time': {
    name: 'first-time',
    description: 'never asked: the first use shows the permission dialog',
    state: 'undetermined',
    history: [],
  },
  granted: {
    name: 'granted',
    description: 'asked once and allowed',
    state: 'granted',
    history: [{ kind: 'authorize', answer: 'allow' }],
  },
  'denied-once': {
    name: 'denied-once',
    description: 'asked once and refused: later calls fail at once, with no dialog',
    state: 'denied',
    history: [{ kind: 'authorize', answer: 'deny' }],
  },
  'revoked-in-settings': {
    name: 'revoked-in-settings',
    description: 'allowed once, later switched off in the settings page',
    state: 'denied',
    history: [
      { kind: 'authorize', answer: 'allow' },
      { kind: 'settings', value: false },
    ],
  },
} as const satisfies Record<string, Preset>

export type PresetName = keyof typeof PRESETS
export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[]
