// Cloud storage (云存储) of one runtime: files by fileID `cloud://<env>.<bucket>/<cloudPath>`, where the bucket is
// `<hex of the env's first two letters>-<env>-<account number>` and the public domain `<bucket>.tcb.qcloud.la`
// (a logged result: "cloud://demo-5c0mj.6465-demo-5c0mj-1259068995/steps_attachments/….png"; M).
import { createHash } from 'node:crypto'
import type { RuntimeCore } from '../../core.ts'
import { filesOf } from '../../device/files.ts'
import { tempFile } from '../../device/temp-files.ts'
import { FakeWxError } from '../../errors/fake-wx-error.ts'
import { cloudStateOf, defaultEnvOf, type CloudFile } from './cloud-state.ts'

export function bucketOf(core: RuntimeCore, env: string): string {
  const account = 1250000000 + (parseInt(createHash('md5').update(`${core.config.appid} ${env}`).digest('hex').slice(0, 8), 16) % 10_000_000)
  return `${Buffer.from(env.slice(0, 2)).toString('hex')}-${env}-${account}`
}

export const fileIdOf = (core: RuntimeCore, env: string, cloudPath: string): string => `cloud://${env}.${bucketOf(core, env)}/${cloudPath}`

/** `https://<bucket>.tcb.qcloud.la/<cloudPath>` for a fileID of this runtime, or undefined. */
export function tempUrlOf(core: RuntimeCore, fileID: string): string | undefined {
  const m = /^cloud:\/\/([^./]+)\.([^/]+)\/(.+)$/.exec(fileID)
  return m ? `https://${m[2]}.tcb.qcloud.la/${m[3]}` : undefined
}

export function storeCloudFile(core: RuntimeCore, env: string, cloudPath: string, bytes: Uint8Array): CloudFile {
  const file: CloudFile = { fileID: fileIdOf(core, env, cloudPath), cloudPath, bytes, uploadedAt: core.clock.now() }
  cloudStateOf(core).files.set(file.fileID, file)
  return file
}

/** A local file's bytes: one the test wrote (rt.files.write), one a download saved, or a temp file a capture left. */
export function localBytes(core: RuntimeCore, path: string): Uint8Array | undefined {
  const bytes = filesOf(core).read(path)
  if (bytes) return bytes
  const temp = tempFile(core, path)
  return temp && new Uint8Array(temp.size)
}

/** `rt.cloud.files`: what is in cloud storage, and a way to put a file there before the app runs. */
export interface CloudFilesHandle {
  /** A copy of the bytes of the file with this fileID, or undefined. */
  read(fileID: string): Uint8Array | undefined
  /** Puts a file at `cloudPath` (in `env`, default: the default environment) and returns its fileID. */
  write(cloudPath: string, data: string | Uint8Array, env?: string): string
  /** Every fileID in cloud storage. */
  list(): string[]
}

export function cloudFilesHandle(core: RuntimeCore): CloudFilesHandle {
  return {
    read: (fileID) => cloudStateOf(core).files.get(fileID)?.bytes.slice(),
    write: (cloudPath, data, env) => {
      if (typeof cloudPath !== 'string' || cloudPath === '') throw new FakeWxError('rt.cloud.files.write needs a cloudPath, e.g. "avatars/a.png".')
      const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data.slice()
      return storeCloudFile(core, env ?? cloudStateOf(core).env ?? defaultEnvOf(core), cloudPath, bytes).fileID
    },
    list: () => [...cloudStateOf(core).files.keys()],
  }
}
