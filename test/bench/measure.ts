/**
 * `npm run bench`, the untimed part (run with `node --expose-gc --import tsx`): memory per live runtime and per call,
 * memory kept per dropped page-host runtime, and the 10,000-run permission matrix; each beside the same figure for
 * bare tinyspy stubs measured in this run. Writes JSON for scripts/bench-report.mjs.
 */
import { writeFileSync } from 'node:fs'
import { createRuntime, type Runtime } from '../../src/index.ts'
import { createFloorWx, recoveryFlow, type FloorWx, type RecoveryWx } from './baselines.ts'
import { FLOW_OPTIONS, freshFlow, pageHostRun, runMatrix } from './cases.ts'

const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('measure.ts needs node --expose-gc')

function heap(): number {
  for (let i = 0; i < 3; i++) gc!()
  return process.memoryUsage().heapUsed
}

/** Bytes retained per item while `make` results are kept alive (the lower of 2 rounds). */
async function retainedPer(count: number, make: () => Promise<unknown>): Promise<number> {
  const rounds: number[] = []
  for (let r = 0; r < 2; r++) {
    const keep: unknown[] = []
    const before = heap()
    for (let i = 0; i < count; i++) keep.push(await make())
    const after = heap()
    rounds.push((after - before) / count)
    keep.length = 0
  }
  return Math.min(...rounds)
}

/** Bytes kept per run once the runs' results are dropped (what leaks). */
async function leakedPer(count: number, run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 50; i++) await run() // warm: compile caches, JIT
  const before = heap()
  for (let i = 0; i < count; i++) await run()
  return Math.max(0, (heap() - before) / count)
}

/** Bytes retained per call by one live runtime (or floor) after `calls` more calls. */
async function perCall(calls: number, call: () => Promise<unknown>, keepAlive: unknown): Promise<number> {
  for (let i = 0; i < 100; i++) await call()
  const before = heap()
  for (let i = 0; i < calls; i++) await call()
  const after = heap()
  void keepAlive
  return (after - before) / calls
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await run()
  return performance.now() - start
}

const out: Record<string, number> = {}

// Memory per live runtime after one flow, and the floor: five tinyspy stubs after one flow.
out.floorBytesPerLive = await retainedPer(1000, async () => {
  const wx = createFloorWx()
  await recoveryFlow(wx)
  return wx
})
out.runtimeBytesPerLive = await retainedPer(1000, () => freshFlow())

// Memory per call: getSetting (Promise form) on one runtime, and on a tinyspy stub.
const rt: Runtime = createRuntime(FLOW_OPTIONS)
out.runtimeBytesPerCall = await perCall(10_000, () => rt.wx.getSetting({}) as Promise<unknown>, rt)
const floor: FloorWx = createFloorWx()
out.floorBytesPerCall = await perCall(10_000, () => floor.getSetting(), floor)

// What a dropped runtime keeps: page-host runs and pure runs, nothing held by the test.
out.pageHostBytesLeaked = await leakedPer(500, () => pageHostRun())
out.runtimeBytesLeaked = await leakedPer(1000, () => freshFlow())

// The 10,000-run matrix (presets × layers × platforms × users), pure flow and page host; the floor: 10,000 fresh stub flows.
const RUNS = 10_000
await runMatrix(200, freshFlow)
await runMatrix(200, pageHostRun)
out.floorMatrixMs = await timed(async () => {
  for (let i = 0; i < RUNS; i++) await recoveryFlow(createFloorWx() as RecoveryWx)
})
out.matrixMs = await timed(() => runMatrix(RUNS, freshFlow))
out.pageHostMatrixMs = await timed(() => runMatrix(RUNS, pageHostRun))

writeFileSync(process.argv[2] ?? '.bench/measure.json', JSON.stringify(out, null, 2))
console.log(JSON.stringify(out))
