import { FakeWxError } from '../errors/fake-wx-error.ts'
import type { Platform } from './platforms.ts'

/**
 * Bluetooth identifiers as the client reports them.
 * - deviceId: Android gives the peripheral's MAC address ("AA:BB:CC:DD:EE:FF"); iOS has no MAC and gives the
 *   UUID CoreBluetooth assigns (uni-app's Bluetooth guide: "deviceId 来自系统分配的 UUID"; public app code
 *   keeps `AA:BB:…` ids for Android, M). The PCs and DevTools are taken as iOS-like (L).
 * - Service and characteristic UUIDs: 128-bit, upper case ("0000FFE0-0000-1000-8000-00805F9B34FB"), the form
 *   public code compares with (M); 16/32-bit short forms expand on the Bluetooth base UUID
 *   ("支持 16/32/128 位 UUID", startBluetoothDevicesDiscovery doc, H).
 */
export type DeviceIdStyle = 'mac' | 'uuid'

export const deviceIdStyle = (platform: Platform): DeviceIdStyle => (platform === 'android' ? 'mac' : 'uuid')

const MAC = /^[0-9A-F]{2}(:[0-9A-F]{2}){5}$/
const UUID128 = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/i
const BASE = '-0000-1000-8000-00805F9B34FB'

/** Whether app input is a deviceId of the platform's form (else createBLEConnection fails 10013 invalid_data). */
export function isDeviceIdOf(style: DeviceIdStyle, id: string): boolean {
  return style === 'mac' ? MAC.test(id) : UUID128.test(id)
}

/** A test's deviceId, checked against the platform's form. */
export function checkDeviceId(id: unknown, style: DeviceIdStyle, at: string): string {
  if (typeof id === 'string' && isDeviceIdOf(style, id)) return style === 'uuid' ? id.toUpperCase() : id
  const example = style === 'mac' ? "a MAC address such as 'AA:BB:CC:DD:EE:FF' (upper-case hex)" : "a UUID such as '5E2C1A3B-7F00-4B0E-9C41-0A1B2C3D4E5F'"
  throw new FakeWxError(
    `${at}: deviceId ${JSON.stringify(id)} is not what this platform reports.`,
    `On ${style === 'mac' ? 'Android' : 'iOS (and the PCs)'} a deviceId is ${example}; or leave it out and one is made.`,
  )
}

/** The 128-bit upper-case form of a test's UUID (16-, 32- or 128-bit). */
export function bleUuid(uuid: unknown, at: string): string {
  const full = typeof uuid === 'string' ? expandUuid(uuid) : undefined
  if (full) return full
  throw new FakeWxError(`${at}: ${JSON.stringify(uuid)} is not a Bluetooth UUID.`, "Use 16-bit 'FFE0', 32-bit '0000FFE0' or 128-bit '0000FFE0-0000-1000-8000-00805F9B34FB'.")
}

/** App input: the 128-bit upper-case form, or undefined when it is no UUID. */
export function expandUuid(uuid: string): string | undefined {
  if (/^[0-9A-F]{4}$/i.test(uuid)) return `0000${uuid.toUpperCase()}${BASE}`
  if (/^[0-9A-F]{8}$/i.test(uuid)) return `${uuid.toUpperCase()}${BASE}`
  if (UUID128.test(uuid)) return uuid.toUpperCase()
  return undefined
}

/** Whether app input names this UUID (case and short forms do not matter). */
export const sameUuid = (input: string, uuid: string): boolean => expandUuid(input) === uuid
