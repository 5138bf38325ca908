export { lightspeedCustomerSchema, lightspeedSaleSchema } from './lightspeed-api.js';
export { createLightspeedConnector, LightspeedConnector, lightspeedInfo } from './lightspeed-connector.js';
export {
  LIGHTSPEED_DEFAULT_PAGE_SIZE,
  LIGHTSPEED_DEFAULT_VERSION_OVERLAP,
  LIGHTSPEED_TOKEN_PATH,
  type LightspeedConfig,
  type LightspeedConfigInput,
  lightspeedBaseUrl,
  lightspeedConfigSchema,
} from './lightspeed-options.js';
