/**
 * `npm run bench`, the timed part: fake-wx against a floor (bare tinyspy stubs that settle at once) and the nearest
 * peer (miniprogram-simulate's wx mock), measured in the same run. scripts/bench-report.mjs turns the results
 * (with measure.ts's memory and matrix figures) into ratios against the floor and prints each goal met / missed.
 */
import { bench, describe } from 'vitest'
import { createRuntime, type Runtime } from '../../src/index.ts'
import { createFloorWx, createPeerWx, recoveryFlow, resetFloorWx, type RecoveryWx } from './baselines.ts'
import { FLOW_OPTIONS, freshFlow, pageHostRun } from './cases.ts'

describe('createRuntime()', () => {
  bench('fake-wx: createRuntime()', () => {
    createRuntime()
  })
})

describe('recovery flow (getSetting, authorize refused, showModal, openSetting, getLocation)', () => {
  let rt: Runtime = createRuntime(FLOW_OPTIONS)
  let runs = 0
  bench('fake-wx', async () => {
    // A fresh runtime every 1000 flows keeps the trace from growing without bound (amortised cost ≈ 0).
    if (++runs % 1000 === 0) rt = createRuntime(FLOW_OPTIONS)
    rt.auth.set('scope.userLocation', 'denied')
    await recoveryFlow(rt.wx as unknown as RecoveryWx)
  })

  const floor = createFloorWx()
  bench('floor: tinyspy stubs', async () => {
    await recoveryFlow(floor)
    resetFloorWx(floor)
  })

  const peer = createPeerWx()
  bench('peer: miniprogram-simulate wx', async () => {
    await recoveryFlow(peer)
  })
})

// What a test pays: everything made for it, garbage collection included (long enough for many collections).
describe('what one test pays (a fresh runtime each run)', () => {
  bench('fake-wx: fresh runtime + flow', () => freshFlow().then(() => undefined), { time: 1500 })
  bench('fake-wx: page host (createRuntime + open + tap)', () => pageHostRun().then(() => undefined), { time: 1500 })
  bench('floor: fresh tinyspy stubs + flow', () => recoveryFlow(createFloorWx()), { time: 1000 })
})
