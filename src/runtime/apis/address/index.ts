import { chooseAddress } from './chooseAddress.ts'

export const ADDRESS_APIS = [chooseAddress] as const
