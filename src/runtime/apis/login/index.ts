import { checkSession } from './checkSession.ts'
import { login } from './login.ts'

export const LOGIN_APIS = [login, checkSession] as const
