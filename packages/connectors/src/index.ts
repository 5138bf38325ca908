export {
  BigCommerceConnector,
  bigCommerceInfo,
  createBigCommerceConnector,
} from './bigcommerce/bigcommerce-connector.js';
export {
  type BigCommerceConfig,
  type BigCommerceConfigInput,
  bigCommerceConfigSchema,
} from './bigcommerce/bigcommerce-options.js';
export { CloverConnector, cloverInfo, createCloverConnector } from './clover/clover-connector.js';
export { type CloverConfig, type CloverConfigInput, cloverConfigSchema } from './clover/clover-options.js';
export { CsvSourceConnector, createCsvSource } from './files/csv-source.js';
export type {
  CsvSourceConfig,
  CsvSourceConfigInput,
  JsonSourceConfig,
  JsonSourceConfigInput,
  NdjsonSourceConfig,
  NdjsonSourceConfigInput,
} from './files/file-options.js';
export {
  csvSourceConfigSchema,
  jsonSourceConfigSchema,
  ndjsonSourceConfigSchema,
} from './files/file-options.js';
export { createJsonSource, JsonSourceConnector } from './files/json-source.js';
export { createNdjsonSource, NdjsonSourceConnector } from './files/ndjson-source.js';
export { createHubspotConnector, HubspotConnector, hubspotInfo } from './hubspot/hubspot-connector.js';
export {
  type HubspotConfig,
  type HubspotConfigInput,
  hubspotConfigSchema,
} from './hubspot/hubspot-options.js';
export {
  createLightspeedConnector,
  LightspeedConnector,
  lightspeedInfo,
} from './lightspeed/lightspeed-connector.js';
export {
  type LightspeedConfig,
  type LightspeedConfigInput,
  lightspeedConfigSchema,
} from './lightspeed/lightspeed-options.js';
export {
  type Catalog,
  type CheckResult,
  type Connector,
  type ConnectorCategory,
  type ConnectorInfo,
  type ConnectorMessage,
  type ConnectorNormalizeOptions,
  type ConnectorState,
  connectorCategories,
  type FieldDescriptor,
  type FileState,
  type QuarantineMessage,
  type ReadOptions,
  type RecordMessage,
  type StateMessage,
  type StreamDescriptor,
} from './protocol.js';
export {
  type ConnectorConfigs,
  type ConnectorDefinition,
  createConnector,
  listConnectors,
} from './registry.js';
export {
  createSalesforceConnector,
  SalesforceConnector,
  salesforceInfo,
} from './salesforce/salesforce-connector.js';
export {
  type SalesforceConfig,
  type SalesforceConfigInput,
  salesforceConfigSchema,
} from './salesforce/salesforce-options.js';
export { ApiConnector, type ApiStream } from './shared/api-connector.js';
export {
  type AuthKind,
  type AuthPlacement,
  acceptCredentials,
  authKinds,
  type Credentials,
  credentialsSchema,
  type FetchLike,
  type OAuthTokens,
} from './shared/auth.js';
export { backoffDelay, DEFAULT_RETRY, parseRetryAfter, type RetryPolicy } from './shared/backoff.js';
export {
  type ConnectionConfig,
  connectionConfigShape,
  createConnectionClient,
  DEFAULT_OVERLAP_MS,
  type VendorHttpDefaults,
} from './shared/connection-config.js';
export {
  ApiCallError,
  type ApiCallErrorOptions,
  ConnectorError,
  type ConnectorsErrorCode,
  connectorsErrorCodes,
} from './shared/errors.js';
export {
  createHttpClient,
  type HttpClient,
  type HttpClientOptions,
  type HttpRequest,
  type HttpResponse,
  type RetryEvent,
} from './shared/http-client.js';
export {
  type CursorCodec,
  type CursorValue,
  epochMillisCursor,
  IncrementalTracker,
  isoTimestampCursor,
  type PartitionState,
  type RunState,
  type StreamState,
  sequenceCursor,
} from './shared/incremental-state.js';
export { type Page, type PageToken, type Pagination, paginate, parseLinkHeader } from './shared/paginate.js';
export { type RateLimit, TokenBucket } from './shared/rate-limiter.js';
export { type IncrementalStream, readIncremental, WHOLE_STREAM } from './shared/read-incremental.js';
export {
  type FailureVerdict,
  hubspotRateLimit,
  type RateLimitSignal,
  salesforceRequestLimit,
  shopifyCallLimit,
} from './shared/vendor-signals.js';
export { createShopifyConnector, ShopifyConnector, shopifyInfo } from './shopify/shopify-connector.js';
export {
  type ShopifyConfig,
  type ShopifyConfigInput,
  shopifyConfigSchema,
} from './shopify/shopify-options.js';
export { createSquareConnector, SquareConnector, squareInfo } from './square/square-connector.js';
export { type SquareConfig, type SquareConfigInput, squareConfigSchema } from './square/square-options.js';
export { createToastConnector, ToastConnector, toastInfo } from './toast/toast-connector.js';
export { type ToastConfig, type ToastConfigInput, toastConfigSchema } from './toast/toast-options.js';
export {
  createWooCommerceConnector,
  WooCommerceConnector,
  wooCommerceInfo,
} from './woocommerce/woocommerce-connector.js';
export {
  type WooCommerceConfig,
  type WooCommerceConfigInput,
  wooCommerceConfigSchema,
} from './woocommerce/woocommerce-options.js';
export { createZohoConnector, ZohoConnector, zohoInfo } from './zoho/zoho-connector.js';
export { type ZohoConfig, type ZohoConfigInput, zohoConfigSchema } from './zoho/zoho-options.js';
