import type { RuntimeCore } from '../../core.ts'
import { stateOf } from '../../core.ts'
import { later } from '../../facade/deliver.ts'
import { currentFix, type CoordinateType } from './location-fix.ts'

/**
 * Continuous location updates (wx.startLocationUpdate / startLocationUpdateBackground): while running,
 * every `rt.device.moveTo()` reports a fix to wx.onLocationChange listeners. Turning location off in
 * the settings page stops them; turning background off drops back to foreground updates.
 * Foreground updates report only while the mini program is shown: startLocationUpdate "开启小程序进入前台时接收位置消息",
 * startLocationUpdateBackground "前后台时均可接收…后台包括离开小程序后继续使用微信" (typings, H) — so not while the
 * settings page (or another native page) covers the app.
 */
export interface LocationUpdates {
  running: boolean
  background: boolean
  type: CoordinateType
  /** The mini program is covered by a native page (between onAppHide and onAppShow). */
  hidden: boolean
}

export function locationUpdates(core: RuntimeCore): LocationUpdates {
  return stateOf(core, 'location.updates', () => {
    const updates: LocationUpdates = { running: false, background: false, type: 'wgs84', hidden: false }
    core.device.onMove(() => {
      if (updates.running) reportFix(core, updates.type)
    })
    core.events.on('appHide', () => void (updates.hidden = true))
    core.events.on('appShow', () => void (updates.hidden = false))
    core.auth.onChange((scope, to) => {
      if (!updates.running || to === 'granted') return
      if (scope === 'scope.userLocation') {
        updates.running = false
        updates.background = false
        core.trace.record({ type: 'note', text: 'location updates stopped: scope.userLocation was turned off' })
      } else if (scope === 'scope.userLocationBackground' && updates.background) {
        updates.background = false
        core.trace.record({ type: 'note', text: 'background location updates stopped: foreground updates go on' })
      }
    })
    return updates
  })
}

export function startUpdates(core: RuntimeCore, type: CoordinateType, background: boolean): void {
  const updates = locationUpdates(core)
  updates.running = true
  updates.type = type
  updates.background ||= background
  // The first fix follows the start, as a phone's location service reports one right away.
  reportFix(core, type)
}

export function stopUpdates(core: RuntimeCore): void {
  const updates = locationUpdates(core)
  updates.running = false
  updates.background = false
}

function reportFix(core: RuntimeCore, type: CoordinateType): void {
  const fix = currentFix(core, type)
  const updates = locationUpdates(core)
  if (updates.hidden && !updates.background) return
  later(() => {
    if (!updates.running || (updates.hidden && !updates.background)) return
    core.trace.record({ type: 'event', name: 'onLocationChange', payload: fix })
    core.events.emit('locationChange', fix)
  })
}
