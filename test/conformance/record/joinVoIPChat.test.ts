import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'
import { describeScopeFlow } from '../scope-flow.ts'

const room = { groupId: 'room-1', nonceStr: 'n0nce', signature: 'sig', timeStamp: 1767225600 }
const settled = (p: Promise<unknown>) => p.then((r) => r, (e) => e)

describeScopeFlow('wx.joinVoIPChat (voice room)', {
  scopes: ['scope.record'],
  use: (rt) => settled(rt.wx.joinVoIPChat(room)),
  works: (seen) => expect(seen).toEqual({ errMsg: 'joinVoIPChat:ok', openIdList: [], errCode: 0 }),
  refused: (seen) => expect(seen).toEqual({ errMsg: 'joinVoIPChat:fail auth deny', errno: 103 }),
})

// "调用前需要用户授权 scope.record，若房间类型为视频房间需要用户授权 scope.camera" (joinVoIPChat doc).
describeScopeFlow("wx.joinVoIPChat (roomType 'video')", {
  scopes: ['scope.record', 'scope.camera'],
  use: (rt) => settled(rt.wx.joinVoIPChat({ ...room, roomType: 'video' })),
  works: (seen) => expect(seen).toMatchObject({ errMsg: 'joinVoIPChat:ok', errCode: 0 }),
  refused: (seen) => expect(seen).toEqual({ errMsg: 'joinVoIPChat:fail auth deny', errno: 103 }),
})

describe('wx.joinVoIPChat', () => {
  test('openIdList is the room fixture: createRuntime({ voipRooms })', async () => {
    const rt = createRuntime({ scenario: 'granted', voipRooms: { 'room-1': ['oSelf', 'oFriend'] } })
    await expect(rt.wx.joinVoIPChat(room)).resolves.toEqual({ errMsg: 'joinVoIPChat:ok', openIdList: ['oSelf', 'oFriend'], errCode: 0 })
  })

  test('a video room refused the camera fails even though the microphone was allowed', async () => {
    const rt = createRuntime({ user: { authorize: { 'scope.record': 'allow', 'scope.camera': 'deny' } } })
    await expect(rt.wx.joinVoIPChat({ ...room, roomType: 'video' })).rejects.toEqual({ errMsg: 'joinVoIPChat:fail auth deny', errno: 103 })
    expect(rt.auth.get('scope.record')).toBe('granted')
    expect(rt.auth.get('scope.camera')).toBe('denied')
  })

  test('joining while in a room fails with errCode -1 "当前已在房间内"; after wx.exitVoIPChat it works again', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    await rt.wx.joinVoIPChat(room)
    await expect(rt.wx.joinVoIPChat(room)).rejects.toEqual({ errMsg: 'joinVoIPChat:fail 当前已在房间内', errCode: -1 })
    await expect(rt.wx.exitVoIPChat()).resolves.toEqual({ errMsg: 'exitVoIPChat:ok' })
    await expect(rt.wx.joinVoIPChat(room)).resolves.toMatchObject({ errCode: 0 })
  })

  test.each([
    ['groupId', { ...room, groupId: undefined }, 'String instead of Undefined'],
    ['nonceStr', { ...room, nonceStr: 1 }, 'String instead of Number'],
    ['signature', { ...room, signature: null }, 'String instead of Null'],
    ['timeStamp', { ...room, timeStamp: '1767225600' }, 'Number instead of String'],
  ])('a missing or mistyped %s is a parameter error, before any dialog', async (key, options, types) => {
    const rt = createRuntime()
    await expect(rt.wx.joinVoIPChat(options as never)).rejects.toEqual({
      errMsg: `joinVoIPChat:fail parameter error: parameter.${key} should be ${types};`,
      errno: 1001,
    })
    expect(rt.prompts).toEqual([])
  })

  test('voipRooms must map groupIds to openId lists', () => {
    expect(() => createRuntime({ voipRooms: { r: 'oA' as never } })).toThrow(/voipRooms must map a groupId/)
  })
})
