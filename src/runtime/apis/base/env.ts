// https://developers.weixin.qq.com/miniprogram/dev/api/base/wx.env.html
// wx.env: environment variables. `USER_DATA_PATH` — "文件系统中的用户目录路径 (本地路径)".
// The file-system guide (framework/ability/file-system.html) shows the local user directory as `wxfile://usr` on
// phones and `http://usr` in DevTools, the same split as temporary paths (`wxfile://tmp_…` / `http://tmp/…`,
// device/files.ts) (M: the doc page shows no value; the guide and public code that logs it do).
import { defineProperty } from '../../facade/define-api.ts'

export const USER_DATA_PATH = { phone: 'wxfile://usr', devtools: 'http://usr' } as const

export const env = defineProperty({
  name: 'env',
  create: (core) => Object.freeze({ USER_DATA_PATH: core.config.platform === 'devtools' ? USER_DATA_PATH.devtools : USER_DATA_PATH.phone }),
})
