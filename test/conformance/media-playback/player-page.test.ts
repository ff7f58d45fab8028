// A page playing audio (fixtures/app/pages/player) under rt.clock.advance.
import { fileURLToPath } from 'node:url'
import { afterEach, expect, test } from 'vitest'
import { createRuntime, type Runtime } from '../../../src/index.ts'

const ROOT = fileURLToPath(new URL('./fixtures/app', import.meta.url))
let rt: Runtime | undefined
afterEach(() => rt?.uninstall())

test('the player page shows the duration, the progress while playing, and "finished" at the end', async () => {
  rt = createRuntime({ app: { root: ROOT } })
  rt.device.media.set('https://cdn.example.com/episode-1.mp3', { duration: 90 })
  rt.install()
  const page = await rt.open('pages/player/index')
  await rt.settle()
  expect(page.data).toMatchObject({ duration: 90, playing: false })
  await page.tap('togglePlay')
  rt.clock.advance(30_000)
  await rt.settle()
  expect(page.data).toMatchObject({ playing: true, progress: 30 })
  await page.tap('togglePlay')
  rt.clock.advance(30_000)
  await rt.settle()
  expect(page.data).toMatchObject({ playing: false, progress: 30 })
  await page.tap('togglePlay')
  rt.clock.advance(61_000)
  await rt.settle()
  expect(page.data).toMatchObject({ playing: false, finished: true })
})
