/** The platforms a mini program runs on, as `wx.getDeviceInfo().platform` names them. */
export const PLATFORMS = ['ios', 'android', 'devtools', 'windows', 'mac'] as const
export type Platform = (typeof PLATFORMS)[number]

export interface PlatformProfile {
  /** Whether tap-only APIs check the gesture. DevTools does not (research.md §1.5, §8.3). */
  readonly enforcesTapGesture: boolean
}

export const PLATFORM_PROFILES: Readonly<Record<Platform, PlatformProfile>> = {
  ios: { enforcesTapGesture: true },
  android: { enforcesTapGesture: true },
  devtools: { enforcesTapGesture: false },
  windows: { enforcesTapGesture: true },
  mac: { enforcesTapGesture: true },
}

/** Which build of the mini program runs: __wxConfig.envVersion. */
export type EnvVersion = 'develop' | 'trial' | 'release'
