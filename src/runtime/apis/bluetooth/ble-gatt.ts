// Finding a characteristic on a link, as the client does: the app must have read the GATT table first.
// CoreBluetooth only knows services and characteristics it discovered, and WeChat's Android side looks them up
// in what getServices returned (community: skipping wx.getBLEDeviceServices on a reconnect gives "10004 no service"
// on write, https://developers.weixin.qq.com/community/personal/oCJUsw6MB1VDHcLZsFHfwZjayq_o/answer, M).
import { phoneSide } from '../../device/ble-peripheral-handle.ts'
import type { PeripheralCharacteristic } from '../../device/ble-peripheral.ts'
import { expandUuid } from '../../device/ble-uuid.ts'
import type { Outcome } from '../../errors/wx-error.ts'
import type { ApiContext } from '../../core.ts'
import { linkOf, type BleConnection } from './ble-central.ts'
import { bleFail } from './ble-errors.ts'

export interface GattTarget {
  readonly link: BleConnection
  readonly serviceId: string
  readonly characteristic: PeripheralCharacteristic
}

/** The service app input names on a link whose services were read; else 10004 no service. */
export function serviceOf(link: BleConnection, serviceId: string): string | Outcome<never> {
  const uuid = expandUuid(serviceId)
  const service = link.servicesRead ? phoneSide(link.peripheral).data.services.find((s) => s.uuid === uuid) : undefined
  return service ? service.uuid : bleFail(10004)
}

/** 10006 no connection → 10004 no service → 10005 no characteristic, in that order. */
export function gattTarget(ctx: ApiContext, o: { deviceId: string; serviceId: string; characteristicId: string }): GattTarget | Outcome<never> {
  const link = linkOf(ctx, o.deviceId)
  if ('ok' in link) return link
  const serviceId = serviceOf(link, o.serviceId)
  if (typeof serviceId !== 'string') return serviceId
  const characteristic = link.characteristicsRead.has(serviceId) ? phoneSide(link.peripheral).characteristic(serviceId, o.characteristicId) : undefined
  return characteristic ? { link, serviceId, characteristic } : bleFail(10005)
}
