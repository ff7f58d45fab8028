/**
 * How the timeline writes a caller and a value on one line. Shared by the renderers (render/), the matchers'
 * messages and the misuse errors, so an API is named and a value printed the same way everywhere.
 */

/**
 * How a caller is named: `wx.getLocation` for a wx API; as is for a method of an object wx returned
 * (`RecorderManager.start`, `CameraContext.takePhoto`) and for a component (`<camera>`).
 */
export function callee(api: string): string {
  return api.includes('.') || api.startsWith('<') ? api : `wx.${api}`
}

/** Longer strings (a 1MB storage value, a response body) are cut so a line stays readable. */
const MAX_STRING = 120

/** The marker a shortened text ends with: what was left out, so nobody mistakes it for the value. */
export function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…(+${text.length - max} chars)` : text
}

/** A value on one line, as the timeline shows it (functions as [Function], long strings cut). */
export function json(value: unknown): string {
  if (value === undefined) return 'undefined'
  if (typeof value === 'function') return '[Function]'
  try {
    return (
      JSON.stringify(value, (_k, v: unknown) => {
        if (typeof v === 'function') return '[Function]'
        if (typeof v === 'string' && v.length > MAX_STRING) return `${v.slice(0, MAX_STRING)}…(${v.length} chars)`
        if (v instanceof ArrayBuffer) return `[ArrayBuffer ${v.byteLength} bytes]`
        return v
      }) ?? String(value)
    )
  } catch {
    return String(value)
  }
}
