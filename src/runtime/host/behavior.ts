import { FakeWxError } from '../errors/fake-wx-error.ts'
import { deepCopy, isPlainObject } from './set-data.ts'

/**
 * `Behavior({...})` (https://developers.weixin.qq.com/miniprogram/dev/reference/api/Behavior.html): shared
 * properties, data, methods and lifetimes mixed into a Component (or a Page, base library 2.9.2).
 * Merge rules from the behaviors doc (同名字段的覆盖和组合规则, H):
 *  - methods and properties: the component's own win, then later behaviors over earlier ones;
 *  - data: objects with the same name are merged, anything else is overwritten the same way;
 *  - lifetimes all run, each behavior once, behaviors (depth-first, in order) before the component.
 */
const BEHAVIOR = Symbol.for('fake-wx:behavior')

export interface BehaviorHandle {
  readonly [BEHAVIOR]: Record<string, unknown>
}

export function defineBehavior(definition: unknown): BehaviorHandle {
  if (!isPlainObject(definition)) {
    throw new FakeWxError(`Behavior() needs an object, got ${typeof definition}.`, 'e.g. module.exports = Behavior({ data: {}, methods: {} })')
  }
  return Object.freeze({ [BEHAVIOR]: definition })
}

/** The definition behind a Behavior(...) result, or undefined for anything else. */
export function behaviorDefinition(handle: unknown): Record<string, unknown> | undefined {
  return (handle as Partial<BehaviorHandle> | null | undefined)?.[BEHAVIOR]
}

/** The behaviors a definition uses, flattened depth-first, each once; built-in names ('wx://form-field') are skipped. */
export function flattenBehaviors(list: unknown, seen = new Set<unknown>(), out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (list === undefined) return out
  if (!Array.isArray(list)) throw new FakeWxError('behaviors must be an array of Behavior(...) results.')
  for (const item of list) {
    if (typeof item === 'string') continue
    const def = (item as Partial<BehaviorHandle> | null)?.[BEHAVIOR]
    if (!def) throw new FakeWxError('An entry of behaviors is not a Behavior(...) result.', 'Wrap shared code in Behavior({...}) and list what it returns.')
    if (seen.has(item)) continue
    seen.add(item)
    flattenBehaviors(def.behaviors, seen, out)
    out.push(def)
  }
  return out
}

/** Merges `src` into `target` the data way: same-named plain objects merge, the rest is overwritten. */
export function mergeData(target: Record<string, unknown>, src: unknown): void {
  if (!isPlainObject(src)) return
  for (const [key, value] of Object.entries(src)) {
    const current = target[key]
    if (isPlainObject(current) && isPlainObject(value)) mergeData(current, value)
    else target[key] = deepCopy(value)
  }
}
