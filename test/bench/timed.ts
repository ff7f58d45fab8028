/**
 * `npm run bench`, the timed part, in a plain Node process (scripts/bench.mjs bundles this file with esbuild, as the
 * published build is bundled, and runs each case in a Node process of its own): fake-wx against the floor (bare tinyspy stubs) and the nearest peer
 * (miniprogram-simulate's wx mock), every case in the same process and run, so the report's ratios compare like
 * with like. Each case runs for a fixed time after a warm-up; every iteration is timed on its own, so the median
 * says what a run costs and the mean (total time / iterations) what it costs with garbage collection in.
 *
 * Why not `vitest bench` (the first two rounds used it): a suite imports fake-wx from node_modules, which vitest runs
 * natively, but a bench in this repo imports the TypeScript source, which vite rewrites so that every imported
 * binding is a property read on a module object; and the worker's heap (the whole module graph) makes every
 * collection dearer. Both costs were charged to fake-wx and not to the floor (tinyspy is loaded natively).
 * `npm run bench:vitest` still runs test/bench/recovery.bench.ts that way, for comparison.
 */
import { writeFileSync } from 'node:fs'
import { createRuntime, type Runtime } from '../../src/index.ts'
import { createFloorWx, createPeerWx, recoveryFlow, resetFloorWx, type FloorWx, type RecoveryWx } from './baselines.ts'
import { FLOW_OPTIONS, freshFlow, pageHostRun } from './cases.ts'

interface Case {
  readonly name: string
  readonly run: () => unknown
  /** Milliseconds of sampling after the warm-up. */
  readonly time: number
}

export interface Timing {
  /** µs */
  readonly median: number
  /** µs, total time over iterations: garbage collection included */
  readonly mean: number
  readonly p99: number
  readonly samples: number
}

async function measure(c: Case): Promise<Timing> {
  const warmUntil = performance.now() + Math.min(300, c.time / 3)
  while (performance.now() < warmUntil) await c.run()
  const times: number[] = []
  const start = performance.now()
  const end = start + c.time
  let now = start
  while (now < end) {
    const before = now
    await c.run()
    now = performance.now()
    times.push(now - before)
  }
  const total = now - start
  times.sort((a, b) => a - b)
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]! * 1000
  return { median: at(0.5), mean: (total / times.length) * 1000, p99: at(0.99), samples: times.length }
}

let rt: Runtime | undefined
let runs = 0
let floor: FloorWx | undefined

const CASES: readonly Case[] = [
  { name: 'fake-wx: createRuntime()', run: () => createRuntime(), time: 1000 },
  {
    name: 'fake-wx',
    time: 2000,
    run: () => {
      // A fresh runtime every 1000 flows keeps the trace from growing without bound (amortised cost ≈ 0).
      if (++runs % 1000 === 1) rt = createRuntime(FLOW_OPTIONS)
      rt!.auth.set('scope.userLocation', 'denied')
      return recoveryFlow(rt!.wx as unknown as RecoveryWx)
    },
  },
  {
    name: 'floor: tinyspy stubs',
    time: 1500,
    run: async () => {
      floor ??= createFloorWx()
      await recoveryFlow(floor)
      resetFloorWx(floor)
    },
  },
  { name: 'peer: miniprogram-simulate wx', run: () => recoveryFlow(createPeerWx()), time: 1000 },
  { name: 'fake-wx: fresh runtime + flow', run: () => freshFlow(), time: 3000 },
  { name: 'fake-wx: page host (createRuntime + open + tap)', run: () => pageHostRun(), time: 3000 },
  { name: 'floor: fresh tinyspy stubs + flow', run: () => recoveryFlow(createFloorWx()), time: 2000 },
]

/**
 * `timed.mjs --list` prints the case names; `timed.mjs OUT.json NAME` runs one case and writes its figures.
 * scripts/bench.mjs runs every case in a process of its own: a case that keeps what it makes (the reused runtime keeps
 * 1000 flows of trace) teaches V8 to allocate those objects straight into the old generation (allocation-site
 * pretenuring), and the next case in the same process paid for it (seen: the fresh flow's mean 64 → 197 µs, its
 * promotion 0.3 → 14 KB per run, after the reused case). A suite's runtimes live for one test, like the fresh case.
 */
if (process.argv[2] === '--list') {
  console.log(JSON.stringify(CASES.map((c) => c.name)))
} else {
  const c = CASES.find((c) => c.name === process.argv[3])
  if (!c) throw new Error(`timed.mjs: no case named ${JSON.stringify(process.argv[3])}; --list lists them`)
  const t = await measure(c)
  console.log(`  ${c.name.padEnd(52)} ${t.median.toFixed(2).padStart(9)} µs median ${t.mean.toFixed(2).padStart(9)} µs mean  (${t.samples} runs)`)
  writeFileSync(process.argv[2]!, JSON.stringify({ [c.name]: t }))
}
