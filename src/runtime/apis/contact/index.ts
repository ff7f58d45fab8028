import { addPhoneContact } from './addPhoneContact.ts'

export const CONTACT_APIS = [addPhoneContact] as const
