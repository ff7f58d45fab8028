import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach } from 'vitest'
import { createRuntime, type BugBundle, type RuntimeOptions } from '../../src/index.ts'

export const EXAMPLE_APP = fileURLToPath(new URL('../../examples/app', import.meta.url))
/** A one-page app of this folder's own: download a poster, save it to the album. */
export const POSTER_APP = fileURLToPath(new URL('./fixtures/poster-app', import.meta.url))

/** A copy of an app (default examples/app) in a fresh temp folder (`<dir>/miniprogram`), removed after the test: tests change its pages. */
export function useAppCopy(): (source?: string) => { dir: string; app: string; edit(file: string, from: string, to: string): void } {
  const dirs: string[] = []
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })
  return (source = EXAMPLE_APP) => {
    const dir = mkdtempSync(join(tmpdir(), 'fake-wx-repro-'))
    dirs.push(dir)
    const app = join(dir, 'miniprogram')
    cpSync(source, app, { recursive: true })
    return {
      dir,
      app,
      edit(file, from, to) {
        const path = join(app, file)
        const text = readFileSync(path, 'utf8')
        if (!text.includes(from)) throw new Error(`${file} has no ${JSON.stringify(from)}`)
        writeFileSync(path, text.replace(from, to))
      },
    }
  }
}

/**
 * The bug of the user story, as a tester reproduces it in a test: location refused once before, the
 * user taps 找最近的门店, confirms the modal, leaves location off in the settings page, comes back, walks on.
 */
export async function recordDeniedOnce(app: string, base: string, more: RuntimeOptions = {}): Promise<BugBundle> {
  const rt = createRuntime({
    app: { root: app },
    scenario: 'denied-once',
    scopes: ['scope.userLocation'],
    user: { modal: 'confirm', settings: { 'scope.userLocation': false } },
    ...more,
  })
  rt.install()
  try {
    const home = await rt.open('pages/index/index')
    await home.tap('openStores')
    const store = rt.currentPage()!
    await store.tap('onFindNearest')
    rt.clock.advance(30_000)
    await rt.device.moveTo({ latitude: 22.54, longitude: 114.05 })
    rt.user.changeSettings({ 'scope.userLocation': true })
    await store.tap('onFindNearest')
  } finally {
    rt.uninstall()
  }
  return rt.bundle({ base })
}
