import { join, relative, sep } from 'node:path'
import type { AppJson } from '../config.ts'
import { FakeWxError } from '../errors/fake-wx-error.ts'
import { find, type Found } from './app-files.ts'
import { later } from '../facade/deliver.ts'
import { compareVersion } from '../versions/compare-version.ts'
import { compileAppFile, writtenAsEsm } from './modules/compile.ts'
import { importFresh, isEsm, namespaceOf } from './modules/esm.ts'
import { swapInGlobals } from './modules/globals.ts'
import { inNodeRealm } from './modules/realm.ts'
import { aliasesOf, appPath, isFile, isIndependent, notDefined, packageOf, resolveRequest, type Alias } from './modules/resolve.ts'

/**
 * Loads the app's own files (app.js, pages/…/index.js and what they require) as the client does: each .js
 * file is a CommonJS module with its own `require`, `module`, `exports` (framework/app-service/module.html),
 * ES `import`/`export` compiled to that form first (modules/compile.ts), paths resolved by the client's rules
 * (modules/resolve.ts), the app's globals (wx, App, Page, getApp …) in place while a file runs.
 *
 * One loader per runtime: its module table is that run of the app, so every runtime (every test) gets fresh
 * modules, and a shared module (utils/…) is shared by the pages of one run, as on a phone. Compiling is done
 * once per process; no Node module object is created, so nothing outlives a dropped runtime.
 *
 * Real ES modules (.mjs, or .js under a package.json with "type": "module") keep Node's loader: a dynamic
 * import with a query unique to the runtime, so the page file runs again for each runtime (what it imports
 * is Node's, shared between runtimes).
 */
const EXTENSIONS = ['.js', '.mjs', '.cjs'] as const

let nextLoaderId = 1

/** ModuleLoader.pathOf's answers: root → file → app path (a bound keeps a sweep over generated files in check). */
const appPaths = new Map<string, Map<string, string>>()
const APP_PATHS_MAX = 4096
const APP_ROOTS_MAX = 64

export interface LoaderOptions {
  readonly appJson: AppJson
  readonly SDKVersion: string
  /** Modules a test put in place of app files: app path ('utils/api.js') → exports. */
  readonly modules?: Readonly<Record<string, unknown>> | undefined
  /** The runtime's globals (wx, App, Page …), put in place while a file runs. */
  readonly globals: () => Record<string, unknown>
  /** Where an exception in app code called back by the loader goes (require's callback form). */
  readonly report: (error: unknown, where: string) => void
}

interface AppModule {
  exports: unknown
  readonly id: string
  loaded: boolean
}

/** The client's require function inside a file: `require(path)`, `require(path, cb, errCb)`, `require.async(path)`. */
type ClientRequire = ((spec: unknown, onLoad?: unknown, onError?: unknown) => unknown) & { async?: (spec: unknown) => Promise<unknown> }

export class ModuleLoader {
  readonly root: string
  readonly #options: LoaderOptions
  readonly #modules = new Map<string, AppModule>()
  readonly #mocks = new Map<string, unknown>()
  /** Subpackages injected in this run (a page of it opened, or require.async reached it). */
  readonly #packages = new Set<string>()
  readonly #aliases: readonly Alias[]
  readonly #hasRequireAsync: boolean
  readonly #token = `fakewx=${nextLoaderId++}`
  #depth = 0
  /** Files fileOf just found, with what was found, until they are loaded. */
  readonly #found = new Map<string, Found>()

  constructor(root: string, options: LoaderOptions) {
    this.root = root
    this.#options = options
    // resolveAlias: base library 2.12.0 (app.json doc, H); require.async: 2.11.2 (subpackages/async.html, H).
    this.#aliases = compareVersion(options.SDKVersion, '2.12.0') >= 0 ? aliasesOf(options.appJson) : []
    this.#hasRequireAsync = compareVersion(options.SDKVersion, '2.11.2') >= 0
    for (const [path, exports] of Object.entries(options.modules ?? {})) this.mock(path, exports, 'createRuntime({ app: { modules } })')
  }

  /** The file of `route` ('pages/index/index' → …/pages/index/index.js), or undefined. */
  fileOf(route: string): string | undefined {
    for (const ext of EXTENSIONS) {
      const file = join(this.root, route + ext)
      const found = find(file)
      if (found.kind === 'file') {
        // Kept for the load that follows: the file is not looked up twice in one open (issue 14).
        this.#found.set(file, found)
        return file
      }
    }
    return undefined
  }

  /** The app path of a file under the root ('pages/a/index.js'). */
  pathOf(file: string): string {
    // Remembered per root for the process: the same few files are loaded by every runtime of a suite, and the
    // string work below was ~1 % of a page-host run (issue 14, CPU profile). A pure function of root and file.
    let paths = appPaths.get(this.root)
    if (paths === undefined) {
      if (appPaths.size >= APP_ROOTS_MAX) appPaths.clear()
      appPaths.set(this.root, (paths = new Map()))
    }
    let path = paths.get(file)
    if (path === undefined) {
      if (paths.size >= APP_PATHS_MAX) paths.clear()
      paths.set(file, (path = this.#pathOf(file)))
    }
    return path
  }

  #pathOf(file: string): string {
    // A file the loader joined under its root is that root, a separator, the app path: sliced, as path.relative
    // (which resolves both paths first) cost ~1 % of a page-host run (issue 14). Anything else takes relative.
    const prefix = this.root.endsWith(sep) ? this.root : this.root + sep
    const under = file.startsWith(prefix) && !file.includes(`${sep}..${sep}`) && !file.includes(`${sep}.${sep}`)
    return (under ? file.slice(prefix.length) : relative(this.root, file)).split(sep).join('/')
  }

  /** Runs app.js or a page file. */
  async load(file: string): Promise<void> {
    if (this.#nativeEsm(file)) {
      await importFresh(file, this.#token)
      return
    }
    const path = this.pathOf(file)
    this.#withGlobals(() => this.#run(path, path))
  }

  /** rt.require(path): a module of the app, from the root, loaded for this run (or the one already loaded). */
  require(path: string): unknown {
    const file = this.#appFile(path, 'rt.require')
    if (!this.#mocks.has(file) && this.#nativeEsm(join(this.root, file))) {
      throw new FakeWxError(`rt.require: ${file} is an ES module (.mjs or "type": "module").`, `Load it with await rt.import('${path}').`)
    }
    return this.#withGlobals(() => this.#run(file, path))
  }

  /** rt.import(path): the module as an ES module namespace (a CommonJS module's exports are its default). */
  async import(path: string): Promise<Record<string, unknown>> {
    const file = this.#appFile(path, 'rt.import')
    if (!this.#mocks.has(file) && this.#nativeEsm(join(this.root, file))) return importFresh(join(this.root, file), this.#token)
    return namespaceOf(this.#withGlobals(() => this.#run(file, path)))
  }

  /**
   * Whether `file` loads with Node's import(): a real ES module, in Node's own context. Under jest (a vm
   * context, modules/realm.ts) it is compiled to CommonJS and run by this loader like an ESM-syntax .js file.
   */
  #nativeEsm(file: string): boolean {
    return isEsm(file) && inNodeRealm()
  }

  /** A test's stand-in for an app module, for every later require / import / require.async of it in this run. */
  mock(path: string, exports: unknown, api = 'rt.mockModule'): void {
    const file = appPath(path)
    if (!isFile(join(this.root, file))) {
      throw new FakeWxError(
        `${api}: the app has no ${file} (under ${this.root}).`,
        "Name an app file from the mini program root, as app.json names pages: 'utils/api' or 'utils/api.js'.",
      )
    }
    // A stand-in for an ES module with a `default` is that module's namespace: `import x from` gets its default,
    // as a compiled ES module's exports carry `__esModule` (the form DevTools' compile and esbuild share).
    if (isPlainObject(exports) && 'default' in exports && !('__esModule' in exports) && writtenAsEsm(join(this.root, file))) {
      Object.defineProperty(exports, '__esModule', { value: true })
    }
    this.#mocks.set(file, exports)
  }

  #appFile(path: string, api: string): string {
    const file = /\.(mjs|cjs)$/.test(path) ? path.replace(/^\/+/, '') : appPath(path)
    if (!this.#mocks.has(file) && !isFile(join(this.root, file))) {
      throw new FakeWxError(`${api}: the app has no ${file} (under ${this.root}).`, "Paths are taken from the mini program root: 'utils/api' or 'utils/api.js'.")
    }
    return file
  }

  /** Loads `file` (an app path) once for this run and returns its exports. */
  #run(file: string, spec: string): unknown {
    if (this.#mocks.has(file)) return this.#mocks.get(file)
    const loaded = this.#modules.get(file)
    if (loaded) return loaded.exports // a cycle gets the exports as they are so far, as in CommonJS
    const abs = join(this.root, file)
    const found = this.#found.get(abs)
    if (found) this.#found.delete(abs)
    const app = file.startsWith('../') ? undefined : compileAppFile(abs, found ?? find(abs))
    if (!app) throw notDefined(file, spec)
    const { body, compiled } = app
    const module: AppModule = { exports: {}, id: file, loaded: false }
    this.#modules.set(file, module)
    const pkg = packageOf(this.#options.appJson, file)
    if (pkg) this.#packages.add(pkg)
    try {
      const require = this.#requireFor(file)
      body.call(module.exports, module.exports, compiled ? this.#importFor(file) : require, module, require)
    } catch (error) {
      this.#modules.delete(file)
      throw error
    }
    module.loaded = true
    return module.exports
  }

  /**
   * A sync require across packages: "除了非独立分包可以依赖主包外，分包之间不能互相使用自定义组件或进行 require"
   * (subpackages/async.html, H): a subpackage not injected yet has no modules, so its file is "not defined";
   * an independent subpackage reaches nothing outside itself.
   */
  #reachable(file: string, from: string, spec: string): void {
    const { appJson } = this.#options
    const target = packageOf(appJson, file)
    const own = packageOf(appJson, from)
    if (this.#mocks.has(file) || target === own) return
    // "独立分包…不能依赖主包和其他分包中的内容，包括 js 文件" (framework/subpackages/independent.html, H).
    if (own && isIndependent(appJson, from)) throw notDefined(file, spec)
    if (!target || this.#packages.has(target)) return
    throw notDefined(file, spec)
  }

  #requireFor(from: string): ClientRequire {
    const require: ClientRequire = (spec, onLoad, onError) => {
      // "需要引入其他分包的模块的时候，可以通过配置 callback 回调函数来异步获取指定模块" (require doc, H).
      if (typeof onLoad === 'function') {
        this.#async(spec, from).then(
          (mod) => this.#callBack(onLoad, mod, from),
          (error: unknown) => (typeof onError === 'function' ? this.#callBack(onError, error, from) : undefined),
        )
        return undefined
      }
      const path = String(spec)
      const file = resolveRequest(this.root, { spec: path, from, aliases: this.#aliases })
      this.#reachable(file, from, path)
      return this.#run(file, path)
    }
    // defineProperty with assignment's attributes, not `require.async = …`: assigning a closure to a new property
    // of a function kept each runtime's loader (and so the runtime) alive through scavenges until a full GC,
    // ~8 KB promoted per runtime that ran an app file (issue 14, measured with .bench promo: 8.5 KB → 0.4 KB).
    if (this.#hasRequireAsync) {
      Object.defineProperty(require, 'async', { value: (spec: unknown) => this.#async(spec, from), writable: true, enumerable: true, configurable: true })
    }
    return require
  }

  /** `import` compiled to a require: the same rules, without resolveAlias (the app.json doc: require only). */
  #importFor(from: string): (spec: string) => unknown {
    return (spec) => {
      const file = resolveRequest(this.root, { spec, from, aliases: [] })
      this.#reachable(file, from, spec)
      return this.#run(file, spec)
    }
  }

  /**
   * require.async(path) (subpackages/async.html "跨分包 JS 代码引用", 2.11.2, H): a Promise of the module, the
   * subpackage downloaded and injected first; it rejects with `{ mod, errMsg }` (the doc's
   * `.catch(({ mod, errMsg }) => …)`). The errMsg of a missing module is the require error's text (L).
   */
  #async(spec: unknown, from: string): Promise<unknown> {
    const path = String(spec)
    return new Promise((resolve, reject) => {
      later(() => {
        try {
          const file = resolveRequest(this.root, { spec: path, from, aliases: this.#aliases })
          resolve(this.#withGlobals(() => this.#run(file, path)))
        } catch (error) {
          reject({ mod: path, errMsg: error instanceof Error ? error.message : String(error) })
        }
      })
    })
  }

  #callBack(fn: Function, value: unknown, from: string): void {
    try {
      ;(fn as (value: unknown) => unknown)(value)
    } catch (error) {
      this.#options.report(error, `${from} require callback`)
    }
  }

  /** Runs `fn` with this runtime's globals on globalThis (modules/globals.ts); a nested load runs inside the outer one's. */
  #withGlobals<T>(fn: () => T): T {
    if (this.#depth > 0) return fn()
    const restore = swapInGlobals(this.#options.globals())
    this.#depth++
    try {
      return fn()
    } finally {
      this.#depth--
      restore()
    }
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype && Object.isExtensible(value)
