import { mountCamera, type CameraAttributes, type CameraFixture, type CameraHandle } from '../apis/camera/camera-component.ts'
import { mountLivePusher, type LivePusherAttributes } from '../apis/live-pusher/live-pusher-component.ts'
import { mountCanvas, type CanvasAttributes, type CanvasHandle } from '../apis/media/canvas-component.ts'
import { mountMap, type MapAttributes } from '../apis/map/map-component.ts'
import type { RuntimeCore } from '../core.ts'
import { FakeWxError } from '../errors/fake-wx-error.ts'
import type { MountedComponent } from './component-host.ts'

/**
 * The scoped components a test can put on the (one, headless) page with `rt.mountComponent(tag, attributes)`:
 * what the WXML `<camera device-position="front" binderror="onError">` would insert. Mounting asks for the
 * component's scopes like the client, and answers through its event handlers, never through callbacks.
 */
export interface ComponentAttributes {
  camera: CameraAttributes
  'live-pusher': LivePusherAttributes
  canvas: CanvasAttributes
  map: MapAttributes
}

/** Per tag: what the phone's hardware is like for that component (optional). */
export interface ComponentFixtures {
  camera: CameraFixture
  'live-pusher': Record<string, never>
  canvas: Record<string, never>
  map: Record<string, never>
}

/** Per tag: what `rt.mountComponent` returns. */
export interface ComponentHandles {
  camera: CameraHandle
  'live-pusher': MountedComponent
  canvas: CanvasHandle
  map: MountedComponent
}

export type ComponentTag = keyof ComponentAttributes

const MOUNT: { readonly [T in ComponentTag]: (core: RuntimeCore, a: ComponentAttributes[T], f?: ComponentFixtures[T]) => ComponentHandles[T] } = {
  camera: mountCamera,
  'live-pusher': mountLivePusher,
  canvas: mountCanvas,
  map: mountMap,
}

export const COMPONENT_TAGS = Object.keys(MOUNT) as ComponentTag[]

export function mountComponent<T extends ComponentTag>(
  core: RuntimeCore,
  tag: T,
  attributes: ComponentAttributes[T] = {},
  fixture?: ComponentFixtures[T],
): ComponentHandles[T] {
  if (!Object.hasOwn(MOUNT, tag)) {
    throw new FakeWxError(`rt.mountComponent: there is no <${String(tag)}> component to mount.`, `Components: ${COMPONENT_TAGS.join(', ')}.`)
  }
  if (typeof attributes !== 'object' || attributes === null) {
    throw new FakeWxError(`rt.mountComponent('${tag}', attributes) needs an object of attributes and bind… handlers.`)
  }
  for (const [name, value] of Object.entries(attributes)) {
    // WXML's habit is a method name (binderror="onCameraError"); here nothing would ever call it.
    if (name.startsWith('bind') && value !== undefined && typeof value !== 'function') {
      const hint = typeof value === 'string' ? `(e) => page.instance.${value}(e)` : '(e) => …'
      throw new FakeWxError(
        `rt.mountComponent('${tag}'): ${name} must be a function, got ${JSON.stringify(value)}.`,
        `rt.mountComponent has no page, so handler names are not looked up on one (a <camera> in the .wxml of a page binds by name): pass the handler, e.g. { ${name}: ${hint} }.`,
      )
    }
  }
  return MOUNT[tag](core, attributes, fixture)
}
