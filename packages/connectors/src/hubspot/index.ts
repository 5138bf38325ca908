export { hubspotContactSchema, hubspotDealSchema } from './hubspot-api.js';
export { createHubspotConnector, HubspotConnector, hubspotInfo } from './hubspot-connector.js';
export {
  HUBSPOT_BASE_URL,
  type HubspotConfig,
  type HubspotConfigInput,
  hubspotConfigSchema,
} from './hubspot-options.js';
