import { readFileSync, statSync, watch, type FSWatcher } from 'node:fs'
import { dirname, sep } from 'node:path'

/**
 * The app's files as the page host sees them: what is there (a file, a folder, nothing) and each file's version
 * (mtime + size), which keys the compiled code (modules/compile.ts, wxml/view.ts) and the parsed app.json.
 *
 * `createRuntime({ app: { root, cache } })`:
 * - `'watch'` (default): a lookup is made once per process and kept until `fs.watch` reports a change in its
 *   folder. A runtime on an app already seen makes no file-system call at all. Node's own loader keeps what it
 *   looked up for the whole process, and never looks again (lib/internal/modules/package_json_reader.js, the CommonJS
 *   require cache); we look again whenever the folder changes. A change is reported on the event loop's next
 *   turn: a test that rewrites an app file with writeFileSync and opens a runtime in the same synchronous stretch
 *   (no `await` of real I/O or a real timer in between) still sees the old file. Such a test asks for `'stat'`.
 * - `'stat'`: every lookup asks the file system (one stat per file per use), so a file rewritten a moment ago is
 *   seen at once. What it finds also refreshes what `'watch'` runtimes see.
 *
 * Why (issue 14): on this project's machine every system call costs ~3.5 µs plus its aftermath (caches and
 * predictors the kernel entry flushes): a page-host run made 6 (stat of app.json, app.js, the page's .js and
 * .wxml, the util it requires, an exists check of the page's .json) and took 140–170 µs; with one it took
 * 103–119 µs; with none, 77 µs.
 *
 * The watchers are `persistent: false` (they never keep the process alive) and one per folder looked in. A
 * folder that cannot be watched (it does not exist, or the system is out of watches) is looked up every time.
 */
export type AppFilesCache = 'watch' | 'stat'

export const APP_FILES_CACHES: readonly AppFilesCache[] = ['watch', 'stat']

/** What is at a path. `stamp`: a file's version, mtime + size ('' for anything but a file). */
export interface Found {
  readonly kind: 'file' | 'folder' | 'none' | 'other'
  readonly stamp: string
}

const NONE: Found = { kind: 'none', stamp: '' }
const FOLDER: Found = { kind: 'folder', stamp: '' }
const OTHER: Found = { kind: 'other', stamp: '' }

interface Folder {
  readonly found: Map<string, Found>
  readonly watcher: FSWatcher
}

/** Watched folders, by path; each keeps the lookups made in it until it changes. */
const folders = new Map<string, Folder>()
/** Roots some runtime asked `'stat'` for: lookups under them always ask the file system. */
const statRoots: string[] = []
/** Text of files read through `read`, by path, for the version it was read at. */
const texts = new Map<string, { readonly stamp: string; readonly text: string }>()

/** Called by readAppFolder for every runtime on an app: `'stat'` makes the root's lookups fresh from then on. */
export function useCache(root: string, cache: AppFilesCache): void {
  if (cache === 'stat' && !statRoots.includes(root)) statRoots.push(root)
}

/** What is at `path` (absolute). */
export function find(path: string): Found {
  const dir = dirname(path)
  const folder = folders.get(dir) ?? watchFolder(dir)
  if (folder !== undefined && !underStatRoot(path)) {
    const hit = folder.found.get(path)
    if (hit !== undefined) return hit
  }
  const found = look(path)
  if (folder !== undefined) {
    const before = folder.found.get(path)
    if (before !== undefined && before.kind === found.kind && before.stamp === found.stamp) return before
    folder.found.set(path, found)
  }
  return found
}

export function isFile(path: string): boolean {
  return find(path).kind === 'file'
}

/** existsSync's answer: a file or a folder. */
export function exists(path: string): boolean {
  const { kind } = find(path)
  return kind === 'file' || kind === 'folder'
}

/** A file's text, read once per version (the caller checked it is a file; a missing one throws ENOENT as readFileSync does). */
export function read(path: string): string {
  const { stamp } = find(path)
  const known = texts.get(path)
  if (known !== undefined && known.stamp === stamp && stamp !== '') return known.text
  const text = readFileSync(path, 'utf8')
  if (stamp !== '') texts.set(path, { stamp, text })
  return text
}

let lookups = 0

/** How many times the file system was asked (tests check that a runtime on an app already seen asks nothing). */
export function fileSystemLookups(): number {
  return lookups
}

function look(path: string): Found {
  lookups++
  const stat = statSync(path, { throwIfNoEntry: false })
  if (stat === undefined) return NONE
  if (stat.isFile()) return { kind: 'file', stamp: `${stat.mtimeMs}:${stat.size}` }
  return stat.isDirectory() ? FOLDER : OTHER
}

function underStatRoot(path: string): boolean {
  for (const root of statRoots) if (path === root || path.startsWith(root.endsWith(sep) ? root : root + sep)) return true
  return false
}

/**
 * A watcher on `dir`. A 'change' (a file written in place) forgets the folder's lookups; a 'rename' (a file made,
 * removed or renamed over, the folder itself removed) also drops the watcher, so a folder removed and made again is
 * watched afresh. An error does the same.
 */
function watchFolder(dir: string): Folder | undefined {
  let watcher: FSWatcher
  try {
    watcher = watch(dir, { persistent: false })
  } catch {
    return undefined // not there, or no watch left: looked up every time
  }
  const folder: Folder = { found: new Map(), watcher }
  const drop = () => {
    folder.found.clear()
    if (folders.get(dir) === folder) folders.delete(dir)
    watcher.close()
  }
  watcher.on('change', (event) => (event === 'change' ? folder.found.clear() : drop()))
  watcher.on('error', drop)
  folders.set(dir, folder)
  return folder
}
