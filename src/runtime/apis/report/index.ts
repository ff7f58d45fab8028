import { reportAnalytics } from './reportAnalytics.ts'
import { reportEvent } from './reportEvent.ts'
import { reportMonitor } from './reportMonitor.ts'
import { reportPerformance } from './reportPerformance.ts'

export const REPORT_APIS = [reportEvent, reportAnalytics, reportMonitor, reportPerformance] as const
