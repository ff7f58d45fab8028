// https://developers.weixin.qq.com/miniprogram/dev/api/file/wx.getFileSystemManager.html
// "获取全局唯一的文件管理器" (doc, H): the same FileSystemManager every call, per runtime. Its asynchronous methods have
// callbacks only ("以 Promise 风格 调用：不支持", each method's doc page, H) and answer as `<method>:ok` /
// `<method>:fail <reason>` with `errCode` (e.g. "copyFile:fail no such file or directory, copyFile …", community
// report; FileError typings; M). A Sync form that fails throws an Error whose message is `<method>Sync:fail <reason>`
// (e.g. "readFileSync:fail no such file or directory, open …", "accessSync:fail no such file or directory …", app code
// and bug reports; M) — not an AppServiceSdkKnownError (no "APP-SERVICE-SDK:" prefix found for the fs methods).
import { stateOf, type RuntimeCore } from '../../core.ts'
import { FakeWxError } from '../../errors/fake-wx-error.ts'
import { errMsgOf } from '../../errors/wx-error.ts'
import { defineMethod, defineSyncApi, type MethodDef } from '../../facade/define-api.ts'
import { invokeMethod, traceCall } from '../../facade/invoke.ts'
import { checkParams } from '../../facade/params.ts'
import { FS_METHODS, type FsMethod } from './fs-methods.ts'

/** What a failing Sync method throws: an Error with the client's errMsg as its message, and the doc's errCode. */
export class FileSystemSyncError extends Error {
  readonly errCode: number | undefined
  constructor(errMsg: string, errCode: number | undefined) {
    super(errMsg)
    this.errCode = errCode
  }
}

const methodDefs = new Map<string, MethodDef>()
function methodDef(name: string, m: FsMethod): MethodDef {
  let def = methodDefs.get(name)
  if (!def) {
    def = defineMethod<Record<string, unknown>>({ name: `FileSystemManager.${name}`, errMsgApi: name, params: m.params, run: (ctx, o) => m.run(ctx, o) })
    methodDefs.set(name, def)
  }
  return def
}

function runSync(core: RuntimeCore, name: string, m: FsMethod, args: unknown[]): unknown {
  const sync = m.sync!
  const api = `${name}Sync`
  const id = traceCall(core, `FileSystemManager.${api}`, args.length <= 1 ? args[0] : args)
  const options = sync.objectArg ? { ...((args[0] ?? {}) as Record<string, unknown>) } : Object.fromEntries(sync.args.map((k, i) => [k, args[i]]))
  for (const k of Object.keys(options)) if (options[k] === undefined) delete options[k]
  const outcome = checkParams(m.params, options) ?? m.run(core, options)
  if (!outcome.ok) {
    const errMsg = errMsgOf(api, outcome.reason)
    core.trace.record({ type: 'result', id, api: `FileSystemManager.${api}`, ok: false, result: { errMsg } })
    throw new FileSystemSyncError(errMsg, (outcome.extra as { errCode?: number } | undefined)?.errCode)
  }
  core.trace.record({ type: 'result', id, api: `FileSystemManager.${api}`, ok: true, result: outcome.data })
  if (sync.returns === '*') return outcome.data
  return sync.returns ? (outcome.data as Record<string, unknown>)[sync.returns] : undefined
}

function createManager(core: RuntimeCore): WechatMiniprogram.FileSystemManager {
  const manager: Record<string, (...args: unknown[]) => unknown> = {}
  for (const [name, m] of Object.entries(FS_METHODS)) {
    manager[name] = (options?: unknown) => invokeMethod(core, methodDef(name, m), options)
    if (m.sync) manager[`${name}Sync`] = (...args: unknown[]) => runSync(core, name, m, args)
  }
  // zip and compressed-file methods are not simulated: say so instead of answering as the client never would.
  for (const name of ['unzip', 'readZipEntry', 'readCompressedFile', 'readCompressedFileSync']) {
    manager[name] = () => {
      throw new FakeWxError(`FileSystemManager.${name} is not simulated by fake-wx yet; use the path-based methods (readFile, writeFile …) or rt.override.`)
    }
  }
  return manager as unknown as WechatMiniprogram.FileSystemManager
}

export const getFileSystemManager = defineSyncApi({
  name: 'getFileSystemManager',
  run: (ctx) => stateOf(ctx, 'files.manager', () => createManager(ctx)),
})
