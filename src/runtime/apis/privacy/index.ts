import { getPrivacySetting } from './getPrivacySetting.ts'
import { onNeedPrivacyAuthorization } from './onNeedPrivacyAuthorization.ts'
import { openPrivacyContract } from './openPrivacyContract.ts'
import { requirePrivacyAuthorize } from './requirePrivacyAuthorize.ts'

export const PRIVACY_APIS = [getPrivacySetting, onNeedPrivacyAuthorization, requirePrivacyAuthorize, openPrivacyContract] as const
