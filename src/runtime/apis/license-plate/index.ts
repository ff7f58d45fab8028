import { chooseLicensePlate } from './chooseLicensePlate.ts'

export const LICENSE_PLATE_APIS = [chooseLicensePlate] as const
