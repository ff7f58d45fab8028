import { getUserInfo } from './getUserInfo.ts'
import { getUserProfile } from './getUserProfile.ts'

export const USER_INFO_APIS = [getUserInfo, getUserProfile] as const
