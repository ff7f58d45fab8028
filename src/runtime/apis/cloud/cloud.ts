// https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/init/client.init.html
// wx.cloud (base library 2.2.3): the mini program side of 云开发. A property of wx, made once per runtime.
// init({ env, traceUser }): "env: 默认环境配置，传入字符串形式的环境 ID 可以指定所有服务的默认环境，传入对象可以分别
//指定各个服务的默认环境"; without env the default environment is used (H). Every other cloud API called before
// init fails errCode -1 "Cloud API isn't enabled, please call wx.cloud.init first" (cloud-call.ts, H).
// Modelled: init, callFunction, uploadFile, downloadFile, getTempFileURL, deleteFile, CloudID; the rest is inert
// (unsimulated.ts).
import type { RuntimeCore } from '../../core.ts'
import { defineProperty } from '../../facade/define-api.ts'
import { compareVersion } from '../../versions/compare-version.ts'
import { traceCall } from '../../facade/invoke.ts'
import { callFunction } from './callFunction.ts'
import { invokeCloud, type CloudMethod } from './cloud-call.ts'
import { CloudIDConstructor } from './cloud-id.ts'
import { cloudStateOf, defaultEnvOf } from './cloud-state.ts'
import { deleteFile, downloadFile, getTempFileURL, uploadFile } from './storage-apis.ts'
import { inertCall, inertChain, unsimulatedCloud } from './unsimulated.ts'

type WxCloudObject = WechatMiniprogram.Wx['cloud']

function init(core: RuntimeCore, config?: { env?: unknown; traceUser?: unknown }): void {
  traceCall(core, 'cloud.init', config)
  const state = cloudStateOf(core)
  const env = config?.env
  // An object names an env per service; functions and storage are what fake-wx models (the functions env wins).
  const chosen =
    typeof env === 'string' ? env : typeof env === 'object' && env !== null ? ((env as { functions?: string; storage?: string }).functions ?? (env as { storage?: string }).storage) : undefined
  state.env = chosen ?? defaultEnvOf(core)
  state.traceUser = config?.traceUser === true
}

const method =
  <O extends object>(core: RuntimeCore, def: CloudMethod<O>) =>
  (options?: unknown) =>
    invokeCloud(core, def, options)

/** Inert upload/download tasks for the callback form (the typings return an UploadTask / DownloadTask). */
const inertTask = () => ({ abort() {}, onProgressUpdate() {}, offProgressUpdate() {}, onHeadersReceived() {}, offHeadersReceived() {} })

function createCloud(core: RuntimeCore): WxCloudObject {
  const unsimulated =
    (member: string, make: (...args: unknown[]) => unknown) =>
    (...args: unknown[]) => {
      unsimulatedCloud(core, `cloud.${member}`)
      return make(...args)
    }
  const withTask = (fn: (o?: unknown) => unknown) => (options?: unknown) => fn(options) ?? inertTask()
  const cloud = {
    init: (config?: { env?: unknown; traceUser?: unknown }) => init(core, config),
    callFunction: method(core, callFunction),
    uploadFile: withTask(method(core, uploadFile)),
    downloadFile: withTask(method(core, downloadFile)),
    getTempFileURL: method(core, getTempFileURL),
    deleteFile: method(core, deleteFile),
    CloudID: CloudIDConstructor(),
    CDN: unsimulated('CDN', (target) => ({ target })),
    database: unsimulated('database', () => inertChain(core)),
    callContainer: unsimulated('callContainer', (o) => inertCall({ errMsg: 'cloud.callContainer:ok', data: null, statusCode: 200, header: {}, callID: '' }, o)),
    connectContainer: unsimulated('connectContainer', (o) => inertCall({ errMsg: 'cloud.connectContainer:ok', socketTask: inertChain(core, 'socketTask') }, o)),
    Cloud: unsimulated('Cloud', () => inertChain(core, 'Cloud')),
  }
  let extend: unknown
  let services: unknown
  Object.defineProperties(cloud, {
    extend: { enumerable: true, configurable: true, get: () => (unsimulatedCloud(core, 'cloud.extend'), (extend ??= inertChain(core, 'extend'))) },
    services: { enumerable: true, configurable: true, get: () => (unsimulatedCloud(core, 'cloud.services'), (services ??= inertChain(core, 'services'))) },
  })
  return cloud as unknown as WxCloudObject
}

/**
 * wx.cloud needs base library 2.2.3 ("请使用 2.2.3 或以上的基础库以使用云能力", the quick-start app's check, H), CloudID 2.7.0
 * (Cloud.CloudID doc, H). The typings carry no version for them, so the table in versions/ does not list them: on an
 * older base library `wx.cloud` reads undefined, which is what that check tests.
 */
export const CLOUD_SINCE = '2.2.3'
export const CLOUD_ID_SINCE = '2.7.0'

export const cloud = defineProperty({
  name: 'cloud',
  create: (core) => {
    if (compareVersion(core.config.SDKVersion, CLOUD_SINCE) < 0) return undefined as unknown as WxCloudObject
    const made = createCloud(core)
    if (compareVersion(core.config.SDKVersion, CLOUD_ID_SINCE) < 0) delete (made as unknown as { CloudID?: unknown }).CloudID
    return made
  },
})
