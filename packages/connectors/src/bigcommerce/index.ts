export { bigCommerceCustomerSchema, bigCommerceOrderSchema } from './bigcommerce-api.js';
export {
  BigCommerceConnector,
  bigCommerceInfo,
  createBigCommerceConnector,
} from './bigcommerce-connector.js';
export {
  bigCommerceTimeCursor,
  formatIsoSeconds,
  formatRfc2822,
  parseBigCommerceTime,
} from './bigcommerce-date-cursor.js';
export {
  BIGCOMMERCE_BASE_URL,
  type BigCommerceConfig,
  type BigCommerceConfigInput,
  bigCommerceConfigSchema,
} from './bigcommerce-options.js';
export { bigCommerceRateLimit } from './bigcommerce-rate-limit.js';
