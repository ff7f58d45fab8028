import { showModal } from './showModal.ts'

export const UI_APIS = [showModal] as const
