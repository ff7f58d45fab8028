import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { main } from '../../src/cli/main.ts'
import { recordDeniedOnce, useAppCopy } from './support.ts'

const copy = useAppCopy()
const REPO = fileURLToPath(new URL('../..', import.meta.url))
const TSX = join(REPO, 'node_modules', '.bin', 'tsx')
const CLI = join(REPO, 'src', 'cli', 'index.ts')

/** `npx fake-wx …` from the source, in `cwd`, as a user's shell runs it (not a TTY: no progress lines). */
function fakeWx(cwd: string, ...args: string[]) {
  const r = spawnSync(TSX, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** main() in this process, with stdout and stderr captured. */
async function run(...argv: string[]) {
  const stdout: string[] = []
  const stderr: string[] = []
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (stdout.push(String(s)), true))
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => (stderr.push(String(s)), true))
  try {
    const code = await main(argv)
    return { code, stdout: stdout.join(''), stderr: stderr.join('') }
  } finally {
    vi.restoreAllMocks()
  }
}
afterEach(() => vi.restoreAllMocks())

async function bundleFile() {
  const app = copy()
  const bundle = await recordDeniedOnce(app.app, app.dir)
  const file = join(app.dir, 'bug.fakewx.json')
  writeFileSync(file, JSON.stringify(bundle, null, 2))
  return { ...app, file, bundle }
}

describe('npx fake-wx replay FILE', () => {
  test('a bundle of the example app replays identically from the command line, then diverges with a readable first difference after a change to the page', async () => {
    const { dir, edit } = await bundleFile()
    const same = fakeWx(dir, 'replay', 'bug.fakewx.json')
    expect(same.stderr).toBe('')
    expect(same.stdout).toMatch(/^✓ the replay matches bug\.fakewx\.json \(7 steps, \d+ trace entries\)\n$/)
    expect(same.code).toBe(0)

    edit('pages/store/index.js', "if (res.authSetting['scope.userLocation'] === false) return this.askToOpenSettings()", "if (res.authSetting['scope.userLocation'] === false) return this.setData({ status: 'declined' })")
    const changed = fakeWx(dir, 'replay', 'bug.fakewx.json')
    expect(changed.code).toBe(1)
    const lines = changed.stdout.split('\n')
    expect(lines[0]).toBe('✗ the replay diverges from bug.fakewx.json')
    expect(lines[2]).toMatch(/^First divergence at trace #\d+, in or after the step page pages\/store\/index tap\("onFindNearest"\):$/)
    expect(lines.slice(3, 6)).toEqual([
      expect.stringMatching(/^ {4}#\d+ +page +pages\/store\/index tap → onFindNearest$/),
      expect.stringMatching(/^ {4}#\d+ +call +wx\.getSetting/),
      expect.stringMatching(/^ {4}#\d+ +ok +wx\.getSetting → getSetting:ok/),
    ])
    expect(lines[6]).toMatch(/^ {2}- #\d+ +page +pages\/store\/index setData\(\{"status":"denied"\}\) +← recorded$/)
    expect(lines[7]).toMatch(/^ {2}\+ #\d+ +page +pages\/store\/index setData\(\{"status":"declined"\}\) +← replayed$/)
  }, 60_000) // two processes that compile the TypeScript source with tsx

  test('--app names the folder, --json prints the result for machines', async () => {
    const { dir, app, file, edit } = await bundleFile()
    edit('pages/store/index.js', "type: 'gcj02'", "type: 'wgs84'")
    const r = await run('replay', file, '--app', app, '--json', '--base', '/nowhere')
    expect(r.code).toBe(1)
    const json = JSON.parse(r.stdout) as { ok: boolean; differences: string[]; divergence: { recorded: string; replayed: string } }
    expect(json.ok).toBe(false)
    expect(json.divergence.recorded).toContain('"type":"gcj02"')
    expect(json.divergence.replayed).toContain('"type":"wgs84"')
    expect(json.differences[0]).toMatch(/^trace #\d+ \(after page pages\/store\/index tap\("onFindNearest"\)\)/)
    expect(r.stdout).not.toContain(dir)
  })

  test('a bad file: which one, which field, what was expected; exit 2', async () => {
    const { dir, bundle } = await bundleFile()
    const missing = await run('replay', join(dir, 'nope.json'))
    expect(missing).toMatchObject({ code: 2, stdout: '' })
    expect(missing.stderr).toBe(`fake-wx replay: cannot read ${join(dir, 'nope.json')}: no such file\n`)

    const broken = join(dir, 'broken.json')
    writeFileSync(broken, JSON.stringify({ ...bundle, steps: [{ ...bundle.steps[0], at: 'start' }], version: 1 }))
    const bad = await run('replay', broken)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain(`fake-wx replay: ${broken} is not a fake-wx bug bundle:\n  steps[0].at: expected an integer, got "start"\n`)

    writeFileSync(broken, '{"format": "fake-wx-bundle",')
    expect((await run('replay', broken)).stderr).toMatch(/^fake-wx replay: .*broken\.json is not JSON: /)
    expect((await run('replay', broken, '--strikt')).stderr).toBe("fake-wx replay: Unknown option '--strikt'. (fake-wx replay --help lists the options)\n")
    expect((await run('replay')).stderr).toBe('fake-wx replay: which bundle? fake-wx replay FILE (a .fakewx.json file from rt.bundle())\n')
  })
})

describe('npx fake-wx view FILE', () => {
  test('writes the HTML timeline of a bundle next to it, and of a trace JSON', async () => {
    const { dir, file, bundle } = await bundleFile()
    const r = await run('view', file)
    expect(r).toMatchObject({ code: 0, stdout: `wrote ${join(dir, 'bug.fakewx.html')} (${bundle.trace.length} trace entries)\n` })
    const html = readFileSync(join(dir, 'bug.fakewx.html'), 'utf8')
    expect(html).toMatch(/^<!doctype html>/i)
    expect(html).toContain('<title>bug.fakewx.json</title>')
    expect(html).toContain('getSetting')

    const trace = join(dir, 'trace.json')
    writeFileSync(trace, JSON.stringify(bundle.trace))
    expect((await run('view', trace, '-o', join(dir, 'timeline.html'), '--title', 'the map stays blank')).code).toBe(0)
    expect(readFileSync(join(dir, 'timeline.html'), 'utf8')).toContain('<title>the map stays blank</title>')
  })

  test('a file that is neither a bundle nor a trace says what it expected; exit 2', async () => {
    const { dir } = await bundleFile()
    const other = join(dir, 'package.json')
    writeFileSync(other, '{"name": "x"}')
    const r = await run('view', other)
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(`fake-wx view: ${other} is neither a bug bundle (an object with "format": "fake-wx-bundle") nor a trace (an array of rt.trace entries)\n`)
    expect(existsSync(join(dir, 'package.html'))).toBe(false)
  })
})

describe('npx fake-wx --help', () => {
  test('lists the commands, examples and exit codes; an unknown command is exit 2', async () => {
    const r = await run('--help')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('Usage: fake-wx <command> [options]')
    expect(r.stdout).toMatch(/^ {2}replay +Replay a bug bundle/m)
    expect(r.stdout).toMatch(/^ {2}view +Write the timeline/m)
    expect(r.stdout).toMatch(/^ {2}explore +Run a flow under every answer/m)
    expect(r.stdout).toMatch(/^ {2}matrix +Run one flow under every preset/m)
    expect(r.stdout).toContain('npx fake-wx replay bug.fakewx.json --app miniprogram')
    expect(r.stdout).toMatch(/Exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 .*\n {2}3 /)
    expect((await run('replay', '--help')).stdout).toContain('--strict')
    const unknown = await run('replya')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/^fake-wx: unknown command "replya"\. Commands: replay, explore, matrix, view/)
  })
})
