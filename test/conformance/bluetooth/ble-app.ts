/**
 * App code, as public mini program code writes it: a promisify wrapper over wx (the usual
 * `promisify(wx.startBluetoothDevicesDiscovery)` shape, public code), and a "find my scale" page util:
 * open the adapter → scan for the scale's service → pick it by name in onBluetoothDeviceFound → stop →
 * connect → services → characteristics → subscribe → write a command → read the notifications.
 */
import { createRuntime, type FakeWx, type PeripheralSpec, type Runtime } from '../../../src/index.ts'

type Api = (options: never) => unknown
export const promisify =
  <R = Record<string, unknown>>(api: Api) =>
  (options: object = {}): Promise<R> =>
    new Promise((resolve, reject) => void api({ ...options, success: resolve, fail: reject } as never))

/** Lets queued deliveries and events run. */
export async function flush(rt: Runtime): Promise<void> {
  for (let i = 0; i < 5; i++) await rt.settle()
}

export const SCALE_SERVICE = '0000FFE0-0000-1000-8000-00805F9B34FB'
export const SCALE_NOTIFY = '0000FFE1-0000-1000-8000-00805F9B34FB'
export const SCALE_WRITE = '0000FFE2-0000-1000-8000-00805F9B34FB'

/** A body scale as a test puts it near the phone. */
export const scale = (extra: Partial<PeripheralSpec> = {}): PeripheralSpec => ({
  name: 'MyScale-01',
  localName: 'MyScale-01',
  RSSI: -55,
  advertisData: new Uint8Array([0x4d, 0x53, 0x01]).buffer,
  advertisServiceUUIDs: ['FFE0'],
  services: [
    {
      uuid: 'FFE0',
      characteristics: [
        { uuid: 'FFE1', properties: { notify: true, read: true }, value: new Uint8Array([0x00, 0x00]).buffer },
        { uuid: 'FFE2', properties: { write: true, writeNoResponse: true } },
      ],
    },
  ],
  ...extra,
})

export interface ScaleLink {
  deviceId: string
  serviceId: string
  notifyId: string
  writeId: string
}

/** The page util. `wx` is the app's global. */
export function scaleUtil(wx: FakeWx) {
  const openBluetoothAdapter = promisify(wx.openBluetoothAdapter)
  const startBluetoothDevicesDiscovery = promisify(wx.startBluetoothDevicesDiscovery)
  const stopBluetoothDevicesDiscovery = promisify(wx.stopBluetoothDevicesDiscovery)
  const createBLEConnection = promisify(wx.createBLEConnection)
  const getBLEDeviceServices = promisify<WechatMiniprogram.GetBLEDeviceServicesSuccessCallbackResult>(wx.getBLEDeviceServices)
  const getBLEDeviceCharacteristics = promisify<WechatMiniprogram.GetBLEDeviceCharacteristicsSuccessCallbackResult>(wx.getBLEDeviceCharacteristics)
  const notifyBLECharacteristicValueChange = promisify(wx.notifyBLECharacteristicValueChange)
  const writeBLECharacteristicValue = promisify(wx.writeBLECharacteristicValue)

  function findDevice(prefix: string): Promise<WechatMiniprogram.BlueToothDevice> {
    return new Promise((resolve) => {
      const onFound = ({ devices }: WechatMiniprogram.OnBluetoothDeviceFoundListenerResult) => {
        const device = devices.find((d) => (d.name || d.localName).startsWith(prefix))
        if (!device) return
        wx.offBluetoothDeviceFound()
        resolve(device)
      }
      wx.onBluetoothDeviceFound(onFound)
    })
  }

  return {
    async connectScale(): Promise<ScaleLink> {
      await openBluetoothAdapter()
      const found = findDevice('MyScale')
      await startBluetoothDevicesDiscovery({ services: ['FFE0'], allowDuplicatesKey: false })
      const { deviceId } = await found
      await stopBluetoothDevicesDiscovery()
      await createBLEConnection({ deviceId, timeout: 10_000 })
      const { services } = await getBLEDeviceServices({ deviceId })
      const serviceId = services.find((s) => s.uuid.toUpperCase().includes('FFE0'))!.uuid
      const { characteristics } = await getBLEDeviceCharacteristics({ deviceId, serviceId })
      const notifyId = characteristics.find((c) => c.properties.notify)!.uuid
      const writeId = characteristics.find((c) => c.properties.write)!.uuid
      await notifyBLECharacteristicValueChange({ deviceId, serviceId, characteristicId: notifyId, state: true })
      return { deviceId, serviceId, notifyId, writeId }
    },
    /** Sends "measure" (0x01) and resolves with the weight the scale notifies (uint16 LE, 0.1 kg). */
    async weigh(link: ScaleLink): Promise<number> {
      const reading = new Promise<number>((resolve) =>
        wx.onBLECharacteristicValueChange((res) => {
          if (res.characteristicId === link.notifyId) resolve(new DataView(res.value).getUint16(0, true) / 10)
        }),
      )
      await writeBLECharacteristicValue({ deviceId: link.deviceId, serviceId: link.serviceId, characteristicId: link.writeId, value: new Uint8Array([0x01]).buffer })
      return reading
    },
  }
}

/** A runtime with the scale found and connected (the GATT table not read yet), as a device page leaves it. */
export async function connectedScale(platform: 'ios' | 'android' = 'android', extra: Partial<PeripheralSpec> = {}) {
  const rt = createRuntime({ scenario: 'granted', platform, bluetooth: { peripherals: [scale(extra)] } })
  const peripheral = rt.device.bluetooth.peripherals[0]!
  await rt.wx.openBluetoothAdapter()
  await rt.wx.startBluetoothDevicesDiscovery({})
  rt.clock.advance(100)
  await rt.wx.stopBluetoothDevicesDiscovery()
  const { deviceId } = peripheral
  await rt.wx.createBLEConnection({ deviceId })
  return { rt, peripheral, deviceId }
}

/** …and the GATT table read, as an app does after connecting. */
export async function readyScale(platform: 'ios' | 'android' = 'android', extra: Partial<PeripheralSpec> = {}) {
  const ready = await connectedScale(platform, extra)
  await ready.rt.wx.getBLEDeviceServices({ deviceId: ready.deviceId })
  await ready.rt.wx.getBLEDeviceCharacteristics({ deviceId: ready.deviceId, serviceId: SCALE_SERVICE })
  return ready
}
