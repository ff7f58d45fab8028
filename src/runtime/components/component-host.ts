import type { ApiContext, RuntimeCore } from '../core.ts'
import { stateOf } from '../core.ts'
import { callAppCode, later } from '../facade/deliver.ts'
import { contextFor, traceCall } from '../facade/invoke.ts'

/** An event handler bound in WXML (`bindinitdone="onInit"`): it gets a CustomEvent whose `detail` the component sets. */
export type EventHandler<D extends object = object> = (event: WechatMiniprogram.CustomEvent<D>) => void

/** What every mounted component offers the test. */
export interface MountedComponent {
  readonly tag: string
  /** The `id` attribute, or `<tag>-<n>`. */
  readonly id: string
  /** False once unmounted. */
  readonly mounted: boolean
  /**
   * Resolves once the component has finished inserting and its first events have been delivered
   * (`bindinitdone` or `binderror` …). Rejects with the UnansweredPromptError of a dialog nobody answered.
   */
  readonly ready: Promise<void>
  /** Removes the component from the page (wx:if turning false, the page unloading). */
  unmount(): void
}

/** The component's side of a mounted instance. */
export interface ComponentHost<A extends object> {
  readonly tag: string
  readonly id: string
  readonly attributes: Readonly<A>
  readonly mounted: boolean
  /** Fires the `bind<type>` (or `bind:<type>`) handler, asynchronously as native events arrive. */
  dispatch(type: string, detail: object): void
  /** Runs `fn` when the component is unmounted. */
  onUnmount(fn: () => void): void
}

/**
 * Inserts a component on the page: the way the client inserts a native component (camera, live-pusher),
 * which asks for its scopes itself and reports through events, never through a fail callback.
 * `insert` runs with a context named after the component (`<camera>`), so its dialog says who asked.
 */
export function insertComponent<A extends { id?: string }>(
  core: RuntimeCore,
  tag: string,
  attributes: A,
  insert: (ctx: ApiContext, host: ComponentHost<A>) => Promise<void> | void,
): MountedComponent {
  const counter = stateOf(core, 'components.count', () => ({ n: 0 }))
  const id = typeof attributes.id === 'string' && attributes.id ? attributes.id : `${tag}-${++counter.n}`
  const insertedAt = core.clock.now()
  const target: WechatMiniprogram.Target = { id, tagName: tag, dataset: {}, offsetTop: 0, offsetLeft: 0 }
  const life = { mounted: true }
  const cleanups: (() => void)[] = []
  traceCall(core, `<${tag}>`, attributes)

  const host: ComponentHost<A> = withMounted({ tag, id, attributes }, life, {
    dispatch(type: string, detail: object) {
      later(() => {
        if (!life.mounted) return
        core.trace.record({ type: 'event', name: `<${tag}> bind${type}`, payload: detail })
        const handlers = attributes as Record<string, unknown>
        const handler = handlers[`bind${type}`] ?? handlers[`bind:${type}`]
        if (typeof handler !== 'function') return
        // BaseEvent: timeStamp counts from the page's opening; the page opens with its component here.
        const event: WechatMiniprogram.CustomEvent = {
          type,
          timeStamp: core.clock.now() - insertedAt,
          target,
          currentTarget: target,
          mark: {},
          detail,
        }
        callAppCode(core, `<${tag}> bind${type} handler`, handler as EventHandler, event)
      })
    },
    onUnmount(fn: () => void) {
      cleanups.push(fn)
    },
  })

  const ready = Promise.resolve()
    .then(() => insert(contextFor(core, `<${tag}>`), host))
    .then(() => new Promise<void>((resolve) => later(resolve)))
  return withMounted({ tag, id }, life, {
    ready,
    unmount() {
      if (!life.mounted) return
      life.mounted = false
      traceCall(core, `<${tag}>.unmount`, undefined)
      for (const fn of cleanups.splice(0)) fn()
    },
  })
}

/*
 * `mounted` as an accessor shared by every component handle, reading a slot (issue 14): a `get mounted()` in a
 * literal per component gave each handle an old-space map of its own pointing at the getter's closure, and so at
 * the runtime, which kept it alive through scavenges. Keys keep the literal's order: fields, mounted, methods.
 */
const LIFE = Symbol('fake-wx:component-life')

const MOUNTED: PropertyDescriptor = {
  get(this: { [LIFE]: { mounted: boolean } }) {
    return this[LIFE].mounted
  },
  enumerable: true,
  configurable: true,
}

function withMounted<F extends object, M extends object>(fields: F, life: { mounted: boolean }, methods: M): F & M & { readonly mounted: boolean } {
  const handle = Object.defineProperty(fields, 'mounted', MOUNTED)
  Object.defineProperty(handle, LIFE, { value: life })
  return Object.defineProperties(handle, Object.getOwnPropertyDescriptors(methods)) as F & M & { readonly mounted: boolean }
}
