import { exitVoIPChat } from './exitVoIPChat.ts'
import { getRecorderManager } from './getRecorderManager.ts'
import { joinVoIPChat } from './joinVoIPChat.ts'
import { startRecord } from './startRecord.ts'
import { stopRecord } from './stopRecord.ts'

/** scope.record (and live-pusher, in components/): the recorder, the deprecated recorder, real-time voice. */
export const RECORD_APIS = [startRecord, stopRecord, getRecorderManager, joinVoIPChat, exitVoIPChat] as const
