// https://developers.weixin.qq.com/miniprogram/dev/api/device/bluetooth-peripheral/BLEPeripheralServer.html (2.10.3)
// The local peripheral: services, advertising, characteristic writes. Methods have callbacks only
// ("以 Promise 风格 调用：不支持", BLEPeripheralServer.addService / startAdvertising docs, H); their errMsg
// prefix is not documented — the method's name is used (L). Remote centrals connect to an advertising server
// (`rt.device.bluetooth.connectCentral`, peripheral-centrals.ts); their GATT requests are not simulated, so the
// onCharacteristic… listeners are kept but never called.
import type { RuntimeCore } from '../../core.ts'
import { ok } from '../../errors/wx-error.ts'
import { defineMethod, type MethodDef } from '../../facade/define-api.ts'
import { invokeMethod } from '../../facade/invoke.ts'
import { closeServer, newServerId, setAdvertising } from './peripheral-centrals.ts'

/** The server's own state: its services and whether it advertises. */
interface ServerState {
  readonly services: Map<string, WechatMiniprogram.BLEPeripheralService>
  advertising: boolean
}

const CHARACTERISTIC_EVENTS = ['ReadRequest', 'Subscribed', 'Unsubscribed', 'WriteRequest'] as const

export function createPeripheralServer(core: RuntimeCore): WechatMiniprogram.BLEPeripheralServer {
  const state: ServerState = { services: new Map(), advertising: false }
  const serverId = newServerId(core)
  const method = <O extends object>(name: string, params: MethodDef['params'], run: (o: O) => void) => {
    const def = defineMethod<O>({ name: `BLEPeripheralServer.${name}`, errMsgApi: name, params, run: (_ctx, o) => (run(o), ok({})) })
    return (options?: O) => invokeMethod(core, def, options)
  }
  const server: Record<string, unknown> = {
    addService: method<WechatMiniprogram.AddServiceOption>('addService', { service: 'Object!' }, ({ service }) => {
      state.services.set(service.uuid, service)
    }),
    removeService: method<WechatMiniprogram.RemoveServiceOption>('removeService', { serviceId: 'String!' }, ({ serviceId }) => {
      state.services.delete(serviceId)
    }),
    startAdvertising: method<WechatMiniprogram.StartAdvertisingObject>('startAdvertising', { advertiseRequest: 'Object!', powerLevel: 'String' }, () => {
      state.advertising = true
      setAdvertising(core, serverId, true)
    }),
    stopAdvertising: method('stopAdvertising', undefined, () => {
      state.advertising = false
      setAdvertising(core, serverId, false)
    }),
    writeCharacteristicValue: method<WechatMiniprogram.WriteCharacteristicValueObject>(
      'writeCharacteristicValue',
      { serviceId: 'String!', characteristicId: 'String!', value: 'Object!', needNotify: 'Boolean!', callbackId: 'Number' },
      () => {},
    ),
    close: method('close', undefined, () => {
      state.services.clear()
      state.advertising = false
      closeServer(core, serverId)
    }),
  }
  const listeners = new Map<string, Set<unknown>>()
  for (const event of CHARACTERISTIC_EVENTS) {
    server[`onCharacteristic${event}`] = (listener: unknown) => {
      if (typeof listener === 'function') (listeners.get(event) ?? listeners.set(event, new Set()).get(event)!).add(listener)
    }
    server[`offCharacteristic${event}`] = (listener?: unknown) => {
      if (typeof listener === 'function') listeners.get(event)?.delete(listener)
      else listeners.delete(event)
    }
  }
  return server as unknown as WechatMiniprogram.BLEPeripheralServer
}
