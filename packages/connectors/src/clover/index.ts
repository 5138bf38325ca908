export { cloverCustomerSchema, cloverOrderSchema, cloverPaymentSchema } from './clover-api.js';
export { CloverConnector, cloverInfo, createCloverConnector } from './clover-connector.js';
export {
  CLOVER_BASE_URL,
  CLOVER_MAX_PAGE_SIZE,
  CLOVER_SANDBOX_URL,
  type CloverConfig,
  type CloverConfigInput,
  cloverConfigSchema,
} from './clover-options.js';
