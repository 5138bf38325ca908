export { canonicalCountry } from './canonical-country.js';
export { canonicalDate, MAX_CANONICAL_YEAR, MIN_CANONICAL_YEAR } from './canonical-date.js';
export { type CanonicalEmail, canonicalEmail } from './canonical-email.js';
export { canonicalFirstName } from './canonical-first-name.js';
export { canonicalName } from './canonical-name.js';
export {
  type CanonicalPhone,
  type CanonicalPhoneOptions,
  type CountryCode,
  canonicalPhone,
  DEFAULT_PHONE_REGION,
} from './canonical-phone.js';
export { canonicalPostalCode } from './canonical-postal-code.js';
export { type FindOverSharedValuesOptions, findOverSharedValues } from './find-over-shared-values.js';
export { isPlaceholderEmail } from './is-placeholder-email.js';
export { isPlaceholderPhone } from './is-placeholder-phone.js';
