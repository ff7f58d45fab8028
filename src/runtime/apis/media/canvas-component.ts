// https://developers.weixin.qq.com/miniprogram/dev/component/canvas.html
// The page's `<canvas>`: what wx.canvasToTempFilePath exports. "canvas 标签默认宽度300px、高度150px" (canvas doc, H).
// `rt.mountComponent('canvas', { 'canvas-id': 'poster', width: 375, height: 600 })` puts one on the page (the CSS size
// in px); `type: '2d'` canvases are reached through their node (`handle.node`, what SelectorQuery's `fields({ node })`
// gives the app), whose width / height are the bitmap's. No drawing is modelled: an export is a plain grey image.
import type { RuntimeCore } from '../../core.ts'
import { stateOf } from '../../core.ts'
import { insertComponent, type MountedComponent } from '../../components/component-host.ts'

export interface CanvasAttributes {
  id?: string
  'canvas-id'?: string
  type?: '2d' | 'webgl'
  /** The component's CSS width and height in px (default 300 × 150). */
  width?: number
  height?: number
}

/** A `type="2d"` canvas node: pass it as canvasToTempFilePath's `canvas`. Its size is the bitmap's (apps set it to CSS × dpr). */
export interface CanvasNode {
  width: number
  height: number
}

export interface CanvasHandle extends MountedComponent {
  readonly node: CanvasNode
}

interface CanvasEntry {
  readonly attributes: CanvasAttributes
  readonly node: CanvasNode
  readonly mounted: () => boolean
}

const canvasesOf = (core: RuntimeCore) => stateOf(core, 'media.canvases', () => [] as CanvasEntry[])

export function mountCanvas(core: RuntimeCore, attributes: CanvasAttributes): CanvasHandle {
  const node: CanvasNode = { width: attributes.width ?? 300, height: attributes.height ?? 150 }
  const handle = insertComponent(core, 'canvas', attributes, () => undefined)
  canvasesOf(core).push({ attributes, node, mounted: () => handle.mounted })
  return Object.assign(handle, { node })
}

/** The mounted legacy canvas with this canvas-id, as canvasToTempFilePath({ canvasId }) finds it. */
export function canvasById(core: RuntimeCore, canvasId: string): CanvasAttributes | undefined {
  return canvasesOf(core).find((c) => c.mounted() && c.attributes['canvas-id'] === canvasId)?.attributes
}
