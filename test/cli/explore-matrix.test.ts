// `fake-wx explore FLOW` and `fake-wx matrix FLOW`: the flow files of examples/flows, the report, the exit codes
// (0 clean, 1 findings, 2 bad usage or file), progress only on a terminal.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import * as exploreCommand from '../../src/cli/explore.ts'
import * as matrixCommand from '../../src/cli/matrix.ts'
import { recordDeniedOnce, useAppCopy } from '../repro/support.ts'

const FLOWS = fileURLToPath(new URL('../../examples/flows/', import.meta.url))

function capture(isTTY = false) {
  const out: string[] = []
  const err: string[] = []
  return {
    io: { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t), isTTY } },
    out: () => out.join(''),
    err: () => err.join(''),
  }
}

describe('fake-wx explore', () => {
  test('the recovery flow of examples/app: four paths, no dead end, no loop, exit 0', async () => {
    const c = capture()
    expect(await exploreCommand.run([join(FLOWS, 'find-store.mjs')], c.io)).toBe(0)
    expect(c.out()).toContain(
      [
        '  1. authorize:allow → located  [scope.userLocation granted]',
        '  2. authorize:deny, modal:confirm, settings:+userLocation → located  [scope.userLocation granted]',
        '  3. authorize:deny, modal:confirm, settings:-userLocation → denied  [scope.userLocation denied]',
        '  4. authorize:deny, modal:cancel → declined  [scope.userLocation denied]',
        'dead ends: none',
        'loops: none',
      ].join('\n'),
    )
    expect(c.err()).toBe('')
  })

  test('the map page: the dead end is reported and the exit code is 1', async () => {
    const c = capture()
    expect(await exploreCommand.run([join(FLOWS, 'map-dead-end.mjs')], c.io)).toBe(1)
    expect(c.out()).toContain('path 2: scope.userLocation denied on pages/map/index, and nothing there leads to the settings page')
  })

  test('the scan page with --json: the loop as data', async () => {
    const c = capture()
    expect(await exploreCommand.run([join(FLOWS, 'scan-loop.mjs'), '--json'], c.io)).toBe(1)
    const result = JSON.parse(c.out()) as { loops: { cycle: string[] }[]; paths: unknown[] }
    expect(result.loops.map((l) => l.cycle[1])).toEqual(['wx.openSetting → openSetting:fail can only be invoked by user TAP gesture.'])
    expect(result.paths).toHaveLength(5)
  })

  test('progress on a terminal, nothing on stderr otherwise', async () => {
    const tty = capture(true)
    await exploreCommand.run([join(FLOWS, 'map-dead-end.mjs')], tty.io)
    expect(tty.err()).toContain('explore: 1 paths')
    const pipe = capture(false)
    await exploreCommand.run([join(FLOWS, 'map-dead-end.mjs')], pipe.io)
    expect(pipe.err()).toBe('')
  })

  test('bad usage and bad files: exit 2 with what is wrong', async () => {
    const none = capture()
    expect(await exploreCommand.run([], none.io)).toBe(2)
    expect(none.err()).toContain('fake-wx explore: a flow file is needed')
    const limit = capture()
    expect(await exploreCommand.run([join(FLOWS, 'find-store.mjs'), '--limit', 'lots'], limit.io)).toBe(2)
    expect(limit.err()).toContain('--limit takes a whole number ≥ 1, got "lots"')
    const dir = mkdtempSync(join(tmpdir(), 'fake-wx-flow-'))
    writeFileSync(join(dir, 'no-run.mjs'), 'export const runtime = {}\n')
    const noRun = capture()
    expect(await exploreCommand.run([join(dir, 'no-run.mjs')], noRun.io)).toBe(2)
    expect(noRun.err()).toContain('export a function `run(rt)` (or a default function)')
    const missing = capture()
    expect(await exploreCommand.run([join(dir, 'nope.mjs')], missing.io)).toBe(2)
    expect(missing.err()).toContain('nope.mjs: no such file.')
  })
})

describe('a bug bundle as the flow', () => {
  const copy = useAppCopy()

  test('fake-wx explore bug.fakewx.json: the recorded steps under every other answer the user could have given', async () => {
    const { dir, app } = copy()
    const file = join(dir, 'bug.fakewx.json')
    writeFileSync(file, JSON.stringify(await recordDeniedOnce(app, dir)))
    {
      const c = capture()
      expect(await exploreCommand.run([file, '--app', app], c.io)).toBe(0)
      // The recording: modal confirmed, location left off; the other answers: switched on, or the modal cancelled.
      expect(c.out()).toContain(
        [
          `${file}: 3 paths`,
          '  1. modal:confirm, settings:+userLocation → done  [scope.userLocation granted]',
          '  2. modal:confirm, settings:-userLocation → done  [scope.userLocation granted]',
          '  3. modal:cancel → done  [scope.userLocation granted]',
        ].join('\n'),
      )
    }
  })
})

describe('fake-wx matrix', () => {
  test('examples/app as a Markdown table, filtered by presets, layers and platforms', async () => {
    const c = capture()
    const code = await matrixCommand.run([join(FLOWS, 'find-store.mjs'), '--presets', 'first-time,denied-once', '--layers', 'none,os-denied', '--platforms', 'android'], c.io)
    expect(code).toBe(0)
    expect(c.out().trim().split('\n')).toEqual([
      '| preset + layers | android · allows | android · refuses |',
      '| --- | --- | --- |',
      '| first-time | **located**<br>authorize:allow | **declined**<br>authorize:deny, modal:cancel |',
      '| first-time + os-denied | **error**<br>authorize:allow | **declined**<br>authorize:deny, modal:cancel |',
      '| denied-once | **located**<br>modal:confirm, settings:+userLocation | **declined**<br>modal:cancel |',
      '| denied-once + os-denied | **error**<br>modal:confirm, settings:+userLocation | **declined**<br>modal:cancel |',
    ])
  })

  test('--json for machines; --users picks scripted users; an unknown name is exit 2', async () => {
    const c = capture()
    expect(await matrixCommand.run([join(FLOWS, 'find-store.mjs'), '--json', '--users', 'refuses', '--platforms', 'ios', '--presets', 'granted'], c.io)).toBe(0)
    expect(JSON.parse(c.out())).toMatchObject({ users: ['refuses'], cells: [{ preset: 'granted', platform: 'ios', user: 'refuses', outcome: 'located', prompts: [] }] })
    const bad = capture()
    expect(await matrixCommand.run([join(FLOWS, 'find-store.mjs'), '--users', 'grumpy'], bad.io)).toBe(2)
    expect(bad.err()).toContain('no user named "grumpy"; the users are allows, refuses')
    const preset = capture()
    expect(await matrixCommand.run([join(FLOWS, 'find-store.mjs'), '--presets', 'denied'], preset.io)).toBe(2)
    expect(preset.err()).toContain('unknown preset "denied"')
  })
})
