import { describe, expect, test } from 'vitest'
import { createRuntime, type Runtime } from '../../../src/index.ts'

type Fs = WechatMiniprogram.FileSystemManager
const USR = 'wxfile://usr'

/** Calls an async FileSystemManager method with callbacks (they have no Promise form) and reports what the app saw. */
function call<T = object>(fn: (cbs: { success: (r: T) => void; fail: (e: unknown) => void }) => void): Promise<{ ok: true; res: T } | { ok: false; err: unknown }> {
  return new Promise((resolve) => fn({ success: (res) => resolve({ ok: true, res }), fail: (err) => resolve({ ok: false, err }) }))
}
const setup = (): { rt: Runtime; fs: Fs } => {
  const rt = createRuntime()
  return { rt, fs: rt.wx.getFileSystemManager() }
}
/** What a Sync method threw. */
function thrown(fn: () => unknown): Error & { errCode?: number } {
  try {
    fn()
  } catch (e) {
    return e as Error & { errCode?: number }
  }
  throw new Error('did not throw')
}

describe('wx.getFileSystemManager (api/file/wx.getFileSystemManager.html)', () => {
  test('returns the one global file manager ("全局唯一")', () => {
    const { rt, fs } = setup()
    expect(rt.wx.getFileSystemManager()).toBe(fs)
  })

  test('async methods answer "<method>:ok" and have no Promise form', async () => {
    const { fs } = setup()
    expect(await call((cbs) => fs.writeFile({ filePath: `${USR}/a.txt`, data: 'hi', ...cbs }))).toEqual({ ok: true, res: { errMsg: 'writeFile:ok' } })
    expect((fs.access as (o: object) => unknown)({ path: `${USR}/a.txt` })).toBeUndefined()
  })
})

describe('readFile / writeFile / appendFile', () => {
  test('readFile without encoding gives an ArrayBuffer; with utf8 / hex / base64 a string', async () => {
    const { fs } = setup()
    fs.writeFileSync(`${USR}/a.txt`, 'héllo', 'utf8')
    const raw = await call<WechatMiniprogram.ReadFileSuccessCallbackResult>((cbs) => fs.readFile({ filePath: `${USR}/a.txt`, ...cbs }))
    expect(raw.ok && raw.res.data instanceof ArrayBuffer).toBe(true)
    expect(fs.readFileSync(`${USR}/a.txt`, 'utf8')).toBe('héllo')
    expect(fs.readFileSync(`${USR}/a.txt`, 'hex')).toBe(Buffer.from('héllo').toString('hex'))
    expect(fs.readFileSync(`${USR}/a.txt`, 'base64')).toBe(Buffer.from('héllo').toString('base64'))
  })

  test('writeFile with encoding base64 stores the decoded bytes; a Data URI fails "base64 encode error" (writeFile doc)', async () => {
    const { rt, fs } = setup()
    fs.writeFileSync(`${USR}/p.bin`, 'AQID', 'base64')
    expect([...rt.files.read(`${USR}/p.bin`)!]).toEqual([1, 2, 3])
    const r = await call((cbs) => fs.writeFile({ filePath: `${USR}/q.bin`, data: 'data:image/png;base64,AQID', encoding: 'base64', ...cbs }))
    expect(r).toEqual({ ok: false, err: { errMsg: 'writeFile:fail base64 encode error', errCode: 1300203 } })
  })

  test('readFile position/length read [position, position+length); out of range fails (2.10.0, FileError 1301009/1301006)', async () => {
    const { fs } = setup()
    fs.writeFileSync(`${USR}/n.txt`, '0123456789')
    expect(fs.readFileSync(`${USR}/n.txt`, 'utf8', 2, 3)).toBe('234')
    expect(await call((cbs) => fs.readFile({ filePath: `${USR}/n.txt`, position: 10, ...cbs }))).toEqual({
      ok: false,
      err: { errMsg: 'readFile:fail value of position is out of range', errCode: 1301009 },
    })
    expect(await call((cbs) => fs.readFile({ filePath: `${USR}/n.txt`, position: 8, length: 3, ...cbs }))).toEqual({
      ok: false,
      err: { errMsg: 'readFile:fail value of length is out of range', errCode: 1301006 },
    })
  })

  test('readFile of a missing file fails "no such file or directory, open ${filePath}" (readFile doc)', async () => {
    const { fs } = setup()
    expect(await call((cbs) => fs.readFile({ filePath: `${USR}/none.json`, ...cbs }))).toEqual({
      ok: false,
      err: { errMsg: 'readFile:fail no such file or directory, open wxfile://usr/none.json', errCode: 1300002 },
    })
  })

  test('readFileSync throws an Error whose message is "readFileSync:fail …"', () => {
    const { fs } = setup()
    const e = thrown(() => fs.readFileSync(`${USR}/none.json`, 'utf8'))
    expect(e).toBeInstanceOf(Error)
    expect(e.message).toBe('readFileSync:fail no such file or directory, open wxfile://usr/none.json')
    expect(e.errCode).toBe(1300002)
  })

  test('writing outside USER_DATA_PATH fails "permission denied, open …" (temp files are read-only: file-system guide)', async () => {
    const { rt, fs } = setup()
    rt.files.write('wxfile://tmp_0001.png', 'png')
    expect(await call((cbs) => fs.writeFile({ filePath: 'wxfile://tmp_0001.png', data: 'x', ...cbs }))).toEqual({
      ok: false,
      err: { errMsg: 'writeFile:fail permission denied, open wxfile://tmp_0001.png', errCode: 1300013 },
    })
    expect(fs.readFileSync('wxfile://tmp_0001.png', 'utf8')).toBe('png')
    expect(thrown(() => fs.writeFileSync('/pages/index/data.json', '{}')).message).toBe('writeFileSync:fail permission denied, open /pages/index/data.json')
  })

  test('appendFile adds to an existing file; a missing file fails "no such file or directory, open …" (appendFile doc)', async () => {
    const { fs } = setup()
    fs.writeFileSync(`${USR}/log.txt`, 'a')
    fs.appendFileSync(`${USR}/log.txt`, 'b')
    expect(await call((cbs) => fs.appendFile({ filePath: `${USR}/log.txt`, data: 'c', ...cbs }))).toMatchObject({ ok: true })
    expect(fs.readFileSync(`${USR}/log.txt`, 'utf8')).toBe('abc')
    expect(thrown(() => fs.appendFileSync(`${USR}/none.txt`, 'x')).message).toBe('appendFileSync:fail no such file or directory, open wxfile://usr/none.txt')
  })

  test('data must be a string or an ArrayBuffer: the client parameter error', async () => {
    const { fs } = setup()
    const r = await call((cbs) => fs.writeFile({ filePath: `${USR}/a`, data: 42 as unknown as string, ...cbs }))
    expect(r).toMatchObject({ ok: false, err: { errMsg: 'writeFile:fail parameter error: parameter.data should be String or ArrayBuffer instead of Number;' } })
  })

  test('user files and saved files share a 200 MB budget: "the maximum size of the file storage limit is exceeded" (guide, 1300202)', async () => {
    const { rt, fs } = setup()
    expect(rt.files.storageLimit).toBe(200 * 1024 * 1024)
    rt.files.storageLimit = 100 // the same rule on a small budget
    rt.files.write('wxfile://tmp_big.bin', new Uint8Array(30))
    fs.saveFileSync('wxfile://tmp_big.bin')
    fs.writeFileSync(`${USR}/a.bin`, new ArrayBuffer(40))
    fs.writeFileSync(`${USR}/a.bin`, new ArrayBuffer(40)) // replacing a file does not count it twice
    fs.writeFileSync(`${USR}/b.bin`, new ArrayBuffer(29))
    expect(await call((cbs) => fs.writeFile({ filePath: `${USR}/c.bin`, data: new ArrayBuffer(2), ...cbs }))).toEqual({
      ok: false,
      err: { errMsg: 'writeFile:fail the maximum size of the file storage limit is exceeded', errCode: 1300202 },
    })
  })
})

describe('directories: mkdir / rmdir / readdir / stat', () => {
  test('mkdir needs its parent unless recursive (2.3.0): "no such file or directory ${dirPath}" (mkdir doc)', async () => {
    const { fs } = setup()
    expect(await call((cbs) => fs.mkdir({ dirPath: `${USR}/a/b`, ...cbs }))).toEqual({
      ok: false,
      err: { errMsg: 'mkdir:fail no such file or directory wxfile://usr/a/b', errCode: 1300002 },
    })
    fs.mkdirSync(`${USR}/a/b/c`, true)
    expect(fs.readdirSync(`${USR}/a/b`)).toEqual(['c'])
  })

  test('mkdir of an existing directory fails "file already exists ${dirPath}" (mkdir doc)', () => {
    const { fs } = setup()
    fs.mkdirSync(`${USR}/cache`)
    expect(thrown(() => fs.mkdirSync(`${USR}/cache`)).message).toBe('mkdirSync:fail file already exists wxfile://usr/cache')
  })

  test('rmdir of a non-empty directory fails "directory not empty" unless recursive', async () => {
    const { fs } = setup()
    fs.mkdirSync(`${USR}/d`)
    fs.writeFileSync(`${USR}/d/f.txt`, 'x')
    expect(await call((cbs) => fs.rmdir({ dirPath: `${USR}/d`, ...cbs }))).toEqual({ ok: false, err: { errMsg: 'rmdir:fail directory not empty', errCode: 1300066 } })
    fs.rmdirSync(`${USR}/d`, true)
    expect(thrown(() => fs.accessSync(`${USR}/d/f.txt`)).message).toBe('accessSync:fail no such file or directory wxfile://usr/d/f.txt')
  })

  test('readdir lists names; a file fails "not a directory"; the root wxfile:// is refused (readdir doc)', async () => {
    const { fs } = setup()
    fs.writeFileSync(`${USR}/b.txt`, '')
    fs.mkdirSync(`${USR}/a`)
    expect(await call((cbs) => fs.readdir({ dirPath: USR, ...cbs }))).toEqual({ ok: true, res: { errMsg: 'readdir:ok', files: ['a', 'b.txt'] } })
    expect(thrown(() => fs.readdirSync(`${USR}/b.txt`)).message).toBe('readdirSync:fail not a directory wxfile://usr/b.txt')
    expect(thrown(() => fs.readdirSync('wxfile://')).message).toBe('readdirSync:fail permission denied, open wxfile://')
  })

  test('stat: Stats with isFile/isDirectory, size, lastModifiedTime in seconds of the runtime clock', () => {
    const { rt, fs } = setup()
    rt.clock.advance(5000)
    fs.writeFileSync(`${USR}/s.txt`, 'abc')
    const stats = fs.statSync(`${USR}/s.txt`) as WechatMiniprogram.Stats
    expect([stats.isFile(), stats.isDirectory(), stats.size]).toEqual([true, false, 3])
    expect(stats.lastModifiedTime).toBe(Math.floor(rt.clock.now() / 1000))
    expect((fs.statSync(USR) as WechatMiniprogram.Stats).isDirectory()).toBe(true)
  })

  test('stat recursive on a directory: an Array of { path, stats }', async () => {
    const { fs } = setup()
    fs.mkdirSync(`${USR}/r/sub`, true)
    fs.writeFileSync(`${USR}/r/sub/x.txt`, 'x')
    const r = await call<WechatMiniprogram.StatSuccessCallbackResult>((cbs) => fs.stat({ path: `${USR}/r`, recursive: true, ...cbs }))
    if (!r.ok) throw new Error('stat failed')
    expect((r.res.stats as WechatMiniprogram.FileStats[]).map((s) => [s.path, s.stats.isDirectory()])).toEqual([['/', true], ['/sub', true], ['/sub/x.txt', false]])
  })
})

describe('copyFile / rename / unlink / truncate / getFileInfo', () => {
  test('copyFile copies a temporary file into the user directory; a missing source fails with both paths (copyFile doc)', async () => {
    const { rt, fs } = setup()
    rt.files.write('wxfile://tmp_1.jpg', 'jpeg')
    fs.copyFileSync('wxfile://tmp_1.jpg', `${USR}/1.jpg`)
    expect(fs.readFileSync(`${USR}/1.jpg`, 'utf8')).toBe('jpeg')
    expect(await call((cbs) => fs.copyFile({ srcPath: `${USR}/none`, destPath: `${USR}/x`, ...cbs }))).toEqual({
      ok: false,
      err: { errMsg: 'copyFile:fail no such file or directory, copyFile wxfile://usr/none -> wxfile://usr/x', errCode: 1300002 },
    })
    expect(thrown(() => fs.copyFileSync(`${USR}/1.jpg`, 'wxfile://tmp_2.jpg')).message).toBe(
      'copyFileSync:fail permission denied, copyFile wxfile://usr/1.jpg -> wxfile://tmp_2.jpg',
    )
  })

  test('rename moves a file; the old path is gone', () => {
    const { fs } = setup()
    fs.writeFileSync(`${USR}/old.txt`, 'x')
    fs.renameSync(`${USR}/old.txt`, `${USR}/new.txt`)
    expect(fs.readFileSync(`${USR}/new.txt`, 'utf8')).toBe('x')
    expect(thrown(() => fs.renameSync(`${USR}/old.txt`, `${USR}/z.txt`)).message).toBe(
      'renameSync:fail no such file or directory, rename wxfile://usr/old.txt -> wxfile://usr/z.txt',
    )
  })

  test('unlink removes a file; a directory fails "operation not permitted, unlink …"; a missing one "no such file or directory …"', async () => {
    const { fs } = setup()
    fs.writeFileSync(`${USR}/u.txt`, 'x')
    expect(await call((cbs) => fs.unlink({ filePath: `${USR}/u.txt`, ...cbs }))).toEqual({ ok: true, res: { errMsg: 'unlink:ok' } })
    expect(thrown(() => fs.unlinkSync(`${USR}/u.txt`)).message).toBe('unlinkSync:fail no such file or directory wxfile://usr/u.txt')
    expect(thrown(() => fs.unlinkSync(USR)).message).toBe('unlinkSync:fail permission denied, open wxfile://usr')
    fs.mkdirSync(`${USR}/dir`)
    expect(thrown(() => fs.unlinkSync(`${USR}/dir`)).message).toBe('unlinkSync:fail operation not permitted, unlink wxfile://usr/dir')
  })

  test('truncate cuts a file to length (default 0)', () => {
    const { fs } = setup()
    fs.writeFileSync(`${USR}/t.txt`, 'abcdef')
    fs.truncateSync({ filePath: `${USR}/t.txt`, length: 2 })
    expect(fs.readFileSync(`${USR}/t.txt`, 'utf8')).toBe('ab')
  })

  test('getFileInfo gives size and a real md5 (default) or sha1 digest', async () => {
    const { fs } = setup()
    fs.writeFileSync(`${USR}/h.txt`, 'hello')
    expect(await call((cbs) => fs.getFileInfo({ filePath: `${USR}/h.txt`, ...cbs }))).toEqual({
      ok: true,
      res: { errMsg: 'getFileInfo:ok', size: 5, digest: '5d41402abc4b2a76b9719d911017c592' },
    })
    const sha1 = await call((cbs) => fs.getFileInfo({ filePath: `${USR}/h.txt`, digestAlgorithm: 'sha1', ...cbs }))
    expect(sha1).toMatchObject({ ok: true, res: { digest: 'aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d' } })
  })
})

describe('saved files: saveFile / getSavedFileList / removeSavedFile', () => {
  test('saveFile moves a temporary file to a store path; the tempFilePath is then unusable (wx.saveFile doc)', async () => {
    const { rt, fs } = setup()
    rt.clock.advance(3000)
    rt.files.write('wxfile://tmp_a.png', 'png!')
    const r = await call<{ savedFilePath: string }>((cbs) => fs.saveFile({ tempFilePath: 'wxfile://tmp_a.png', ...cbs }))
    if (!r.ok) throw new Error('saveFile failed')
    expect(r.res.savedFilePath).toMatch(/^wxfile:\/\/store_[0-9a-f]{32}\.png$/)
    expect(rt.files.read('wxfile://tmp_a.png')).toBeUndefined()
    const list = await call<{ fileList: WechatMiniprogram.FileItem[] }>((cbs) => fs.getSavedFileList({ ...cbs }))
    expect(list).toMatchObject({ ok: true, res: { fileList: [{ filePath: r.res.savedFilePath, size: 4, createTime: Math.floor(rt.clock.now() / 1000) }] } })
    expect(await call((cbs) => fs.removeSavedFile({ filePath: r.res.savedFilePath, ...cbs }))).toEqual({ ok: true, res: { errMsg: 'removeSavedFile:ok' } })
    expect(await call((cbs) => fs.removeSavedFile({ filePath: r.res.savedFilePath, ...cbs }))).toMatchObject({ ok: false, err: { errMsg: 'removeSavedFile:fail file not exist' } })
  })

  test('saveFile of a missing temporary file fails "tempFilePath file not exist" (1301112)', async () => {
    const { fs } = setup()
    expect(await call((cbs) => fs.saveFile({ tempFilePath: 'wxfile://tmp_gone.png', ...cbs }))).toEqual({
      ok: false,
      err: { errMsg: 'saveFile:fail tempFilePath file not exist', errCode: 1301112 },
    })
  })

  test('a photo another API produced (a temporary file) can be read and saved', () => {
    const rt = createRuntime()
    const fs = rt.wx.getFileSystemManager()
    rt.files.write('wxfile://tmp_photo.jpg', new Uint8Array(10))
    expect(fs.saveFileSync('wxfile://tmp_photo.jpg', `${USR}/photo.jpg`)).toBe(`${USR}/photo.jpg`)
    expect((fs.statSync(`${USR}/photo.jpg`) as WechatMiniprogram.Stats).size).toBe(10)
  })
})

describe('file descriptors: open / read / write / fstat / ftruncate / close (2.16.1)', () => {
  test('open with "w+" creates the file; write then read back through the fd', async () => {
    const { fs } = setup()
    const fd = fs.openSync({ filePath: `${USR}/fd.txt`, flag: 'w+' })
    expect(fs.writeSync({ fd, data: 'hello' })).toEqual({ bytesWritten: 5 })
    const buf = new ArrayBuffer(5)
    const r = await call<WechatMiniprogram.ReadSuccessCallbackResult>((cbs) => fs.read({ fd, arrayBuffer: buf, length: 5, position: 0, ...cbs }))
    expect(r).toMatchObject({ ok: true, res: { errMsg: 'read:ok', bytesRead: 5 } })
    expect(Buffer.from(buf).toString()).toBe('hello')
    expect((fs.fstatSync({ fd }) as WechatMiniprogram.Stats).size).toBe(5)
    fs.ftruncateSync({ fd, length: 2 })
    fs.closeSync({ fd })
    expect(fs.readFileSync(`${USR}/fd.txt`, 'utf8')).toBe('he')
  })

  test('"r" needs the file; "wx" fails when it exists; a closed fd is a bad file descriptor', async () => {
    const { fs } = setup()
    expect(thrown(() => fs.openSync({ filePath: `${USR}/none`, flag: 'r' })).message).toBe('openSync:fail no such file or directory, open wxfile://usr/none')
    fs.writeFileSync(`${USR}/x`, 'x')
    expect(thrown(() => fs.openSync({ filePath: `${USR}/x`, flag: 'wx' })).message).toBe('openSync:fail file already exists wxfile://usr/x')
    const fd = fs.openSync({ filePath: `${USR}/x` })
    expect(thrown(() => fs.writeSync({ fd, data: 'y' })).errCode).toBe(1302001)
    fs.closeSync({ fd })
    expect(await call((cbs) => fs.close({ fd, ...cbs }))).toEqual({ ok: false, err: { errMsg: 'close:fail bad file descriptor', errCode: 1300009 } })
  })

  test('"a" appends at the end whatever the position', () => {
    const { fs } = setup()
    fs.writeFileSync(`${USR}/log`, 'ab')
    const fd = fs.openSync({ filePath: `${USR}/log`, flag: 'a' })
    fs.writeSync({ fd, data: 'c', position: 0 })
    fs.closeSync({ fd })
    expect(fs.readFileSync(`${USR}/log`, 'utf8')).toBe('abc')
  })
})
