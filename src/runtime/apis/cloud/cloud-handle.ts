// `rt.cloud`: the test's side of the cloud — the functions that answer wx.cloud.callFunction, msw-style, and
// cloud storage.
import type { RuntimeCore } from '../../core.ts'
import { cloudFilesHandle, type CloudFilesHandle } from './cloud-files.ts'
import { cloudStateOf, useCloudFunctions, type CloudFunction } from './cloud-state.ts'

export interface CloudHandle {
  /** Deploys cloud functions: `rt.cloud.use({ login: (event, context) => ({ openid: context.OPENID }) })`. */
  use(functions: Record<string, CloudFunction>): void
  /** Undoes `use` (for one function, or all): back to createRuntime's `cloud.functions`. */
  restore(name?: string): void
  /** The env wx.cloud.init chose, or undefined before init. */
  readonly env: string | undefined
  /** Cloud storage. */
  readonly files: CloudFilesHandle
}

export function cloudHandle(core: RuntimeCore): CloudHandle {
  const files = cloudFilesHandle(core)
  return {
    use: (functions) => useCloudFunctions(core, functions),
    restore: (name) => {
      const { functions, initial } = cloudStateOf(core)
      for (const key of name === undefined ? [...functions.keys()] : [name]) {
        const fn = initial.get(key)
        if (fn) functions.set(key, fn)
        else functions.delete(key)
      }
    },
    get env() {
      return cloudStateOf(core).env
    },
    files,
  }
}
