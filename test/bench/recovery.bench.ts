/**
 * `npm run bench`: fake-wx against a floor (bare tinyspy stubs that settle at once) and the nearest peer
 * (miniprogram-simulate's wx mock), measured in the same run. Targets (issue 2): createRuntime() < 10 µs;
 * the recovery flow < 30 µs, within 10× of the floor, and ≥ 50× faster than the peer.
 * vitest prints the ratios in its summary ("x times faster than …"); test/bench/report.ts prints medians.
 */
import { bench, describe } from 'vitest'
import { createRuntime, type Runtime } from '../../src/index.ts'
import { createFloorWx, createPeerWx, recoveryFlow, resetFloorWx, type RecoveryWx } from './baselines.ts'

describe('createRuntime()', () => {
  bench('fake-wx: createRuntime()', () => {
    createRuntime()
  })
})

describe('recovery flow (getSetting, authorize refused, showModal, openSetting, getLocation)', () => {
  const makeRuntime = () =>
    createRuntime({
      scenario: 'denied-once',
      scopes: ['scope.userLocation'],
      user: { modal: 'confirm', settings: { 'scope.userLocation': true } },
    })
  let rt: Runtime = makeRuntime()
  let runs = 0
  bench('fake-wx', async () => {
    // A fresh runtime every 1000 flows keeps the trace from growing without bound (amortised cost ≈ 0).
    if (++runs % 1000 === 0) rt = makeRuntime()
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
