import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'

/** A store page's "navigate" button, as app code writes it. */
function storePage(wx: Pick<WechatMiniprogram.Wx, 'openLocation'>) {
  const store = { name: '星巴克(国贸店)', address: '北京市朝阳区建国门外大街1号', latitude: 39.908823, longitude: 116.39747 }
  return {
    navigate: () => wx.openLocation({ latitude: store.latitude, longitude: store.longitude, name: store.name, address: store.address, scale: 16 }),
  }
}

describe('wx.openLocation (api/location/wx.openLocation.html)', () => {
  test('opens WeChat’s map page at the store: openLocation:ok, and rt.maps.opened shows what it showed', async () => {
    const rt = createRuntime()
    await expect(storePage(rt.wx).navigate()).resolves.toEqual({ errMsg: 'openLocation:ok' })
    expect(rt.maps.opened).toEqual([
      { latitude: 39.908823, longitude: 116.39747, scale: 16, name: '星巴克(国贸店)', address: '北京市朝阳区建国门外大街1号', at: rt.clock.now() },
    ])
  })

  test('needs no scope: no permission dialog, even with scope.userLocation denied', async () => {
    const rt = createRuntime({ scenario: 'denied-once', scopes: ['scope.userLocation'] })
    await expect(rt.wx.openLocation({ latitude: 31.2, longitude: 121.5 })).resolves.toEqual({ errMsg: 'openLocation:ok' })
    expect(rt.prompts).toHaveLength(0)
  })

  test('scale defaults to 18 and stays within 5~18', async () => {
    const rt = createRuntime()
    await rt.wx.openLocation({ latitude: 1, longitude: 2 })
    await rt.wx.openLocation({ latitude: 1, longitude: 2, scale: 30 })
    await rt.wx.openLocation({ latitude: 1, longitude: 2, scale: 1 })
    expect(rt.maps.opened.map((o) => o.scale)).toEqual([18, 18, 5])
  })

  test('latitude and longitude are required numbers: the client parameter error', async () => {
    const rt = createRuntime()
    await expect(rt.wx.openLocation({ latitude: '39.9' as unknown as number, longitude: 116.4 })).rejects.toMatchObject({
      errMsg: 'openLocation:fail parameter error: parameter.latitude should be Number instead of String;',
    })
    expect(rt.maps.opened).toEqual([])
  })

  test('a latitude outside -90~90 fails and opens nothing', async () => {
    const rt = createRuntime()
    await expect(rt.wx.openLocation({ latitude: 116.4, longitude: 39.9 })).rejects.toMatchObject({ errMsg: expect.stringMatching(/^openLocation:fail /) })
    expect(rt.maps.opened).toEqual([])
  })
})
