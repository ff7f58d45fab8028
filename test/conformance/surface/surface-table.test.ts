import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
// @ts-expect-error -- a plain .mjs script without types: the generator itself, run in memory
import { buildSurface, renderSurface } from '../../../scripts/surface-model.mjs'
import { API_SINCE } from '../../../src/index.ts'
import { OBJECTS, SURFACE } from '../../../src/runtime/surface/surface.generated.ts'

// The surface table is generated from miniprogram-api-typings' `interface Wx` (scripts/generate-surface.mjs).
// It is committed; this test regenerates it in memory and fails when the committed file drifts from the typings.

describe('the surface table is the typings\' interface Wx', () => {
  test('the committed surface.generated.ts is what `npm run generate:surface` writes from the installed typings', () => {
    const committed = readFileSync(new URL('../../../src/runtime/surface/surface.generated.ts', import.meta.url), 'utf8')
    const fresh = (renderSurface as (m: unknown) => string)((buildSurface as () => unknown)())
    expect(committed === fresh, 'surface.generated.ts drifted from the typings: run npm run generate:surface').toBe(true)
  }, 30_000)

  test('its methods are exactly the methods whose base library API_SINCE gives (one source of truth for versions)', () => {
    const methods = Object.keys(SURFACE).filter((n) => SURFACE[n]!.form !== 'property')
    expect(methods.sort()).toEqual(Object.keys(API_SINCE).sort())
  })

  test('the properties of wx are env, cloud, router and worklet', () => {
    expect(Object.keys(SURFACE).filter((n) => SURFACE[n]!.form === 'property').sort()).toEqual(['cloud', 'env', 'router', 'worklet'])
  })

  test('every object an entry refers to has its row (factories, tasks, inert values)', () => {
    const refs = new Set<string>()
    const walk = (v: unknown): void => {
      if (!v || typeof v !== 'object') return
      const o = v as Record<string, unknown>
      if (o.$ === 'inert') refs.add(o.name as string)
      if (typeof o.returns === 'string') refs.add(o.returns)
      if (typeof o.task === 'string') refs.add(o.task)
      Object.values(o).forEach(walk)
    }
    walk(SURFACE)
    walk(OBJECTS)
    expect([...refs].filter((r) => !OBJECTS[r])).toEqual([])
  })

  test('call forms read from the overloads: Promise form where the typings return PromisifySuccessResult, tasks, listeners', () => {
    expect(SURFACE.getBatteryInfo).toMatchObject({ form: 'async', promise: true })
    expect(SURFACE.checkIsSupportFacialRecognition).toMatchObject({ form: 'async', promise: false })
    expect(SURFACE.downloadFile).toMatchObject({ form: 'async', promise: false, task: 'DownloadTask' })
    expect(SURFACE.onAccelerometerChange).toEqual({ form: 'on' })
    expect(SURFACE.offAccelerometerChange).toEqual({ form: 'off' })
    expect(SURFACE.createIntersectionObserver).toEqual({ form: 'factory', returns: 'IntersectionObserver' })
    expect(SURFACE.getBatteryInfoSync).toEqual({ form: 'sync', value: { isCharging: false, isLowPowerModeEnabled: false, level: 0 } })
    expect(OBJECTS.IntersectionObserver!.methods.relativeToViewport).toEqual({ form: 'sync', value: { $: 'self' } })
  })
})
