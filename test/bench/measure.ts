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
  // Warm long enough that V8 has compiled what the runs use: after only 50 page-host runs a heap diff held nothing
  // but JIT code (~660 KB, falling per 1000-run round 654 → 350 → 142 → 26 → −3 B per run), no object of a runtime.
  // Then the lower of two rounds, as retainedPer does.
  for (let i = 0; i < 2000; i++) await run()
  const rounds: number[] = []
  for (let r = 0; r < 2; r++) {
    const before = heap()
    for (let i = 0; i < count; i++) await run()
    rounds.push(Math.max(0, (heap() - before) / count))
  }
  return Math.min(...rounds)
}

/**
 * Bytes retained per call by one live runtime (or floor) over `calls` more calls: the slope of the heap against the
 * call count, fitted (least squares) through a heap reading every tenth of the way. A single before/after difference
 * moved by ±10 % from run to run (181–203 B on the same tree): what the calls keep lives in arrays that grow by half
 * again when full, so the last reading fell anywhere on that saw-tooth. Ten readings across several growths average
 * it, for fake-wx and for the floor alike.
 */
async function perCall(calls: number, call: () => Promise<unknown>, keepAlive: unknown): Promise<number> {
  // Warm past JIT compilation (a one-off ~330 KB of code landed inside the measured calls after 100: ~33 B per call).
  for (let i = 0; i < 1000; i++) await call()
  const points: [number, number][] = [[0, heap()]]
  const step = calls / 10
  for (let made = 0; made < calls; ) {
    for (let i = 0; i < step; i++) await call()
    made += step
    points.push([made, heap()])
  }
  void keepAlive
  const n = points.length
  const mx = points.reduce((sum, [x]) => sum + x, 0) / n
  const my = points.reduce((sum, [, y]) => sum + y, 0) / n
  let sxy = 0
  let sxx = 0
  for (const [x, y] of points) {
    sxy += (x - mx) * (y - my)
    sxx += (x - mx) ** 2
  }
  return sxy / sxx
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await run()
  return performance.now() - start
}

/**
 * The parts, each run in a Node process of its own by scripts/bench.mjs (`measure.mjs OUT.json PART`; `--list` lists
 * them): one part's long-lived objects (10,000 calls kept on one runtime) would teach V8 to pretenure those allocation
 * sites for the next part (test/bench/timed.ts says more).
 */
const RUNS = 10_000
const PARTS: Record<string, () => Promise<Record<string, number>>> = {
  // Memory per live runtime after one flow, and the floor: five tinyspy stubs after one flow.
  live: async () => ({
    floorBytesPerLive: await retainedPer(1000, async () => {
      const wx = createFloorWx()
      await recoveryFlow(wx)
      return wx
    }),
    runtimeBytesPerLive: await retainedPer(1000, () => freshFlow()),
  }),
  // Memory per call: getSetting (Promise form) on one runtime, and on a tinyspy stub.
  perCall: async () => {
    const rt: Runtime = createRuntime(FLOW_OPTIONS)
    const floor: FloorWx = createFloorWx()
    return {
      runtimeBytesPerCall: await perCall(10_000, () => rt.wx.getSetting({}) as Promise<unknown>, rt),
      floorBytesPerCall: await perCall(10_000, () => floor.getSetting(), floor),
    }
  },
  // What a dropped runtime keeps: page-host runs and pure runs, nothing held by the test.
  leaked: async () => ({
    pageHostBytesLeaked: await leakedPer(500, () => pageHostRun()),
    runtimeBytesLeaked: await leakedPer(1000, () => freshFlow()),
  }),
  // The 10,000-run matrix (presets × layers × platforms × users), pure flow and page host; the floor: 10,000 fresh stub flows.
  floorMatrix: async () => ({
    floorMatrixMs: await timed(async () => {
      for (let i = 0; i < RUNS; i++) await recoveryFlow(createFloorWx() as RecoveryWx)
    }),
  }),
  matrix: async () => {
    await runMatrix(200, freshFlow)
    return { matrixMs: await timed(() => runMatrix(RUNS, freshFlow)) }
  },
  pageHostMatrix: async () => {
    await runMatrix(200, pageHostRun)
    return { pageHostMatrixMs: await timed(() => runMatrix(RUNS, pageHostRun)) }
  },
}

if (process.argv[2] === '--list') {
  console.log(JSON.stringify(Object.keys(PARTS)))
} else {
  const part = PARTS[process.argv[3] ?? '']
  if (!part) throw new Error(`measure.mjs: no part named ${JSON.stringify(process.argv[3])}; --list lists them`)
  const out = await part()
  writeFileSync(process.argv[2]!, JSON.stringify(out))
  console.log(`  ${process.argv[3]}: ${JSON.stringify(out)}`)
}
