export { wooCustomerSchema, wooOrderSchema, wooRefundSchema } from './woocommerce-api.js';
export {
  createWooCommerceConnector,
  WooCommerceConnector,
  wooCommerceInfo,
} from './woocommerce-connector.js';
export { formatWooGmt, parseWooGmt, wooGmtCursor } from './woocommerce-gmt-cursor.js';
export {
  WOOCOMMERCE_API_PATH,
  type WooCommerceConfig,
  type WooCommerceConfigInput,
  wooCommerceConfigSchema,
} from './woocommerce-options.js';
