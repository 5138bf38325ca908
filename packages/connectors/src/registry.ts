import { bigCommerceInfo, createBigCommerceConnector } from './bigcommerce/bigcommerce-connector.js';
import type { BigCommerceConfigInput } from './bigcommerce/bigcommerce-options.js';
import { cloverInfo, createCloverConnector } from './clover/clover-connector.js';
import type { CloverConfigInput } from './clover/clover-options.js';
import { createCsvSource, csvInfo } from './files/csv-source.js';
import type {
  CsvSourceConfigInput,
  JsonSourceConfigInput,
  NdjsonSourceConfigInput,
} from './files/file-options.js';
import { createJsonSource, jsonInfo } from './files/json-source.js';
import { createNdjsonSource, ndjsonInfo } from './files/ndjson-source.js';
import { createHubspotConnector, hubspotInfo } from './hubspot/hubspot-connector.js';
import type { HubspotConfigInput } from './hubspot/hubspot-options.js';
import { createLightspeedConnector, lightspeedInfo } from './lightspeed/lightspeed-connector.js';
import type { LightspeedConfigInput } from './lightspeed/lightspeed-options.js';
import type { Connector, ConnectorInfo } from './protocol.js';
import { createSalesforceConnector, salesforceInfo } from './salesforce/salesforce-connector.js';
import type { SalesforceConfigInput } from './salesforce/salesforce-options.js';
import { ConnectorError } from './shared/errors.js';
import { createShopifyConnector, shopifyInfo } from './shopify/shopify-connector.js';
import type { ShopifyConfigInput } from './shopify/shopify-options.js';
import { createSquareConnector, squareInfo } from './square/square-connector.js';
import type { SquareConfigInput } from './square/square-options.js';
import { createToastConnector, toastInfo } from './toast/toast-connector.js';
import type { ToastConfigInput } from './toast/toast-options.js';
import { createWooCommerceConnector, wooCommerceInfo } from './woocommerce/woocommerce-connector.js';
import type { WooCommerceConfigInput } from './woocommerce/woocommerce-options.js';
import { createZohoConnector, zohoInfo } from './zoho/zoho-connector.js';
import type { ZohoConfigInput } from './zoho/zoho-options.js';

/** A registered connector type: its info and a factory that validates the config. */
export interface ConnectorDefinition {
  info: ConnectorInfo;
  create(config: unknown): Connector;
}

/**
 * Every connector type. A new vendor adds one line here (and one entry in
 * ConnectorConfigs below); see src/shared/README.md.
 */
const definitions: readonly ConnectorDefinition[] = [
  { info: squareInfo, create: (c) => createSquareConnector(c as SquareConfigInput) },
  { info: toastInfo, create: (c) => createToastConnector(c as ToastConfigInput) },
  { info: cloverInfo, create: (c) => createCloverConnector(c as CloverConfigInput) },
  { info: lightspeedInfo, create: (c) => createLightspeedConnector(c as LightspeedConfigInput) },
  { info: shopifyInfo, create: (c) => createShopifyConnector(c as ShopifyConfigInput) },
  { info: wooCommerceInfo, create: (c) => createWooCommerceConnector(c as WooCommerceConfigInput) },
  { info: bigCommerceInfo, create: (c) => createBigCommerceConnector(c as BigCommerceConfigInput) },
  { info: salesforceInfo, create: (c) => createSalesforceConnector(c as SalesforceConfigInput) },
  { info: hubspotInfo, create: (c) => createHubspotConnector(c as HubspotConfigInput) },
  { info: zohoInfo, create: (c) => createZohoConnector(c as ZohoConfigInput) },
  { info: csvInfo, create: (c) => createCsvSource(c as CsvSourceConfigInput) },
  { info: jsonInfo, create: (c) => createJsonSource(c as JsonSourceConfigInput) },
  { info: ndjsonInfo, create: (c) => createNdjsonSource(c as NdjsonSourceConfigInput) },
];

/** Config type of each connector id, so `createConnector('square', …)` is typed. */
export interface ConnectorConfigs {
  square: SquareConfigInput;
  toast: ToastConfigInput;
  clover: CloverConfigInput;
  lightspeed: LightspeedConfigInput;
  shopify: ShopifyConfigInput;
  woocommerce: WooCommerceConfigInput;
  bigcommerce: BigCommerceConfigInput;
  salesforce: SalesforceConfigInput;
  hubspot: HubspotConfigInput;
  zoho: ZohoConfigInput;
  csv: CsvSourceConfigInput;
  json: JsonSourceConfigInput;
  ndjson: NdjsonSourceConfigInput;
}

/** Connector types with their category, auth kind and streams, sorted by id. */
export function listConnectors(): ConnectorInfo[] {
  return definitions.map((d) => d.info).sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Builds a connector. The config is checked against the connector's spec
 * (INVALID_CONFIG names the bad fields, never their values); an unknown
 * type throws UNKNOWN_CONNECTOR listing the available ids.
 */
export function createConnector<K extends keyof ConnectorConfigs>(
  type: K,
  config: ConnectorConfigs[K],
): Connector;
/** Any id known only at run time (from a registry, a CLI flag); the config is checked at run time. */
export function createConnector<T extends string>(
  type: T & (T extends keyof ConnectorConfigs ? never : T),
  config: unknown,
): Connector;
export function createConnector(type: string, config: unknown): Connector {
  const definition = definitions.find((d) => d.info.id === type);
  if (!definition) {
    throw new ConnectorError({
      code: 'UNKNOWN_CONNECTOR',
      message: `Unknown connector "${type}". Available: ${listConnectors()
        .map((i) => i.id)
        .join(', ')}.`,
    });
  }
  return definition.create(config);
}
