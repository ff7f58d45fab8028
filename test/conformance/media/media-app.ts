import { fileURLToPath } from 'node:url'
import type { Runtime, RuntimeOptions } from '../../../src/index.ts'
import { useApp } from '../../host/support.ts'

/** The media fixture app (profile avatar upload, poster save, scan page), installed; uninstalled after each test. */
const APP = fileURLToPath(new URL('./fixtures/media-app', import.meta.url))

export const useMediaApp = (): ((options?: RuntimeOptions) => Runtime) => useApp(APP)
