import { getWeRunData } from './getWeRunData.ts'

export const WERUN_APIS = [getWeRunData] as const
