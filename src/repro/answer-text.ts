import { json } from '../runtime/trace/format.ts'

/** An answer in a few characters, for tables and one-line paths: 'deny', 'confirm', '+userLocation -camera' (switches on/off). */
export function answerText(answer: unknown): string {
  if (answer === undefined) return 'unanswered'
  if (typeof answer === 'string' || typeof answer === 'number') return String(answer)
  if (typeof answer === 'object' && answer !== null && Object.values(answer).every((v) => typeof v === 'boolean')) {
    const parts = Object.entries(answer).map(([k, on]) => `${on ? '+' : '-'}${k.replace(/^scope\./, '')}`)
    return parts.length ? parts.join(' ') : 'unchanged'
  }
  return json(answer)
}
