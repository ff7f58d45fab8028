import { addPhoneCalendar } from './addPhoneCalendar.ts'
import { addPhoneRepeatCalendar } from './addPhoneRepeatCalendar.ts'

export const CALENDAR_APIS = [addPhoneCalendar, addPhoneRepeatCalendar] as const
