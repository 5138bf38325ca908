export {
  type AudienceDestination,
  type AudienceLintIssue,
  type AudienceLintReason,
  type AudienceLintReport,
  type AudienceLintRow,
  audienceDestinations,
  audienceLintReasons,
} from './audience-lint.js';
export {
  type AudienceOptions,
  audienceOptionsSchema,
  DEFAULT_MAX_PEOPLE_PER_VALUE,
} from './audience-options.js';
export {
  type AudienceConsent,
  type AudienceFragmentType,
  type AudiencePerson,
  audienceConsentSchema,
  audienceFragmentTypes,
  audiencePeopleSchema,
  audiencePersonSchema,
  type ConsentStatus,
  consentStatuses,
} from './audience-person.js';
export {
  DATA_MANAGER_MAX_MEMBERS_PER_REQUEST,
  type DataManagerAudienceExport,
  type DataManagerAudienceMember,
  type DataManagerAudienceOptions,
  type DataManagerConsent,
  type DataManagerConsentStatus,
  type DataManagerDestination,
  type DataManagerIngestRequest,
  type DataManagerProductAccount,
  type DataManagerUserIdentifier,
  dataManagerAudienceOptionsSchema,
  exportDataManagerAudience,
} from './export-data-manager-audience.js';
export {
  exportGoogleCustomerMatch,
  GOOGLE_ADS_MAX_IDENTIFIERS_PER_REQUEST,
  GOOGLE_ADS_MAX_OPERATIONS_PER_REQUEST,
  type GoogleAdsAddOperationsRequest,
  type GoogleAdsConsentStatus,
  type GoogleAdsUserDataOperation,
  type GoogleAdsUserIdentifier,
  type GoogleCustomerMatchExport,
  type GoogleCustomerMatchOptions,
  googleCustomerMatchOptionsSchema,
} from './export-google-customer-match.js';
export {
  exportMetaCustomAudience,
  META_MAX_ROWS_PER_REQUEST,
  type MetaCustomAudienceExport,
  type MetaCustomAudienceOptions,
  type MetaSchemaKey,
  type MetaUsersRequest,
  metaCustomAudienceOptionsSchema,
  metaSchemaKeys,
} from './export-meta-custom-audience.js';
export { type LintAudienceOptions, lintAudience, lintAudienceOptionsSchema } from './lint-audience.js';
export {
  adCountry,
  adName,
  googleEmail,
  googlePhone,
  googlePostalCode,
  metaCity,
  metaEmail,
  metaPhone,
  metaPostalCode,
  metaRegion,
} from './normalize-ad-fields.js';
export { MAX_IDENTIFIERS_PER_PERSON } from './prepare-audience.js';
export { isSha256Hex, sha256Hex } from './sha256-hex.js';
