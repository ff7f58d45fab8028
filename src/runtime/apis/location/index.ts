import { chooseLocation } from './chooseLocation.ts'
import { choosePoi } from './choosePoi.ts'
import { getFuzzyLocation } from './getFuzzyLocation.ts'
import { getLocation } from './getLocation.ts'
import { offLocationChange, offLocationChangeError, onLocationChange, onLocationChangeError } from './onLocationChange.ts'
import { startLocationUpdate } from './startLocationUpdate.ts'
import { startLocationUpdateBackground } from './startLocationUpdateBackground.ts'
import { stopLocationUpdate } from './stopLocationUpdate.ts'

export const LOCATION_APIS = [
  getLocation,
  getFuzzyLocation,
  chooseLocation,
  startLocationUpdate,
  startLocationUpdateBackground,
  stopLocationUpdate,
  onLocationChange,
  offLocationChange,
  onLocationChangeError,
  offLocationChangeError,
  choosePoi,
] as const
