// Issue 11 defect 3: `a.install(); b.install(); a.uninstall(); b.uninstall()` left globalThis.wx === a.wx, so the
// next test's app code silently used a finished runtime. Any order restores what was there before the first install;
// a second uninstall() is a no-op.
import { afterEach, describe, expect, test } from 'vitest'
import { createRuntime } from '../../src/index.ts'

const g = globalThis as unknown as Record<string, unknown>
afterEach(() => {
  delete g.wx
})

describe('rt.uninstall in any order never leaves a stale global wx', () => {
  test('uninstalling in install order (a, b) restores the wx that was there before a', () => {
    g.wx = 'original'
    const a = createRuntime()
    const b = createRuntime()
    a.install()
    b.install()
    a.uninstall()
    expect(g.wx).toBe(b.wx) // b is still installed: the global stays b's
    b.uninstall()
    expect(g.wx).toBe('original')
  })

  test('with nothing there before, install-order uninstall removes the global entirely', () => {
    const a = createRuntime()
    const b = createRuntime()
    a.install()
    b.install()
    a.uninstall()
    b.uninstall()
    expect('wx' in globalThis).toBe(false)
  })

  test("three runtimes, the middle one uninstalled first: the others' globals stay consistent", () => {
    const [a, b, c] = [createRuntime(), createRuntime(), createRuntime()]
    a.install()
    b.install()
    c.install()
    b.uninstall()
    expect(g.wx).toBe(c.wx)
    c.uninstall()
    expect(g.wx).toBe(a.wx)
    a.uninstall()
    expect('wx' in globalThis).toBe(false)
  })

  test('the page host globals (Page, App, getApp …) follow the same rule', () => {
    const a = createRuntime()
    const b = createRuntime()
    a.install()
    b.install()
    a.uninstall()
    b.uninstall()
    expect('Page' in globalThis).toBe(false)
    expect('getApp' in globalThis).toBe(false)
  })

  test('a second uninstall() is a no-op (an afterEach that always uninstalls is safe)', () => {
    g.wx = 'original'
    const a = createRuntime()
    a.install()
    a.uninstall()
    const b = createRuntime()
    b.install()
    expect(() => a.uninstall()).not.toThrow()
    expect(g.wx).toBe(b.wx)
    b.uninstall()
    b.uninstall()
    expect(g.wx).toBe('original')
  })
})
