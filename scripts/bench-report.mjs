// `npm run bench`'s report: every figure of this run as a ratio against the bare-tinyspy floor measured in the same
// run (test/bench/baselines.ts), with each goal (issues 2 and 14) printed met / missed.
//   node scripts/bench-report.mjs .bench/timed.json .bench/measure.json
// (timed.json: test/bench/timed.ts's figures in µs; a vitest bench --outputJson file is read as well.)
import { readFileSync } from 'node:fs'

const [timedFile = '.bench/timed.json', measureFile = '.bench/measure.json'] = process.argv.slice(2)
const results = JSON.parse(readFileSync(timedFile, 'utf8'))
let measured = {}
try {
  measured = JSON.parse(readFileSync(measureFile, 'utf8'))
} catch {
  console.log(`(no ${measureFile}: memory and matrix figures left out)`)
}
const stats = new Map()
if (results.files) {
  for (const f of results.files) for (const g of f.groups) for (const b of g.benchmarks) stats.set(b.name, { median: b.median * 1000, mean: b.mean * 1000, samples: b.sampleCount ?? b.samples?.length })
} else {
  for (const [name, t] of Object.entries(results)) stats.set(name, t)
}

const med = (name) => stats.get(name)?.median
const mean = (name) => stats.get(name)?.mean
const us = (v) => (v === undefined ? 'n/a' : `${v.toFixed(2)} µs`)
const kb = (v) => (v === undefined ? 'n/a' : `${(v / 1024).toFixed(2)} KB`)
const ms = (v) => (v === undefined ? 'n/a' : `${v.toFixed(0)} ms`)
const x = (v) => (v === undefined || !Number.isFinite(v) ? 'n/a' : `${v.toFixed(1)}×`)

console.log('\nfake-wx bench — this run (µs: median / mean; a timed case: its round with the lower median)')
for (const [name, s] of stats) console.log(`  ${name.padEnd(52)} ${us(s.median).padStart(12)} / ${us(s.mean)}`)

const floor = med('floor: tinyspy stubs')
const freshFloor = med('floor: fresh tinyspy stubs + flow')
const reused = med('fake-wx')
const fresh = med('fake-wx: fresh runtime + flow')
const freshMean = mean('fake-wx: fresh runtime + flow')
const page = med('fake-wx: page host (createRuntime + open + tap)')
const peer = med('peer: miniprogram-simulate wx')
const create = med('fake-wx: createRuntime()')
const m = measured

const rows = [
  ['createRuntime()', us(create), x(create / floor), '< 10 µs', create < 10],
  ['reused-runtime flow / floor', us(reused), x(reused / floor), '≤ 5× floor', reused / floor <= 5],
  ['fresh runtime + flow / floor (median)', us(fresh), x(fresh / floor), '≤ 15× floor', fresh / floor <= 15],
  ['fresh runtime + flow / floor (mean, GC in)', us(freshMean), x(freshMean / floor), '≤ 15× floor', freshMean / floor <= 15],
  ['  (fresh tinyspy stubs + flow, for reference)', us(freshFloor), x(freshFloor / floor), '—', undefined],
  ['page host run / fresh pure flow', us(page), x(page / fresh), '≤ 4× fresh flow', page / fresh <= 4],
  ['page host: memory kept per dropped runtime', kb(m.pageHostBytesLeaked), x(m.pageHostBytesLeaked / m.floorBytesPerLive), '≈ 0 (< 0.5 KB)', m.pageHostBytesLeaked < 512],
  ['pure flow: memory kept per dropped runtime', kb(m.runtimeBytesLeaked), x(m.runtimeBytesLeaked / m.floorBytesPerLive), '≈ 0 (< 0.5 KB)', m.runtimeBytesLeaked < 512],
  ['peer (miniprogram-simulate) / reused flow', us(peer), x(peer / reused), '≥ 100× slower', peer / reused >= 100],
  ['memory per live runtime after a flow', kb(m.runtimeBytesPerLive), x(m.runtimeBytesPerLive / m.floorBytesPerLive), '≤ 10 KB', m.runtimeBytesPerLive <= 10 * 1024],
  ['  (floor: five tinyspy stubs after a flow)', kb(m.floorBytesPerLive), '1.0×', '—', undefined],
  ['memory retained per call (default trace)', kb(m.runtimeBytesPerCall), x(m.runtimeBytesPerCall / m.floorBytesPerCall), '≤ 0.2 KB', m.runtimeBytesPerCall <= 0.2 * 1024],
  ['  (floor: a tinyspy stub call)', kb(m.floorBytesPerCall), '1.0×', '—', undefined],
  ['10,000-run matrix, pure flow', ms(m.matrixMs), x(m.matrixMs / m.floorMatrixMs), '< 1 s', m.matrixMs < 1000],
  ['10,000-run matrix, page host', ms(m.pageHostMatrixMs), x(m.pageHostMatrixMs / m.floorMatrixMs), '< 4 s', m.pageHostMatrixMs < 4000],
  ['  (floor: 10,000 fresh tinyspy flows)', ms(m.floorMatrixMs), '1.0×', '—', undefined],
]
console.log('\ngoals (ratio: against the floor measured in this run, or as the goal states)')
console.log(`  ${'figure'.padEnd(46)} ${'value'.padStart(12)} ${'ratio'.padStart(9)}  ${'goal'.padEnd(16)} result`)
for (const [what, value, ratio, goal, ok] of rows) {
  const verdict = ok === undefined ? '' : ok ? 'met' : 'MISSED'
  console.log(`  ${what.padEnd(46)} ${value.padStart(12)} ${ratio.padStart(9)}  ${goal.padEnd(16)} ${verdict}`)
}
