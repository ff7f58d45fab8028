import { readFileSync } from 'node:fs'
import { isAbsolute, join, resolve } from 'node:path'
import { resolveRequest } from '../runtime/host/modules/resolve.ts'
import type { Runtime } from '../runtime/create-runtime.ts'

/**
 * Whether the user, where a path ended, still has a way to the settings page, and which: the dead-end test
 * of the explorer ("nothing on screen or in code that leads to the settings page", issue 13). Read from the
 * app as it is, statically, so it also covers what this path did not try:
 *  - the page on top has `<button open-type="openSetting">` in its WXML (the client's own way, tap-only safe);
 *  - the page's script, or a module it requires, calls `openSetting`;
 *  - without an app folder: the flow function calls `openSetting`;
 *  - or the settings page opened in this very path.
 * The "…" menu's settings entry is not counted: a user who needs it to recover is stuck for the app's purposes.
 */
export function wayToSettings(rt: Runtime, appRoot: string | undefined, flow: (...args: never[]) => unknown): string | undefined {
  if (rt.prompts.some((p) => p.kind === 'settings')) return 'the settings page opened in this path'
  if (appRoot === undefined) return /\bopenSetting\b/.test(flow.toString()) ? 'the flow calls wx.openSetting' : undefined
  const page = rt.currentPage()
  if (!page) return undefined
  const root = isAbsolute(appRoot) ? appRoot : resolve(appRoot)
  const wxml = read(join(root, `${page.route}.wxml`))
  if (wxml !== undefined && /open-type\s*=\s*["'][^"']*\bopenSetting\b/.test(wxml)) return `<button open-type="openSetting"> on ${page.route}`
  const file = scriptsOf(root, `${page.route}.js`).find((f) => /\bopenSetting\b/.test(read(join(root, f)) ?? ''))
  return file === undefined ? undefined : `wx.openSetting in ${file}`
}

/** A script and the app modules it requires, by the client's resolution (require('../../utils/x') …), each once. */
function scriptsOf(root: string, entry: string): string[] {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    const source = read(join(root, file))
    if (source === undefined) return
    seen.add(file)
    for (const m of source.matchAll(/\b(?:require|import)\s*\(\s*['"]([^'"]+)['"]\s*\)|\bfrom\s+['"]([^'"]+)['"]/g)) {
      visit(resolveRequest(root, { spec: (m[1] ?? m[2])!, from: file, aliases: [] }))
    }
  }
  visit(entry)
  return [...seen]
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}
