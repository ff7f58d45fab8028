import { DIALOG_SCOPES, isScope, scopeRow, type Scope } from '../runtime/auth/scope-table.ts'
import type { DevicePermission, OsOptions, OsPermissionState } from '../runtime/device/os-permissions.ts'
import type { SwitchOptions } from '../runtime/device/system-switches.ts'
import { FakeWxError } from '../runtime/errors/fake-wx-error.ts'
import type { PrivacyOptions } from '../runtime/privacy/privacy-state.ts'
import { PRESET_NAMES, PRESETS, type PresetName } from './presets.ts'
import type { Scenario } from './scenario.ts'

/**
 * A layer preset: a state of the layers around the scope store (the phone, the privacy agreement, the
 * base library) in one word. It composes with a user-history preset:
 * `createRuntime({ scenario: ['granted', 'os-denied'] })` = the user allowed every scope in WeChat, and
 * the phone does not let WeChat use them. Plain data: add one by adding a row.
 */
export interface LayerPreset {
  readonly name: string
  readonly description: string
  /** The OS permission behind each targeted scope (the scope table's `os`; `scopes` option) gets this state. */
  readonly os?: OsPermissionState
  readonly switches?: SwitchOptions
  readonly privacy?: PrivacyOptions
  readonly SDKVersion?: string
  /** Why this state matters: the real-world bug it reproduces. */
  readonly source: string
}

export const LAYER_PRESETS = {
  'os-denied': {
    name: 'os-denied',
    description: "the phone's Settings deny WeChat the permissions behind the scopes: a granted scope still fails",
    os: 'denied',
    source: 'research.md §5, §8.7 (H)',
  },
  'os-not-determined': {
    name: 'os-not-determined',
    description: 'iOS, WeChat never asked the OS: the first use shows the WeChat dialog, then the iOS dialog',
    os: 'not determined',
    source: 'research.md §1.2 "iOS double dialog" (M)',
  },
  'location-services-off': {
    name: 'location-services-off',
    description: "the phone's location services are off",
    switches: { location: false },
    source: 'research.md §2.2, §5: getLocation:fail:ERROR_NOCELL&WIFI_LOCATIONSWITCHOFF on Android (M)',
  },
  'bluetooth-off': {
    name: 'bluetooth-off',
    description: "the phone's Bluetooth is off",
    switches: { bluetooth: false },
    source: 'research.md §5: openBluetoothAdapter errCode 10001, iOS state 4 (H)',
  },
  'privacy-not-agreed': {
    name: 'privacy-not-agreed',
    description: 'a fresh user on base library ≥ 2.32.3: the privacy guide declares everything and the user has not agreed yet',
    privacy: { agreed: false },
    source: 'research.md §6.1 (H)',
  },
  'privacy-undeclared': {
    name: 'privacy-undeclared',
    description: 'the privacy guide declares no data type: every privacy API fails with errno 112',
    privacy: { declared: [] },
    source: 'research.md §2.3, §6.1 (H)',
  },
  'old-base-library': {
    name: 'old-base-library',
    description: 'base library 2.10.1 (2020): no Promise form, no privacy or system-setting APIs, no getFuzzyLocation',
    SDKVersion: '2.10.1',
    source: 'research.md §1.6 (Promise from 2.10.2), §5 (2.20.1), §6.1 (2.32.3) (H)',
  },
} as const satisfies Record<string, LayerPreset>

export type LayerPresetName = keyof typeof LAYER_PRESETS
export const LAYER_PRESET_NAMES = Object.keys(LAYER_PRESETS) as LayerPresetName[]

/** What the `scenario` option takes: one user history and any number of layer presets, alone or in a list. */
export type ScenarioPart = PresetName | LayerPresetName | Scenario
export type ScenarioOption = ScenarioPart | readonly ScenarioPart[]

/** The layer settings createRuntime takes, before and after presets are applied. */
export interface LayerOptions {
  os?: OsOptions
  switches?: SwitchOptions
  privacy?: PrivacyOptions
  SDKVersion?: string
}

/**
 * Splits `scenario` into the user history (at most one) and the layer presets, and applies the presets in
 * order under the explicit options: `{ scenario: 'privacy-not-agreed', privacy: { declared: ['location'] } }`
 * keeps the preset's `agreed: false` and the test's `declared`.
 */
export function resolveLayers(
  option: ScenarioOption | undefined,
  explicit: LayerOptions,
  scopes: readonly Scope[] | undefined,
): { history: PresetName | Scenario | undefined; layers: LayerOptions } {
  if (option === undefined || (typeof option === 'string' && Object.hasOwn(PRESETS, option)) || (typeof option === 'object' && !Array.isArray(option))) {
    return { history: option as PresetName | Scenario | undefined, layers: explicit } // no layer preset: nothing to merge
  }
  const parts = Array.isArray(option) ? (option as readonly ScenarioPart[]) : [option as ScenarioPart]
  const histories: (PresetName | Scenario)[] = []
  const merged: LayerOptions = {}
  for (const part of parts) {
    if (typeof part === 'string' && Object.hasOwn(LAYER_PRESETS, part)) {
      const preset: LayerPreset = LAYER_PRESETS[part as LayerPresetName]
      if (preset.os) merged.os = { ...merged.os, ...osFor(preset.os, scopes) }
      if (preset.switches) merged.switches = { ...merged.switches, ...preset.switches }
      if (preset.privacy) merged.privacy = { ...merged.privacy, ...preset.privacy }
      if (preset.SDKVersion) merged.SDKVersion = preset.SDKVersion
    } else if (typeof part === 'string' && !Object.hasOwn(PRESETS, part)) {
      throw new FakeWxError(
        `Failed to load scenario: there is no preset ${JSON.stringify(part)}.`,
        `User histories: ${PRESET_NAMES.join(', ')}. Layers: ${LAYER_PRESET_NAMES.join(', ')}.`,
      )
    } else histories.push(part as PresetName | Scenario)
  }
  if (histories.length > 1) {
    throw new FakeWxError(
      `Failed to load scenario: ${histories.map((h) => (typeof h === 'string' ? h : (h.name ?? '(custom)'))).join(' and ')} are both user histories; a runtime has one.`,
      `Combine one history with layer presets, e.g. scenario: ['denied-once', 'os-denied'].`,
    )
  }
  return {
    history: histories[0],
    layers: {
      os: { ...merged.os, ...explicit.os },
      switches: { ...merged.switches, ...explicit.switches },
      privacy: { ...merged.privacy, ...explicit.privacy },
      ...(explicit.SDKVersion ?? merged.SDKVersion ? { SDKVersion: explicit.SDKVersion ?? merged.SDKVersion } : {}),
    },
  }
}

function osFor(state: OsPermissionState, scopes: readonly Scope[] | undefined): OsOptions {
  const result: Partial<Record<DevicePermission, OsPermissionState>> = {}
  for (const scope of scopes ?? DIALOG_SCOPES) {
    const permission = isScope(scope) ? scopeRow(scope).os : undefined // a bad name is reported by resolveScenario
    if (permission) result[permission] = state
  }
  return result
}
