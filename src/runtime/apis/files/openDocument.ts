// https://developers.weixin.qq.com/miniprogram/dev/api/file/wx.openDocument.html
// "新开页面打开文档": filePath (a local path, "可通过 downloadFile 获得"), fileType doc/docx/xls/xlsx/ppt/pptx/pdf (1.4.0),
// showMenu (2.11.0) (doc, H). What opened is readable as `rt.files.openedDocuments`. A missing file: "file not exist"
// (M); a type outside the list: "filetype not supported" (L).
import { stateOf, type RuntimeCore } from '../../core.ts'
import { failure, ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { lookup } from './fs-tree.ts'

const FILE_TYPES = ['doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'pdf'] as const

export interface OpenedDocument {
  readonly filePath: string
  readonly fileType: string
  readonly showMenu: boolean
  readonly at: number
}
export const openedDocuments = (core: RuntimeCore): OpenedDocument[] => stateOf(core, 'files.openedDocuments', () => [] as OpenedDocument[])

export const openDocument = defineAsyncApi({
  name: 'openDocument',
  params: { filePath: 'String!', fileType: 'String', showMenu: 'Boolean' },
  run(ctx, o) {
    if (lookup(ctx, o.filePath)?.kind !== 'file') return failure('file not exist')
    // Without fileType the client goes by the file's extension (M).
    const fileType = o.fileType ?? /\.([A-Za-z]+)$/.exec(o.filePath)?.[1]?.toLowerCase() ?? ''
    if (!(FILE_TYPES as readonly string[]).includes(fileType)) return failure('filetype not supported')
    const opened = { filePath: o.filePath, fileType, showMenu: o.showMenu === true, at: ctx.clock.now() }
    openedDocuments(ctx).push(opened)
    ctx.trace.record({ type: 'device', change: 'openDocument', value: opened })
    return ok({})
  },
})
