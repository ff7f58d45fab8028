// The parts of wx.cloud fake-wx does not model (database, callContainer, connectContainer, extend, services, Cloud,
// CDN): each use goes through `unsimulatedCloud`, which notes it in the trace and warns once per member per
// runtime, saying how to stub it; what it returns is inert, so app code does not crash: a database chain answers
// `{ data: [] }` and the like, asynchronously. One seam: the global unsimulated-API policy can take it over here.
import { stateOf, type RuntimeCore } from '../../core.ts'
import { FakeWxError } from '../../errors/fake-wx-error.ts'
import { later } from '../../facade/deliver.ts'

export function unsimulatedCloud(core: RuntimeCore, member: string): void {
  const key = member.replace(/^cloud\./, '')
  // The runtime's unsimulatedApis policy (surface/unsimulated.ts) governs these members as it governs wx's own.
  if (core.config.unsimulatedApis === 'error') {
    core.trace.record({ type: 'note', text: `wx.${member} is not simulated: refused (unsimulatedApis: 'error')` })
    throw new FakeWxError(
      `wx.${member} is not simulated by fake-wx, and createRuntime({ unsimulatedApis: 'error' }) refuses unsimulated calls.`,
      `Stub it for this test: rt.wx.cloud.${key} = (…) => yourFake, or let it answer inert results with createRuntime({ unsimulatedApis: 'warn' }).`,
    )
  }
  core.trace.record({ type: 'note', text: `wx.${member} is not simulated: it answers inert results` })
  if (core.config.unsimulatedApis !== 'warn') return
  const warned = stateOf(core, 'cloud.unsimulatedWarned', () => new Set<string>())
  if (warned.has(member)) return
  warned.add(member)
  console.warn(
    `[fake-wx] wx.${member} is not simulated: it answers empty results (a database query gets { data: [] }).\n` +
      `Stub it for this test: rt.wx.cloud.${key} = (…) => yourFake, or vi.spyOn(rt.wx.cloud, '${key}').mockImplementation(…).`,
  )
}

type Callbacks = { success?: (r: unknown) => void; fail?: (r: unknown) => void; complete?: (r: unknown) => void }

/** What a terminal call of a database chain answers: the neutral result of each operation (typings' shapes). */
function terminalResult(op: string, isDoc: boolean, prefix: string): object | undefined {
  const errMsg = `${prefix}.${op}:ok`
  switch (op) {
    case 'get':
      return { data: isDoc ? null : [], errMsg }
    case 'count':
      return { total: 0, errMsg }
    case 'add':
      return { _id: '', errMsg }
    case 'update':
      return { stats: { updated: 0 }, errMsg }
    case 'remove':
      return { stats: { removed: 0 }, errMsg }
    case 'set':
      return { _id: '', stats: { updated: 0, created: 0 }, errMsg }
    case 'end':
      return { list: [], errMsg }
    default:
      return undefined
  }
}

/** An object on which any chain of property reads and calls works: `db.collection('x').where({}).get()`. */
export function inertChain(core: RuntimeCore, path = 'database', isDoc = false): unknown {
  const target = function inert() {}
  return new Proxy(target, {
    get(_t, prop) {
      if (typeof prop === 'symbol') return undefined
      if (prop === 'then') return undefined // not a thenable: `await db.collection('x')` gives the chain back
      if (prop === 'close') return () => undefined // a watcher
      const prefix = isDoc ? 'document' : 'collection'
      const result = terminalResult(prop, isDoc, prefix)
      if (result) return (options?: Callbacks) => answer(result, options)
      return inertChain(core, `${path}.${prop}`, isDoc || prop === 'doc')
    },
    apply() {
      return inertChain(core, path, isDoc)
    },
    construct() {
      return inertChain(core, path, isDoc) as object
    },
  })
}

function answer(result: object, options?: Callbacks): Promise<unknown> | undefined {
  if (options && (options.success || options.fail || options.complete)) {
    later(() => {
      options.success?.(result)
      options.complete?.(result)
    })
    return undefined
  }
  return new Promise((resolve) => later(() => resolve(result)))
}

/** The neutral answer of an unsimulated cloud call (callContainer …), asynchronously. */
export function inertCall(result: object, options?: unknown): Promise<unknown> | undefined {
  return answer(result, options as Callbacks | undefined)
}
