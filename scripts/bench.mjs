// `npm run bench`: bundles the bench (test/bench/timed.ts, measure.ts and the fake-wx source they import) with
// esbuild, as the published build is bundled (no keepNames helpers, no per-binding module indirection), then runs
// each part in its own plain Node process and prints the report (scripts/bench-report.mjs).
//   node scripts/bench.mjs            # everything (about a minute)
//   node scripts/bench.mjs timed      # one part: timed | measure | report
import { build } from 'esbuild'
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const out = resolve(root, '.bench/build')
const only = process.argv[2]

rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
await build({
  absWorkingDir: root,
  entryPoints: { timed: 'test/bench/timed.ts', measure: 'test/bench/measure.ts' },
  outdir: out,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  packages: 'external',
  logLevel: 'error',
})
// cases.ts finds the bench app next to itself (new URL('./app', import.meta.url)): next to the bundle, a link to it.
symlinkSync(resolve(root, 'test/bench/app'), resolve(out, 'app'), 'dir')

const run = (file, ...args) => {
  const r = spawnSync(process.execPath, ['--expose-gc', resolve(out, file), ...args], { cwd: root, stdio: 'inherit' })
  if (r.status !== 0) process.exit(r.status ?? 1)
}
// Each case and part in a Node process of its own (test/bench/timed.ts says why); their figures merged into one file.
// `rounds`: every case runs that many times, one round after the other; each case keeps its round with the lower
// median. A burst of load from elsewhere on the machine (another suite, an editor's indexer) lands on one process
// and moved a ratio by up to 2× (seen: the page-host run 72 → 105 µs between two runs a second apart); it seldom
// lands on both rounds of one case.
function runEach(file, into, rounds = 1) {
  const list = spawnSync(process.execPath, ['--expose-gc', resolve(out, file), '--list'], { cwd: root, encoding: 'utf8' })
  if (list.status !== 0) process.exit(list.status ?? 1)
  const merged = {}
  for (let round = 1; round <= rounds; round++) {
    if (rounds > 1) console.log(`  round ${round} of ${rounds}:`)
    for (const name of JSON.parse(list.stdout)) {
      const part = resolve(out, 'part.json')
      run(file, part, name)
      for (const [key, figures] of Object.entries(JSON.parse(readFileSync(part, 'utf8')))) {
        if (!(key in merged) || figures.median < merged[key].median) merged[key] = figures
      }
    }
  }
  writeFileSync(resolve(root, into), JSON.stringify(merged, null, 2))
}
if (!only || only === 'timed') {
  console.log('timed cases (each in a Node process of its own; each case keeps the lower median of two rounds):')
  runEach('timed.mjs', '.bench/timed.json', 2)
}
if (!only || only === 'measure') {
  console.log('memory and matrix (each part in a Node process of its own):')
  runEach('measure.mjs', '.bench/measure.json')
}
if (!only || only === 'report') {
  const r = spawnSync(process.execPath, [resolve(root, 'scripts/bench-report.mjs'), '.bench/timed.json', '.bench/measure.json'], { cwd: root, stdio: 'inherit' })
  process.exit(r.status ?? 1)
}
