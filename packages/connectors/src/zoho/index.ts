export { zohoContactSchema, zohoDealSchema } from './zoho-api.js';
export { createZohoConnector, ZohoConnector, zohoInfo } from './zoho-connector.js';
export {
  ZOHO_API_VERSION,
  ZOHO_BASE_URL,
  type ZohoConfig,
  type ZohoConfigInput,
  zohoConfigSchema,
} from './zoho-options.js';
