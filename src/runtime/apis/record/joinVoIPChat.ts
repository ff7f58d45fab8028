// https://developers.weixin.qq.com/miniprogram/dev/api/media/voip/wx.joinVoIPChat.html (2.7.0)
// "调用前需要用户授权 scope.record，若房间类型为视频房间需要用户授权 scope.camera" (H): record first, then
// camera for roomType 'video'. Required groupId, nonceStr, signature, timeStamp. Success
// { openIdList, errCode: 0 }; failures carry errCode: -1 当前已在房间内, -2 录音设备被占用, -3 加入会话期间退出,
// -1000 系统错误 (JoinVoIPChatError, H). A refusal: "joinVoIPChat:fail auth deny" (research.md §3.2, L).
import { scopeGate } from '../../auth/scope-gate.ts'
import { checkOsLayer } from '../../device/os-gate.ts'
import { failure, ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { voipState } from './voip-room.ts'

export const joinVoIPChat = defineAsyncApi({
  name: 'joinVoIPChat',
  params: {
    groupId: 'String!',
    nonceStr: 'String!',
    signature: 'String!',
    timeStamp: 'Number!',
    roomType: 'String',
    muteConfig: 'Object',
    forceCellularNetwork: 'Boolean',
  },
  scope: 'scope.record',
  async run(ctx, options) {
    if (options.roomType === 'video') {
      // The camera scope, then WeChat's OS camera permission (research.md §5), as the gates do for scope.record.
      const refused = (await scopeGate(ctx, 'scope.camera')) ?? (await checkOsLayer(ctx, 'camera'))
      if (refused) return refused
    }
    const voip = voipState(ctx)
    // The errMsg of a JoinVoIPChatError is the table's text (M: the typings' 错误信息 column).
    if (voip.joined !== undefined) return failure('当前已在房间内', undefined, { errCode: -1 })
    voip.joined = options.groupId
    return ok({ openIdList: [...(voip.rooms[options.groupId] ?? [])], errCode: 0 })
  },
})
