import type { RuntimeCore } from '../core.ts'
import type { ApiDefinition } from './define-api.ts'
import { invokeAsync, invokeSync } from './invoke.ts'
import { wxSpy } from './spy.ts'

/**
 * Turns API definitions into the `wx` object: own, enumerable function properties that work unbound
 * (apps spread `{ ...wx }` and call methods without `this`; research.md §6), each a spy.
 */
export function createWx(core: RuntimeCore, definitions: readonly ApiDefinition[]): Record<string, unknown> {
  const wx: Record<string, unknown> = {}
  for (const def of definitions) {
    wx[def.name] =
      def.kind === 'async'
        ? wxSpy(def.name, (options?: unknown) => invokeAsync(core, def, options))
        : wxSpy(def.name, (...args: unknown[]) => invokeSync(core, def, args))
  }
  return wx
}
