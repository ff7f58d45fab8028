// docs/fidelity.md and the README's totals are generated from the spec notes and the suite (scripts/fidelity-model.mjs);
// these fail when either is stale: run `npm run generate:fidelity`. Without the notes (a checkout with no shared/spec/
// beside it, FAKE_WX_SPEC_DIR unset) the comparison cannot be made and is skipped, saying so.
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
// @ts-expect-error -- a plain .mjs script without types: the generator itself, run in memory
import { findSharedSpec, findSpec, readmeTotals, scoreboard, SPEC_COPY } from '../../scripts/fidelity-model.mjs'

interface Board {
  text: string
  totals: { behaviours: number; tested: number }
  behaviours: { id: string; status: string; confidence: string }[]
}
const spec = (findSpec as () => string | undefined)()
const sharedSpec = (findSharedSpec as () => string | undefined)()

// docs/spec/research.md is a copy of the team's notes (shared/spec/research.md), kept so CI's clean checkout checks the
// scoreboard; where the notes are beside the repo, the copy must be theirs.
test.skipIf(!sharedSpec)('docs/spec/research.md is the team\'s research.md (copy it over when the notes change)', () => {
  expect(readFileSync(SPEC_COPY as string, 'utf8') === readFileSync(sharedSpec as string, 'utf8'), `cp ${sharedSpec} docs/spec/research.md`).toBe(true)
})

describe.skipIf(!spec)('the fidelity scoreboard (research.md found beside the repo)', () => {
  const board = (scoreboard as () => Board)()

  test('docs/fidelity.md is what `npm run generate:fidelity` writes from the notes and the suite', () => {
    const committed = readFileSync(new URL('../../docs/fidelity.md', import.meta.url), 'utf8')
    expect(committed === board.text, 'docs/fidelity.md is stale: run npm run generate:fidelity').toBe(true)
  })

  test("README's totals line is the scoreboard's", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    expect(readme).toContain((readmeTotals as (t: unknown) => string)(board.totals))
  })

  test('every behaviour has an id, a confidence and one status; ids are unique', () => {
    expect(board.behaviours.length).toBeGreaterThan(150)
    expect(new Set(board.behaviours.map((b) => b.id)).size).toBe(board.behaviours.length)
    for (const b of board.behaviours) expect(['tested', 'section cited', 'not modelled', 'no test found']).toContain(b.status)
  })
})
