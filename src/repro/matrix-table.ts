import type { MatrixCell, MatrixResult } from './matrix.ts'

/**
 * A matrix as a Markdown table: a row per preset (+ layers), a column per platform × user; each cell the
 * outcome and the prompts seen (`located<br>authorize:allow`). Pipes in texts are escaped.
 */
export function matrixMarkdown(result: MatrixResult): string {
  const columns = result.platforms.flatMap((platform) => result.users.map((user) => ({ platform, user })))
  const rows = result.presets.flatMap((preset) => result.layers.map((layers) => ({ preset, layers })))
  const byKey = new Map<string, MatrixCell>()
  const key = (c: Pick<MatrixCell, 'preset' | 'layers' | 'platform' | 'user'>) => `${c.preset}|${c.layers.join('+')}|${c.platform}|${c.user}`
  for (const cell of result.cells) byKey.set(key(cell), cell)
  const showLayers = result.layers.some((l) => l.length > 0)
  const head = [showLayers ? 'preset + layers' : 'preset', ...columns.map((c) => `${c.platform} · ${c.user}`)]
  const lines = [row(head), row(head.map(() => '---'))]
  for (const r of rows) {
    const label = showLayers && r.layers.length ? `${r.preset} + ${r.layers.join(' + ')}` : r.preset
    lines.push(row([label, ...columns.map((c) => cellText(byKey.get(key({ ...r, ...c }))))]))
  }
  return lines.join('\n')
}

function cellText(cell: MatrixCell | undefined): string {
  if (!cell) return ''
  const outcome = cell.error !== undefined ? `**threw** ${cell.error.split('\n')[0]}` : `**${cell.outcome}**`
  return cell.prompts.length ? `${outcome}<br>${cell.prompts.join(', ')}` : `${outcome}<br>no prompt`
}

const row = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')).join(' | ')} |`

/** The matrix for machines: the dimensions and every cell. */
export function matrixJson(result: MatrixResult): string {
  return JSON.stringify(result, null, 2)
}
