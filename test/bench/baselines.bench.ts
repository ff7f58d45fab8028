import { bench, describe } from 'vitest'
import { createFloorWx, createPeerWx, recoveryFlow, resetFloorWx } from './baselines.ts'

describe('recovery flow baselines (5 wx calls)', () => {
  // One floor per bench; spies are reset after each flow so their call
  // records do not grow (reset is a handful of property writes).
  const floor = createFloorWx()
  bench('floor: tinyspy stubs', async () => {
    await recoveryFlow(floor)
    resetFloorWx(floor)
  })

  // Peer is a stateless singleton; each call settles on a setTimeout(0).
  const peer = createPeerWx()
  bench('peer: miniprogram-simulate wx', async () => {
    await recoveryFlow(peer)
  })
})
