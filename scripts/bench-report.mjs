// Prints the bench medians (µs) and the ratios the targets are stated in, all from one run's JSON.
// Targets (issue 2): createRuntime() < 10 µs; recovery flow < 30 µs, ≤ 10× the floor, ≥ 50× faster than the peer.
import { readFileSync } from 'node:fs'

const file = process.argv[2] ?? '.bench/results.json'
const results = JSON.parse(readFileSync(file, 'utf8'))
const median = new Map()
for (const f of results.files) for (const g of f.groups) for (const b of g.benchmarks) median.set(b.name, b.median * 1000)

const us = (name) => median.get(name)
const fmt = (v) => (v === undefined ? 'n/a' : `${v.toFixed(2)} µs`)
const check = (ok) => (ok ? 'ok' : 'MISSED')

console.log('\nfake-wx bench — medians from this run')
for (const [name, v] of median) console.log(`  ${name.padEnd(34)} ${fmt(v)}`)

const create = us('fake-wx: createRuntime()')
const flow = us('fake-wx')
const floor = us('floor: tinyspy stubs')
const peer = us('peer: miniprogram-simulate wx')
console.log('\ntargets')
if (create !== undefined) console.log(`  createRuntime()            ${fmt(create)}  (target < 10 µs)  ${check(create < 10)}`)
if (flow !== undefined) console.log(`  recovery flow              ${fmt(flow)}  (target < 30 µs)  ${check(flow < 30)}`)
if (flow && floor) console.log(`  flow / floor               ${(flow / floor).toFixed(1)}×  (target ≤ 10×)  ${check(flow / floor <= 10)}`)
if (flow && peer) console.log(`  peer / flow                ${(peer / flow).toFixed(0)}×  (target ≥ 50×)  ${check(peer / flow >= 50)}`)
