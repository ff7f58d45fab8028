import type { RuntimeCore } from '../../core.ts'
import { stateOf } from '../../core.ts'
import { FakeWxError } from '../../errors/fake-wx-error.ts'

/**
 * Real-time voice rooms (wx.joinVoIPChat): which room the user is in, and who is in each room — the
 * `openIdList` a join reports. Members are a fixture: `createRuntime({ voipRooms: { [groupId]: openIds } })`;
 * an unlisted room has no members.
 */
export interface VoipState {
  /** The room the user is in, if any. */
  joined: string | undefined
  readonly rooms: Readonly<Record<string, readonly string[]>>
}

export const voipState = (core: RuntimeCore) => stateOf<VoipState>(core, 'record.voip', () => ({ joined: undefined, rooms: {} }))

/** Sets the room fixture (createRuntime's `voipRooms`). */
export function setVoipRooms(core: RuntimeCore, rooms: Readonly<Record<string, readonly string[]>>): void {
  const bad = Object.entries(rooms ?? {}).find(([, ids]) => !Array.isArray(ids) || ids.some((id) => typeof id !== 'string'))
  if (typeof rooms !== 'object' || rooms === null || bad) {
    throw new FakeWxError(`voipRooms must map a groupId to its members' openIds, e.g. { 'room-1': ['oA…', 'oB…'] }.`)
  }
  core.state.set('record.voip', { joined: undefined, rooms: { ...rooms } } satisfies VoipState)
}
