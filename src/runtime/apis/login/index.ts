import { login } from './login.ts'

export const LOGIN_APIS = [login] as const
