// Remote centrals connecting to this phone's BLEPeripheralServer (the peripheral role): what
// wx.onBLEPeripheralConnectionStateChanged reports, `{ deviceId, serverId, connected }` (typings, H).
// A central can only connect to a server that advertises (server.startAdvertising; L: BLE's rule).
import type { RuntimeCore } from '../../core.ts'
import { stateOf } from '../../core.ts'
import { emitEvent } from './ble-central.ts'

interface Centrals {
  /** Advertising servers' ids, oldest first. */
  readonly advertising: string[]
  /** Connected central deviceId → serverId. */
  readonly connected: Map<string, string>
  nextId: number
}

function centrals(core: RuntimeCore): Centrals {
  return stateOf(core, 'bluetooth.peripheral-centrals', () => {
    const state: Centrals = { advertising: [], connected: new Map(), nextId: 1 }
    core.device.bluetooth.setCentralHandler((deviceId, connected) => {
      const serverId = connected ? state.advertising[0] : state.connected.get(deviceId)
      if (serverId === undefined || (connected && state.connected.has(deviceId))) return false
      if (connected) state.connected.set(deviceId, serverId)
      else state.connected.delete(deviceId)
      emitEvent(core, 'onBLEPeripheralConnectionStateChanged', 'blePeripheralConnectionStateChanged', { deviceId, serverId, connected })
      return true
    })
    return state
  })
}

/** A new server's id: "server 的 UUID" (typings), made deterministically (L: its real form is not documented). */
export function newServerId(core: RuntimeCore): string {
  const state = centrals(core)
  return `00000000-0000-4000-A000-${(state.nextId++).toString(16).toUpperCase().padStart(12, '0')}`
}

export function setAdvertising(core: RuntimeCore, serverId: string, on: boolean): void {
  const { advertising } = centrals(core)
  const i = advertising.indexOf(serverId)
  if (on && i < 0) advertising.push(serverId)
  if (!on && i >= 0) advertising.splice(i, 1)
}

/** A closed server drops its centrals, each reported (L). */
export function closeServer(core: RuntimeCore, serverId: string): void {
  setAdvertising(core, serverId, false)
  const state = centrals(core)
  for (const [deviceId, id] of [...state.connected]) {
    if (id !== serverId) continue
    state.connected.delete(deviceId)
    emitEvent(core, 'onBLEPeripheralConnectionStateChanged', 'blePeripheralConnectionStateChanged', { deviceId, serverId, connected: false })
  }
}
