import { requestSubscribeDeviceMessage } from './requestSubscribeDeviceMessage.ts'
import { requestSubscribeMessage } from './requestSubscribeMessage.ts'

/** 订阅消息. */
export const SUBSCRIBE_MESSAGE_APIS = [requestSubscribeMessage, requestSubscribeDeviceMessage] as const
