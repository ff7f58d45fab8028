#!/usr/bin/env node
// Writes docs/fidelity.md (the fidelity scoreboard) from the spec notes and the test suite, and the totals line in
// README.md: `npm run generate:fidelity`. See scripts/fidelity-model.mjs for how behaviours and tests are matched.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { readmeTotals, scoreboard } from './fidelity-model.mjs'

const board = scoreboard()
if (!board) {
  console.error('research.md not found: set FAKE_WX_SPEC_DIR to the folder of the spec notes (shared/spec).')
  process.exit(1)
}
writeFileSync(fileURLToPath(new URL('../docs/fidelity.md', import.meta.url)), board.text)
const readmePath = fileURLToPath(new URL('../README.md', import.meta.url))
const readme = readFileSync(readmePath, 'utf8')
const line = readmeTotals(board.totals)
const next = /^\*\*Fidelity score: .*$/m.test(readme) ? readme.replace(/^\*\*Fidelity score: .*$/m, line) : readme
if (next === readme && !readme.includes(line)) console.error('README.md has no "**Fidelity score:" line yet: add one where the totals belong.')
writeFileSync(readmePath, next)
console.log(`${board.totals.behaviours} behaviours: ${board.totals.tested} tested, ${board.totals.cited} section cited, ${board.totals.notModelled} not modelled, ${board.totals.none} no test → docs/fidelity.md`)
