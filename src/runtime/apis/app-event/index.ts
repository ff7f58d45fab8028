import { offAppHide, offAppShow, onAppHide, onAppShow } from './onAppShow.ts'

export const APP_EVENT_APIS = [onAppShow, onAppHide, offAppShow, offAppHide] as const
