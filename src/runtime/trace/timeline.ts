/**
 * Kept for imports written before the renderers moved: the text renderer is render/text.ts (all formats:
 * render/index.ts), the value formatting format.ts.
 */
export { callee, json } from './format.ts'
export { renderText as renderTimeline } from './render/text.ts'
