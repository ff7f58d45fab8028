import type { RuntimeCore } from '../core.ts'
import { ok } from '../errors/wx-error.ts'
import { callAppCode, later } from '../facade/deliver.ts'
import { invokeMethod, traceCall } from '../facade/invoke.ts'
import { wxSpy } from '../facade/spy.ts'
import { OBJECTS } from './surface.generated.ts'
import type { CallForm, Neutral } from './surface-types.ts'
import { unsimulatedCall } from './unsimulated.ts'

/**
 * Neutral values and inert objects, made from the generated table's data for each call (a fresh copy: app code
 * may change what it got). An inert object is what an unsimulated factory or task API returns: its required
 * properties are neutral values, each method is a spy that records its call in the trace and does nothing —
 * `on…` listeners are kept but never fire, asynchronous methods answer `<method>:ok` with neutral values,
 * methods returning the object itself return it (so `observer.relativeToViewport().observe(…)` chains).
 */
export function neutralValue(core: RuntimeCore, value: Neutral, self?: object, warnAs?: string): unknown {
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return []
  const marker = value as { readonly $?: unknown; readonly name?: string; readonly value?: Neutral }
  switch (marker.$) {
    case 'fn':
      return () => undefined
    case 'buffer':
      return new ArrayBuffer(0)
    case 'typed': {
      const Typed = (globalThis as unknown as Record<string, new (n: number) => unknown>)[marker.name!]
      return Typed ? new Typed(0) : []
    }
    case 'self':
      return self
    case 'inert':
      return inertObject(core, marker.name!, warnAs)
    case 'promise':
      return Promise.resolve(neutralValue(core, marker.value, self, warnAs))
  }
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value as Record<string, Neutral>)) out[k] = neutralValue(core, v, self, warnAs)
  return out
}

/**
 * An inert `name` object (an OBJECTS interface). `warnAs` (for objects that are properties of wx, such as `wx.router`):
 * each method call is itself an unsimulated call (`wx.router.addRouteBuilder`); objects an unsimulated API returned
 * were announced by that API's own call.
 */
export function inertObject(core: RuntimeCore, name: string, warnAs?: string): object {
  const entry = OBJECTS[name]
  const obj: Record<string, unknown> = {}
  if (!entry) return obj
  for (const [prop, value] of Object.entries(entry.props)) obj[prop] = neutralValue(core, value, obj, warnAs)
  for (const [method, form] of Object.entries(entry.methods)) {
    const label = `${name}.${method}`
    const body = methodBody(core, obj, label, method, form, warnAs && `${warnAs}.${method}`)
    obj[method] = wxSpy(label, body)
  }
  return obj
}

/**
 * Methods of inert objects whose callback argument the client always calls once its work is done, by argument
 * position: app code waiting for it (a Promise around `ctx.draw(false, cb)`) goes on instead of hanging. Listeners
 * (`observe(selector, cb)`) are not here: they fire on events an inert object never has.
 */
const COMPLETION_CALLBACKS: Readonly<Record<string, number>> = {
  // CanvasContext.draw(reserve, callback): "绘制完成后执行的回调函数" (api/canvas/CanvasContext.draw.html, H).
  'CanvasContext.draw': 1,
}

function methodBody(core: RuntimeCore, self: object, label: string, method: string, form: CallForm, warnAs: string | undefined) {
  const completion = COMPLETION_CALLBACKS[label]
  return (...args: unknown[]): unknown => {
    if (warnAs) unsimulatedCall(core, warnAs)
    if (form.form === 'async') return asyncMethod(core, label, method, form, args[0])
    traceCall(core, label, args.length <= 1 ? args[0] : args)
    const done = completion === undefined ? undefined : args[completion]
    if (typeof done === 'function') later(() => callAppCode(core, `${label} callback`, done as (r: unknown) => void, undefined, `${label} callback function`))
    if (form.form === 'factory') return inertObject(core, form.returns)
    if (form.form === 'sync') return neutralValue(core, form.value, self)
    return undefined // on/off: the listener is kept by nobody and never fires
  }
}

/** `<method>:ok` with the neutral payload: by callbacks (invokeMethod), or a Promise where the typings have one. */
function asyncMethod(core: RuntimeCore, label: string, method: string, form: Extract<CallForm, { form: 'async' }>, options: unknown): unknown {
  const def = { name: label, errMsgApi: method, run: () => ok(neutralValue(core, form.success) as object) }
  const o = (typeof options === 'object' && options !== null ? options : {}) as Record<string, unknown>
  if (form.promise && !o.success && !o.fail && !o.complete && core.config.features.promise) {
    const id = traceCall(core, label, options)
    const result = { errMsg: `${method}:ok`, ...(neutralValue(core, form.success) as object) }
    core.trace.record({ type: 'result', id, api: label, ok: true, result })
    return Promise.resolve(result)
  }
  invokeMethod(core, def, options)
  return form.task ? inertObject(core, form.task) : undefined
}
