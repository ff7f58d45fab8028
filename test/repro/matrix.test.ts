// matrix(): one flow under every preset × layers × platform × scripted user, in one process; a table of the
// outcome and the prompts of each cell (Markdown for people, JSON for machines).
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { matrix, matrixJson, matrixMarkdown, MATRIX_USERS, type Runtime } from '../../src/index.ts'

const APP = fileURLToPath(new URL('../../examples/app/', import.meta.url))

async function findNearestStore(rt: Runtime) {
  const home = await rt.open('pages/index/index')
  await home.tap('openStores')
  const store = rt.currentPage()!
  await store.tap('onFindNearest')
  return store.data.status
}

/** A pure flow (no app folder): the recovery flow as a util runs it. */
async function locate(rt: Runtime) {
  const { authSetting } = await rt.wx.getSetting()
  if (authSetting['scope.userLocation'] === false) {
    const { confirm } = await rt.wx.showModal({ title: '需要位置权限', content: '去设置打开' })
    if (!confirm) return 'declined'
    await new Promise((resolve) => rt.tap(() => rt.wx.openSetting({ complete: resolve })))
  }
  return rt.wx.getLocation({ type: 'gcj02' }).then(
    () => 'located',
    (e: { errMsg: string }) => e.errMsg,
  )
}

describe('matrix()', () => {
  test('examples/app: every preset × ios/android × allows/refuses, with the outcome and the prompts seen', async () => {
    const result = await matrix({ runtime: { app: { root: APP }, scopes: ['scope.userLocation'] }, run: findNearestStore })
    expect(result.cells).toHaveLength(4 * 2 * 2)
    const ios = result.cells.filter((c) => c.platform === 'ios').map((c) => [c.preset, c.user, c.outcome, c.prompts.join(', ')])
    expect(ios).toEqual([
      ['first-time', 'allows', 'located', 'authorize:allow'],
      ['first-time', 'refuses', 'declined', 'authorize:deny, modal:cancel'],
      ['granted', 'allows', 'located', ''],
      ['granted', 'refuses', 'located', ''],
      ['denied-once', 'allows', 'located', 'modal:confirm, settings:+userLocation'],
      ['denied-once', 'refuses', 'declined', 'modal:cancel'],
      ['revoked-in-settings', 'allows', 'located', 'modal:confirm, settings:+userLocation'],
      ['revoked-in-settings', 'refuses', 'declined', 'modal:cancel'],
    ])
  })

  test('the Markdown table: a row per preset, a column per platform · user, each cell outcome and prompts', async () => {
    const result = await matrix({
      runtime: { scopes: ['scope.userLocation'] },
      run: locate,
      presets: ['first-time', 'denied-once'],
      platforms: ['android'],
    })
    expect(matrixMarkdown(result)).toBe(
      [
        '| preset | android · allows | android · refuses |',
        '| --- | --- | --- |',
        '| first-time | **located**<br>authorize:allow | **getLocation:fail auth deny**<br>authorize:deny |',
        '| denied-once | **located**<br>modal:confirm, settings:+userLocation | **declined**<br>modal:cancel |',
      ].join('\n'),
    )
    expect(JSON.parse(matrixJson(result))).toEqual(JSON.parse(JSON.stringify(result)))
  })

  test('layers are a dimension: the phone denying location fails even a granted scope', async () => {
    const result = await matrix({
      runtime: { scopes: ['scope.userLocation'] },
      run: locate,
      presets: ['granted'],
      layers: [[], ['os-denied']],
      platforms: ['ios'],
      users: { allows: MATRIX_USERS.allows! },
    })
    expect(result.cells.map((c) => [c.layers.join('+'), c.outcome])).toEqual([
      ['', 'located'],
      ['os-denied', 'getLocation:fail system permission denied'],
    ])
    expect(matrixMarkdown(result).split('\n')[3]).toBe('| granted + os-denied | **getLocation:fail system permission denied**<br>no prompt |')
  })

  test('a flow that throws is an error cell, not a crash of the matrix', async () => {
    const result = await matrix({ run: () => Promise.reject(new Error('boom | bad')), presets: ['first-time'], platforms: ['ios'] })
    expect(result.cells.map((c) => [c.outcome, c.error])).toEqual([
      ['threw', 'boom | bad'],
      ['threw', 'boom | bad'],
    ])
    expect(matrixMarkdown(result)).toContain('**threw** boom \\| bad')
  })

  test('unknown names in a dimension are a misuse that lists the known ones', async () => {
    await expect(matrix({ run: locate, presets: ['denied' as never] })).rejects.toThrow(/unknown preset "denied"[\s\S]*Known: first-time, granted/)
    await expect(matrix({ run: locate, platforms: ['ipad' as never] })).rejects.toThrow('unknown platform "ipad"')
    await expect(matrix({ run: locate, users: {} })).rejects.toThrow('users is empty')
  })
})
