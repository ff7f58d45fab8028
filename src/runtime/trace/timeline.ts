/**
 * Kept for imports written before the renderers moved: the text renderer is render/text.ts (all formats:
 * render/index.ts), the value formatting format.ts.
 */
export { callee, json } from './format.ts'
export { renderText as renderTimeline } from './render/text.ts'

/** How many timeline lines a matcher's failure message shows (the latest). */
export const MESSAGE_TIMELINE_LINES = 60

/**
 * The end of a timeline for a failure message: its last `lines` lines, after a line saying how many were cut
 * (issue 11 defect 5: 20,000 calls made a 1.5 M-character message). `rt.timeline()` has them all.
 */
export function timelineTail(timeline: string, lines = MESSAGE_TIMELINE_LINES): string {
  let at = timeline.length
  for (let n = 0; n < lines; n++) {
    at = timeline.lastIndexOf('\n', at - 1)
    if (at < 0) return timeline
  }
  const cut = countLines(timeline, at)
  return `… ${cut} earlier ${cut === 1 ? 'line' : 'lines'} cut (rt.timeline() has them all)\n${timeline.slice(at + 1)}`
}

function countLines(text: string, end: number): number {
  let n = 1
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) n++
  return n
}

