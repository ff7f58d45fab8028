import { fileURLToPath } from 'node:url'
import { afterEach } from 'vitest'
import { createRuntime, type Runtime, type RuntimeOptions } from '../../../src/index.ts'

/** The media fixture app (profile avatar upload, poster save, scan page), installed; uninstalled after each test. */
const APP = fileURLToPath(new URL('./fixtures/media-app', import.meta.url))

export function useMediaApp(): (options?: RuntimeOptions) => Runtime {
  const started: Runtime[] = []
  afterEach(() => {
    while (started.length) started.pop()!.uninstall()
  })
  return (options = {}) => {
    const rt = createRuntime({ app: { root: APP }, ...options })
    rt.install()
    started.push(rt)
    return rt
  }
}
