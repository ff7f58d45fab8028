// https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.getImageInfo.html
// "获取图片信息。网络图片需先配置 download 域名才能生效" (doc, H); src "支持网络路径、本地路径、代码包路径" (typings, H).
// The base library downloads an http(s) src with downloadFile first, then reads the file, and sets `path` to
// the file it read (the downloaded temp file, or src itself); a failed download is
// "getImageInfo:fail download image fail" (reconstructed base library WAService getImageInfo, M).
// width/height/type/orientation come from the image's own bytes (image-header.ts).
// Code package paths ('/images/a.png') are read from the file store too: stage them with rt.files.write (L).
// DevTools' local paths are http URLs (`http://tmp/…`, `http://store/…`, `http://usr/…`, files/fs-tree.ts): they are
// local files there, not downloads.
import type { ApiContext } from '../../core.ts'
import { FakeWxError } from '../../errors/fake-wx-error.ts'
import { failure, ok, type Outcome } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { FILE_NOT_FOUND } from '../album/album-file.ts'
import { zoneOf } from '../files/fs-tree.ts'
import { checkDomain } from '../network/domains.ts'
import { readImageHeader } from './image-header.ts'
import { readLocal, writeTemp } from './media-files.ts'

const DOWNLOAD_FAILED = 'download image fail'
/** Bytes that are no image: "getImageInfo:fail invalid" (seen in a public polyfill of the API; L). */
const NOT_AN_IMAGE = 'invalid'

export const getImageInfo = defineAsyncApi({
  name: 'getImageInfo',
  params: { src: 'String!' },
  async run(ctx, { src }) {
    const network = /^https?:\/\//i.test(src) && !(ctx.config.platform === 'devtools' && zoneOf(ctx, src) !== 'package')
    const file = network ? await download(ctx, src) : local(ctx, src)
    if (!file.ok) return file
    const header = readImageHeader(file.data.bytes)
    if (!header) return failure(NOT_AN_IMAGE)
    return ok({ width: header.width, height: header.height, type: header.type, orientation: header.orientation, path: file.data.path })
  },
})

function local(ctx: ApiContext, path: string): Outcome<{ path: string; bytes: Uint8Array }> {
  const bytes = readLocal(ctx, path)
  return bytes ? ok({ path, bytes }) : failure(FILE_NOT_FOUND)
}

/** downloadFile's rules (the downloadFile domain list), fetch looked up at call time as apis/network does. */
async function download(ctx: ApiContext, url: string): Promise<Outcome<{ path: string; bytes: Uint8Array }>> {
  if (checkDomain(ctx, 'downloadFile', url)) return failure(DOWNLOAD_FAILED)
  const fetchNow = globalThis.fetch
  if (typeof fetchNow !== 'function') throw new FakeWxError('wx.getImageInfo needs globalThis.fetch (Node 18+) for a network image, and there is none.')
  try {
    const response = await fetchNow(url)
    if (response.status !== 200 && response.status !== 304) return failure(DOWNLOAD_FAILED)
    const bytes = new Uint8Array(await response.arrayBuffer())
    const name = url.split(/[?#]/, 1)[0] ?? ''
    const ext = /\.([A-Za-z0-9]{1,8})$/.exec(name.slice(name.lastIndexOf('/') + 1))?.[1]?.toLowerCase() ?? 'png'
    return ok({ path: writeTemp(ctx, ext, bytes), bytes })
  } catch {
    return failure(DOWNLOAD_FAILED)
  }
}
