import { canIUse } from './canIUse.ts'

export const BASE_APIS = [canIUse] as const
