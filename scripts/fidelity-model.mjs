// The fidelity scoreboard (docs/fidelity.md), built from the spec notes and the test suite, as fake-indexeddb publishes
// its W3C score. Used by scripts/generate-fidelity.mjs (writes the file) and test/readme/fidelity.test.ts (stale check).
//
// A behaviour: a line of research.md that carries a confidence mark — **(H)**, **(M/L)** … or a table row whose last
// cell is one — in §1–§8 (§0 is the legend, §9–§11 restate or recommend). Its id is its section (`§3.1`; `§8.12` for
// the 12th item of §8) and its number there. Its literals: the backticked and quoted strings of its block (the marked
// line and the lines under it up to the next mark), split at `<placeholders>`.
// A test checks it when the test file cites its section (`§3.1`, or a parent `§3`) and contains one of its literals.
// Behaviours fake-wx does not model are listed, with why, in scripts/fidelity-not-modelled.json.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** The team's notes: $FAKE_WX_SPEC_DIR, else the first `shared/spec/` found walking up from the repo (the team's layout). */
export function findSharedSpec() {
  if (process.env.FAKE_WX_SPEC_DIR) return join(process.env.FAKE_WX_SPEC_DIR, 'research.md')
  for (let dir = root; ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'spec', 'research.md')
    if (existsSync(candidate)) return candidate
    if (dirname(dir) === dir) return undefined
  }
}

/** The copy of research.md kept in the repo (docs/spec/), so a clean checkout (CI) checks the scoreboard too. */
export const SPEC_COPY = join(root, 'docs', 'spec', 'research.md')

/** research.md the scoreboard is made from: the repo's copy (a test keeps it equal to the team's notes when found). */
export function findSpec() {
  return existsSync(SPEC_COPY) ? SPEC_COPY : findSharedSpec()
}

const MARK = /\*\*\(((?:H|M|L|\?)(?:\/(?:H|M|L))?)\)\*\*/
const ROW_MARK = /\|\s*((?:H|M|L|\?)(?:\/(?:H|M|L))?)\b[^|]*\|\s*$/
const SOURCE = /\[(T|TE|TI|AUTH|API-PROMISE|PRIV|PRIV-MG|ERRNO|BASELIB-RE|LOC-2022|CHOOSELOC-2022|USERINFO-2021|PROFILE-2022|SCOPES-2022|OPENSETTING-2018|GETLOC-FREQ|COMM|CODE)[^\]]*\]/g

function literalsOf(block) {
  const out = new Set()
  for (const m of block.matchAll(/`([^`]+)`|"([^"\n]{4,})"/g)) {
    for (const part of (m[1] ?? m[2]).split(/<[^>]*>|…|\.\.\./)) {
      const t = part.trim()
      if (t.length >= 6) out.add(t)
    }
  }
  return [...out]
}

export function buildScoreboard(specText, tests, notModelled) {
  const lines = specText.split('\n')
  const behaviours = []
  let section
  let item
  let counter = 0
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const h = line.match(/^#{2,3} (\d+(?:\.\d+)?)\.? /)
    if (h) {
      section = h[1]
      item = undefined
      counter = 0
      continue
    }
    if (!section || !/^[1-8](\.|$)/.test(section)) continue
    const numbered = section === '8' && line.match(/^(\d+)\. /)
    if (numbered) {
      item = `8.${numbered[1]}`
      counter = 0
    }
    const mark = line.match(MARK) ?? (line.startsWith('|') && !/^\|[-\s|]+\|$/.test(line) ? line.match(ROW_MARK) : null)
    if (!mark) continue
    let block = line
    for (let j = i + 1; j < lines.length && !MARK.test(lines[j]) && !/^#/.test(lines[j]) && !(lines[j].startsWith('|') && ROW_MARK.test(lines[j])); j++) block += '\n' + lines[j]
    const where = item ?? section
    const id = `§${where}-${++counter}`
    const sources = [...new Set([...block.matchAll(SOURCE)].map((m) => m[1]))]
    if (/https:\/\/developers\.weixin\.qq\.com/.test(block) && !sources.length) sources.push('official page')
    const text = line.replace(/\s+/g, ' ').replace(/\|/g, '/').trim()
    behaviours.push({ id, section: where, confidence: mark[1], sources, text: text.length > 150 ? text.slice(0, 147) + '…' : text, literals: literalsOf(block) })
  }
  const cites = (content, sec) => {
    for (const m of content.matchAll(/§\s?(\d+(?:\.\d+)?)/g)) if (sec === m[1] || sec.startsWith(m[1] + '.')) return true
    return false
  }
  for (const b of behaviours) {
    const citing = tests.filter((t) => cites(t.content, b.section))
    b.tests = citing.filter((t) => b.literals.some((l) => t.content.includes(l))).map((t) => t.path)
    b.status = b.tests.length ? 'tested' : notModelled[b.id] ? 'not modelled' : citing.length ? 'section cited' : 'no test found'
    b.why = notModelled[b.id]
    if (b.status === 'section cited') b.tests = citing.map((t) => t.path).slice(0, 3)
  }
  return behaviours
}

export function readTests() {
  const out = []
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name)
      if (statSync(p).isDirectory()) walk(p)
      else if (/\.ts$/.test(name) && !p.includes('/bench/')) out.push({ path: relative(root, p), content: readFileSync(p, 'utf8') })
    }
  }
  walk(join(root, 'test'))
  return out
}

export function totalsOf(behaviours) {
  const count = (s) => behaviours.filter((b) => b.status === s).length
  return { behaviours: behaviours.length, tested: count('tested'), cited: count('section cited'), notModelled: count('not modelled'), none: count('no test found') }
}

/** The README line the scoreboard's totals go in (test/readme/fidelity.test.ts checks it). */
export function readmeTotals(t) {
  return `**Fidelity score: ${t.tested} of ${t.behaviours}** behaviours of the spec notes checked by a test; ${t.cited} more in sections the suite cites, ${t.notModelled} not modelled (with why), ${t.none} with no test yet — [docs/fidelity.md](docs/fidelity.md).`
}

export function renderScoreboard(specText, behaviours) {
  const t = totalsOf(behaviours)
  const sha = createHash('sha256').update(specText).digest('hex').slice(0, 12)
  const cell = (s) => String(s).replace(/\|/g, '/').replace(/\n/g, ' ')
  const out = [
    '# Fidelity scoreboard',
    '',
    '<!-- GENERATED by scripts/generate-fidelity.mjs (`npm run generate:fidelity`); test/readme/fidelity.test.ts fails when it is stale. -->',
    '',
    `Every behaviour of the spec notes (research.md, sha256 ${sha}…: each line with a confidence mark in §1–§8), with its`,
    'source tags, its confidence, and the tests that check it: a test file that cites its section and contains one of its',
    'literal strings (an errMsg, a field, a value). "section cited": tests cite the section but none contains the',
    "behaviour's strings (check by hand). \"not modelled\": fake-wx does not model it, and why.",
    '',
    '| | count |',
    '|---|---|',
    `| behaviours | ${t.behaviours} |`,
    `| tested | ${t.tested} |`,
    `| section cited | ${t.cited} |`,
    `| not modelled | ${t.notModelled} |`,
    `| no test found | ${t.none} |`,
    '',
    '| id | conf. | sources | behaviour | status | tests / why |',
    '|---|---|---|---|---|---|',
    ...behaviours.map((b) => `| ${b.id} | ${b.confidence} | ${b.sources.join(', ')} | ${cell(b.text)} | ${b.status} | ${b.why ? cell(b.why) : b.tests.map((p) => '`' + p.replace(/^test\//, '') + '`').join(', ')} |`),
    '',
  ]
  return out.join('\n')
}

export function scoreboard() {
  const spec = findSpec()
  if (!spec) return undefined
  const specText = readFileSync(spec, 'utf8')
  const notModelled = JSON.parse(readFileSync(join(root, 'scripts', 'fidelity-not-modelled.json'), 'utf8'))
  const behaviours = buildScoreboard(specText, readTests(), notModelled)
  return { spec, text: renderScoreboard(specText, behaviours), totals: totalsOf(behaviours), behaviours }
}
