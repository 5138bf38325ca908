export {
  shopifyCustomerSchema,
  shopifyOrderSchema,
  shopifyRefundSchema,
} from './shopify-api.js';
export { createShopifyConnector, ShopifyConnector, shopifyInfo } from './shopify-connector.js';
export {
  SHOPIFY_API_VERSION,
  type ShopifyConfig,
  type ShopifyConfigInput,
  shopifyConfigSchema,
  shopifyShopUrl,
} from './shopify-options.js';
