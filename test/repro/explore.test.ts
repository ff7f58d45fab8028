// explore(): the flow under every answer the user could give at every prompt, depth first, a fresh runtime per
// path; dead ends (a needed scope denied, no way to the settings page) and loops (the app asking the same
// again on its own) flagged. Apps: examples/app (its store page's recovery flow) and examples/buggy-permissions.
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { explore, type Runtime } from '../../src/index.ts'

const APP = fileURLToPath(new URL('../../examples/app/', import.meta.url))
const BUGGY = fileURLToPath(new URL('../../examples/buggy-permissions/', import.meta.url))

/** The store page's flow: home → 附近门店 → 找最近的门店; the outcome is the page's status. */
async function findNearestStore(rt: Runtime) {
  const home = await rt.open('pages/index/index')
  await home.tap('openStores')
  const store = rt.currentPage()!
  await store.tap('onFindNearest')
  return store.data.status
}

const answersOf = (path: { answers: readonly { kind: string; answer: unknown }[] }) => path.answers.map((a) => `${a.kind}:${JSON.stringify(a.answer)}`)

describe('the recovery flow of examples/app', () => {
  test('a first-time user: every path, depth first, with its answers, outcome and end state', async () => {
    const { paths, deadEnds, loops, truncated } = await explore({
      runtime: { app: { root: APP }, scopes: ['scope.userLocation'] },
      run: findNearestStore,
    })
    expect(paths.map(answersOf)).toEqual([
      ['authorize:"allow"'],
      ['authorize:"deny"', 'modal:"confirm"', 'settings:{"scope.userLocation":true}'],
      ['authorize:"deny"', 'modal:"confirm"', 'settings:{"scope.userLocation":false}'],
      ['authorize:"deny"', 'modal:"cancel"'],
    ])
    expect(paths.map((p) => p.result)).toEqual(['located', 'located', 'denied', 'declined'])
    expect(paths.map((p) => p.auth['scope.userLocation'])).toEqual(['granted', 'granted', 'denied', 'denied'])
    expect(paths[0]!.answers[0]).toEqual({ kind: 'authorize', scope: 'scope.userLocation', answer: 'allow' })
    expect(paths[0]!.auth['scope.camera']).toBe('undetermined')
    expect(paths.every((p) => p.error === undefined)).toBe(true)
    // The page's code leads back to the settings page (tap 找最近的门店 again → the modal → 去设置): no dead end.
    expect(deadEnds).toEqual([])
    expect(loops).toEqual([])
    expect(truncated).toBe(false)
  })

  test("each path's timeline is its own run: the denied path shows the settings page left off", async () => {
    const { paths } = await explore({ runtime: { app: { root: APP }, scopes: ['scope.userLocation'] }, run: findNearestStore })
    expect(paths[2]!.timeline).toContain('answer  settings → {"scope.userLocation":false} (standing)')
    expect(paths[0]!.timeline).not.toContain('prompt  modal')
  })

  test('denied-once: no dialog any more, the paths start at the modal', async () => {
    const { paths } = await explore({
      runtime: { app: { root: APP }, scenario: 'denied-once', scopes: ['scope.userLocation'] },
      run: findNearestStore,
    })
    expect(paths.map(answersOf)).toEqual([
      ['modal:"confirm"', 'settings:{"scope.userLocation":true}'],
      ['modal:"confirm"', 'settings:{"scope.userLocation":false}'],
      ['modal:"cancel"'],
    ])
  })

  test('answers fixed in runtime.user are kept, not explored', async () => {
    const { paths } = await explore({
      runtime: { app: { root: APP }, scopes: ['scope.userLocation'], user: { authorize: 'deny' } },
      run: findNearestStore,
    })
    expect(paths.map(answersOf)).toEqual([
      ['authorize:"deny"', 'modal:"confirm"', 'settings:{"scope.userLocation":true}'],
      ['authorize:"deny"', 'modal:"confirm"', 'settings:{"scope.userLocation":false}'],
      ['authorize:"deny"', 'modal:"cancel"'],
    ])
  })

  test('limit bounds the search and says so; the same flow gives the same paths', async () => {
    const options = { runtime: { app: { root: APP }, scopes: ['scope.userLocation' as const] }, run: findNearestStore }
    const cut = await explore({ ...options, limit: 2 })
    expect(cut.paths).toHaveLength(2)
    expect(cut.truncated).toBe(true)
    const again = await explore({ ...options, limit: 2 })
    expect(again.paths.map((p) => p.timeline)).toEqual(cut.paths.map((p) => p.timeline))
  })
})

describe('the buggy pages of examples/buggy-permissions', () => {
  test('the map page: a refusal leaves the user with no way to the settings page — a dead end', async () => {
    const { paths, deadEnds, loops } = await explore({
      runtime: { app: { root: BUGGY } },
      run: async (rt) => {
        const page = await rt.open('pages/map/index')
        await page.tap('onLocate')
        return page.data.status
      },
    })
    expect(paths.map((p) => [answersOf(p), p.result])).toEqual([
      [['authorize:"allow"'], 'located'],
      [['authorize:"deny"'], 'blank'],
    ])
    expect(deadEnds).toEqual([{ path: 1, answers: paths[1]!.answers, scopes: ['scope.userLocation'], where: 'pages/map/index' }])
    expect(loops).toEqual([])
  })

  test('the scan page: modal → openSetting failing (no tap after an await) → modal, found as a loop and stopped', async () => {
    const { paths, loops, deadEnds } = await explore({
      runtime: { app: { root: BUGGY } },
      run: async (rt) => {
        const page = await rt.open('pages/scan/index')
        await page.tap('onScan')
        return page.data.status
      },
    })
    const looping = paths.filter((p) => p.stopped === 'loop')
    expect(looping.map(answersOf)).toEqual([['authorize:"deny"', 'modal:"confirm"', 'modal:"confirm"', 'modal:"confirm"']])
    expect(loops).toEqual([
      {
        path: paths.indexOf(looping[0]!),
        answers: looping[0]!.answers,
        cycle: ['modal → "confirm"', 'wx.openSetting → openSetting:fail can only be invoked by user TAP gesture.'],
        repeats: 3,
      },
    ])
    // The user who gives up after one, two or three rounds ends on 'declined'; allowing at once works.
    expect(paths.filter((p) => !p.stopped).map((p) => [answersOf(p).length, p.result])).toEqual([
      [1, 'ready'],
      [4, 'declined'],
      [3, 'declined'],
      [2, 'declined'],
    ])
    // The page's code has wx.openSetting (it only never works): not a dead end, a loop.
    expect(deadEnds).toEqual([])
  })

  test('a flow without an app: the flow itself is the code that may lead to the settings page', async () => {
    const run = async (rt: Runtime) => {
      const res = await rt.wx.getLocation({ type: 'gcj02' }).catch((e: { errMsg: string }) => e)
      return res.errMsg
    }
    const { paths, deadEnds } = await explore({ run })
    expect(paths.map((p) => p.result)).toEqual(['getLocation:ok', 'getLocation:fail auth deny'])
    expect(deadEnds.map((d) => [d.path, d.scopes, d.where])).toEqual([[1, ['scope.userLocation'], 'the flow']])
  })

  test('bad options are a misuse, said clearly', async () => {
    await expect(explore({ run: undefined as never })).rejects.toThrow('explore needs a flow')
    await expect(explore({ run: () => undefined, limit: 0 })).rejects.toThrow('limit must be an integer ≥ 1, got 0')
  })
})
