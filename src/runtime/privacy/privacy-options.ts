import type { PrivacyType } from './privacy-apis.ts'

/** The privacy agreement a runtime starts with (createRuntime({ privacy })). */
export interface PrivacyOptions {
  /** Types the guide declares. Default 'all'. `[]` = a mini program that declared nothing (every privacy API fails 112). */
  declared?: 'all' | readonly PrivacyType[]
  /** Whether the user already agreed: true (default) to every declared type, false to none, or the types agreed to
   *  (consent covers the types declared when it was given; types added later need it again, [PRIV]). */
  agreed?: boolean | readonly PrivacyType[]
  /** `privacyContractName` of wx.getPrivacySetting. */
  contractName?: string
  /**
   * Base library ≥ 3.4.2: a privacy API whose scope dialog shows now carries the consent as a checkbox on that
   * dialog instead of the official popup (privacy/privacy-checkbox.ts). Default: on from 3.4.2 (the `SDKVersion`).
   */
  checkboxOnScopeDialog?: boolean
}

export interface ResolvedPrivacy {
  readonly declared: readonly PrivacyType[]
  readonly agreed: readonly PrivacyType[]
  readonly contractName: string
  /** Whether the scope dialog carries the privacy checkbox (resolved with the base library in config.ts). */
  readonly checkboxOnScopeDialog: boolean
}
