// App code: a util that caches a downloaded poster into `${wx.env.USER_DATA_PATH}/cache/poster.png`.
import { http, HttpResponse } from 'msw'
import { expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'
import { useServer } from '../../support/msw.ts'

const CDN = 'https://cdn.example.com'
const server = useServer()
const PNG = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10])

type Wx = WechatMiniprogram.Wx
/** The util as a mini program writes it: promisified fs calls, mkdir recursive, writeFile, access, readFile. */
function posterCache(wx: Pick<Wx, 'getFileSystemManager' | 'downloadFile' | 'env'>) {
  const fs = wx.getFileSystemManager()
  const dir = `${wx.env.USER_DATA_PATH}/cache`
  const file = `${dir}/poster.png`
  const call = <T,>(fn: (cbs: { success: (r: T) => void; fail: (e: unknown) => void }) => void) =>
    new Promise<T>((resolve, reject) => fn({ success: resolve, fail: reject }))
  return {
    file,
    async cached(): Promise<boolean> {
      return call((cbs) => fs.access({ path: file, ...cbs })).then(() => true, () => false)
    },
    async fetch(url: string): Promise<string> {
      if (await this.cached()) return file
      const { tempFilePath } = await call<WechatMiniprogram.DownloadFileSuccessCallbackResult>((cbs) => wx.downloadFile({ url, ...cbs }))
      try {
        fs.mkdirSync(dir, true)
      } catch {
        /* already there */
      }
      const data = await call<WechatMiniprogram.ReadFileSuccessCallbackResult>((cbs) => fs.readFile({ filePath: tempFilePath, ...cbs }))
      await call((cbs) => fs.writeFile({ filePath: file, data: data.data, ...cbs }))
      return file
    },
    async base64(): Promise<string> {
      const r = await call<WechatMiniprogram.ReadFileSuccessCallbackResult>((cbs) => fs.readFile({ filePath: file, encoding: 'base64', ...cbs }))
      return r.data as string
    },
  }
}

test('a downloaded poster is cached under USER_DATA_PATH/cache and read back (file-system guide: 本地用户文件 可读写)', async () => {
  let downloads = 0
  server.use(http.get(`${CDN}/poster.png`, () => (downloads++, new HttpResponse(PNG))))
  const rt = createRuntime({ domains: { downloadFile: [CDN] } })
  const cache = posterCache(rt.wx)
  expect(await cache.cached()).toBe(false)
  expect(await cache.fetch(`${CDN}/poster.png`)).toBe('wxfile://usr/cache/poster.png')
  expect(await cache.cached()).toBe(true)
  expect([...rt.files.read('wxfile://usr/cache/poster.png')!]).toEqual([...PNG])
  expect(await cache.base64()).toBe(Buffer.from(PNG).toString('base64'))
  await cache.fetch(`${CDN}/poster.png`)
  expect(downloads).toBe(1)
})

test('in DevTools the cache lives under http://usr (wx.env.USER_DATA_PATH)', async () => {
  server.use(http.get(`${CDN}/poster.png`, () => new HttpResponse(PNG)))
  const rt = createRuntime({ platform: 'devtools', domains: { downloadFile: [CDN] } })
  expect(await posterCache(rt.wx).fetch(`${CDN}/poster.png`)).toBe('http://usr/cache/poster.png')
  expect(rt.files.read('http://usr/cache/poster.png')?.byteLength).toBe(PNG.byteLength)
})

test('writing the poster without making cache/ first fails "no such file or directory, open …" (writeFile doc)', async () => {
  const rt = createRuntime()
  const fs = rt.wx.getFileSystemManager()
  const err = await new Promise((resolve) => fs.writeFile({ filePath: `${rt.wx.env.USER_DATA_PATH}/cache/poster.png`, data: 'x', fail: resolve }))
  expect(err).toEqual({ errMsg: 'writeFile:fail no such file or directory, open wxfile://usr/cache/poster.png', errCode: 1300002 })
})
