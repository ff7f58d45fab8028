import type { RuntimeCore } from '../../core.ts'
import { stateOf } from '../../core.ts'
import { later } from '../../facade/deliver.ts'
import { currentFix, type CoordinateType } from './location-fix.ts'

/**
 * Continuous location updates (wx.startLocationUpdate / startLocationUpdateBackground): while running,
 * every `rt.device.moveTo()` reports a fix to wx.onLocationChange listeners. Turning location off in
 * the settings page stops them; turning background off drops back to foreground updates.
 */
export interface LocationUpdates {
  running: boolean
  background: boolean
  type: CoordinateType
}

export function locationUpdates(core: RuntimeCore): LocationUpdates {
  return stateOf(core, 'location.updates', () => {
    const updates: LocationUpdates = { running: false, background: false, type: 'wgs84' }
    core.device.onMove(() => {
      if (updates.running) reportFix(core, updates.type)
    })
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
  later(() => {
    if (!locationUpdates(core).running) return
    core.trace.record({ type: 'event', name: 'onLocationChange', payload: fix })
    core.events.emit('locationChange', fix)
  })
}
