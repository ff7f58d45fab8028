import { ERRNO } from '../errors/errno.ts'
import { FakeWxError } from '../errors/fake-wx-error.ts'
import { failure, ok, type Outcome } from '../errors/wx-error.ts'

/**
 * The entry a picker answer names: an index into the list shown (`rt.device.account.*`). A test that
 * picks an entry the list does not have made a mistake, and hears so.
 */
export function pickEntry<T>(list: readonly T[], index: number, what: string): T {
  const entry = list[index]
  if (entry === undefined) {
    throw new FakeWxError(
      `The user picked ${what}[${index}], but the list has ${list.length} ${list.length === 1 ? 'entry' : 'entries'}.`,
      `Answer with an index below ${list.length}, 'cancel', or set the list: rt.device.${what} = [...].`,
    )
  }
  return entry
}

/**
 * The result of a list picker with an editor (address list, invoice titles): `'cancel'` → `<api>:fail cancel`
 * (errno 1); an index → that entry; an object → a new entry typed in (missing fields empty), which WeChat
 * keeps in the user's list.
 */
export function pickOrAdd<T extends object>(answer: number | T | 'cancel', list: T[], blank: T, what: string): Outcome<T> {
  if (answer === 'cancel') return failure('cancel', ERRNO.cancel)
  if (typeof answer === 'number') return ok({ ...pickEntry(list, answer, what) })
  const added = { ...blank, ...answer }
  list.push(added)
  return ok({ ...added })
}
