export {
  salesforceContactSchema,
  salesforceDateTimeSchema,
  salesforceLeadSchema,
  salesforceOpportunitySchema,
  salesforceQueryPageSchema,
} from './salesforce-api.js';
export {
  createSalesforceConnector,
  SalesforceConnector,
  salesforceInfo,
} from './salesforce-connector.js';
export {
  SALESFORCE_API_VERSION,
  type SalesforceConfig,
  type SalesforceConfigInput,
  salesforceConfigSchema,
} from './salesforce-options.js';
