import { getNetworkType } from './getNetworkType.ts'
import { offNetworkStatusChange, onNetworkStatusChange } from './onNetworkStatusChange.ts'

export const DEVICE_APIS = [getNetworkType, onNetworkStatusChange, offNetworkStatusChange] as const
