import { canIUse } from './canIUse.ts'
import { env } from './env.ts'

export const BASE_APIS = [canIUse, env] as const
