import { describe, expect, test } from 'vitest'
import { createRuntime, type Runtime } from '../../../src/index.ts'
import { describeScopeFlow } from '../scope-flow.ts'

const settled = (p: Promise<unknown>) => p.then((r) => r, (e) => e)

/** The peripheral flow: the adapter in peripheral mode, then the server. Both need scope.bluetooth; one dialog. */
async function createServer(rt: Runtime) {
  await rt.wx.openBluetoothAdapter({ mode: 'peripheral' }).catch(() => {})
  return settled(rt.wx.createBLEPeripheralServer())
}

describeScopeFlow('wx.createBLEPeripheralServer', {
  scopes: ['scope.bluetooth'],
  use: createServer,
  works: (seen) => expect(seen).toEqual({ errMsg: 'createBLEPeripheralServer:ok', server: expect.any(Object) }),
  refused: (seen) => expect(seen).toEqual({ errMsg: 'createBLEPeripheralServer:fail auth deny', errno: 103 }),
})

describe('wx.createBLEPeripheralServer', () => {
  test('before wx.openBluetoothAdapter: errCode 10000 "not init"', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    await expect(rt.wx.createBLEPeripheralServer()).rejects.toEqual({ errMsg: 'createBLEPeripheralServer:fail not init', errno: 1500101, errCode: 10000 })
  })

  test('"可创建多个": each call makes a new server', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    await rt.wx.openBluetoothAdapter({ mode: 'peripheral' })
    const a = await rt.wx.createBLEPeripheralServer()
    const b = await rt.wx.createBLEPeripheralServer()
    expect(a.server).not.toBe(b.server)
  })

  test('the server: addService / startAdvertising / close answer through callbacks only', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    await rt.wx.openBluetoothAdapter({ mode: 'peripheral' })
    const { server } = await rt.wx.createBLEPeripheralServer()
    const call = (fn: (o: { success: (r: unknown) => void; fail: (r: unknown) => void }) => unknown) =>
      new Promise((done) => expect(fn({ success: done, fail: done })).toBeUndefined())
    expect(await call((o) => server.addService({ ...o, service: { uuid: '180D', characteristics: [] } }))).toEqual({ errMsg: 'addService:ok' })
    expect(await call((o) => server.startAdvertising({ ...o, advertiseRequest: { deviceName: 'fake' } }))).toEqual({ errMsg: 'startAdvertising:ok' })
    expect(await call((o) => server.addService({ ...o } as never))).toEqual({
      errMsg: 'addService:fail parameter error: parameter.service should be Object instead of Undefined;',
      errno: 1001,
    })
    expect(await call((o) => server.close(o))).toEqual({ errMsg: 'close:ok' })
    expect(() => server.onCharacteristicWriteRequest(() => {})).not.toThrow()
  })
})
