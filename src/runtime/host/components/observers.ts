import { parseDataPath, type DataPath } from '../set-data.ts'

/**
 * Data observers (https://developers.weixin.qq.com/miniprogram/dev/framework/custom-component/observer.html, H):
 * `'a, b'` watches several fields (the function gets each value), `'some.subfield'` fires when setData sets it or
 * an object above it ("使用 setData 设置 this.data.some 也会触发"), `'arr[12]'` an index, `'some.field.**'` the
 * field and everything below it, `'**'` every setData. An observer fires for each setData that touches its
 * fields, "即使这些数据字段的值没有发生变化".
 */
export interface ObserverPath {
  readonly path: DataPath
  /** Ends in `.**`: sub-fields count too. */
  readonly deep: boolean
}

export function parseObserverKey(key: string): ObserverPath[] {
  return key.split(',').map((part) => {
    const text = part.trim()
    if (text === '**') return { path: [], deep: true }
    if (text.endsWith('.**')) return { path: parseDataPath(text.slice(0, -3)), deep: true }
    return { path: parseDataPath(text), deep: false }
  })
}

/** Whether setting `changed` touches the observed path. */
export function touches(observed: ObserverPath, changed: DataPath): boolean {
  const n = Math.min(observed.path.length, changed.length)
  for (let i = 0; i < n; i++) if (String(observed.path[i]) !== String(changed[i])) return false
  // The changed field is the observed one or holds it; or the observer is deep and the change is below it.
  return changed.length <= observed.path.length || observed.deep
}

/** The value an observer gets for one of its paths. */
export function valueAt(data: Record<string, unknown>, path: DataPath): unknown {
  let cur: unknown = data
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<string | number, unknown>)[key]
  }
  return cur
}
