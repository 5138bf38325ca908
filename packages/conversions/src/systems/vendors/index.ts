import type { SystemDefinition } from '../system-registry.js';
import { bigcommerceCustomers } from './bigcommerce/bigcommerce-customers.js';
import { bigcommerceOrders } from './bigcommerce/bigcommerce-orders.js';
import { bigcommerceOrdersCsv } from './bigcommerce/bigcommerce-orders-csv.js';
import { cloverCustomers } from './clover/clover-customers.js';
import { cloverOrders } from './clover/clover-orders.js';
import { cloverPayments } from './clover/clover-payments.js';
import { hubspotContacts } from './hubspot/hubspot-contacts.js';
import { hubspotDeals } from './hubspot/hubspot-deals.js';
import { lightspeedCustomers } from './lightspeed/lightspeed-customers.js';
import { lightspeedSales } from './lightspeed/lightspeed-sales.js';
import { loyaltyMembers } from './loyalty/loyalty-members.js';
import { loyaltyTransactions } from './loyalty/loyalty-transactions.js';
import { salesforceContacts } from './salesforce/salesforce-contacts.js';
import { salesforceLeads } from './salesforce/salesforce-leads.js';
import { salesforceOpportunities } from './salesforce/salesforce-opportunities.js';
import { shopifyCustomers } from './shopify/shopify-customers.js';
import { shopifyOrders } from './shopify/shopify-orders.js';
import { shopifyOrdersCsv } from './shopify/shopify-orders-csv.js';
import { shopifyRefunds } from './shopify/shopify-refunds.js';
import { squareCustomers } from './square/square-customers.js';
import { squareOrders } from './square/square-orders.js';
import { squarePayments } from './square/square-payments.js';
import { squareRefunds } from './square/square-refunds.js';
import { squareTransactionsCsv } from './square/square-transactions-csv.js';
import { toastOrders } from './toast/toast-orders.js';
import { woocommerceCustomers } from './woocommerce/woocommerce-customers.js';
import { woocommerceOrders } from './woocommerce/woocommerce-orders.js';
import { woocommerceOrdersCsv } from './woocommerce/woocommerce-orders-csv.js';
import { woocommerceRefunds } from './woocommerce/woocommerce-refunds.js';
import { zohoContacts } from './zoho/zoho-contacts.js';
import { zohoDeals } from './zoho/zoho-deals.js';

/** Built-in vendor layouts, registered by ../index.ts. */
export const builtInSystems: readonly SystemDefinition[] = [
  // POS
  squarePayments,
  squareOrders,
  squareRefunds,
  squareCustomers,
  toastOrders,
  cloverOrders,
  cloverPayments,
  cloverCustomers,
  lightspeedSales,
  lightspeedCustomers,
  // E-commerce
  shopifyOrders,
  shopifyRefunds,
  shopifyCustomers,
  woocommerceOrders,
  woocommerceRefunds,
  woocommerceCustomers,
  bigcommerceOrders,
  bigcommerceCustomers,
  // CRM
  salesforceOpportunities,
  salesforceContacts,
  salesforceLeads,
  hubspotDeals,
  hubspotContacts,
  zohoDeals,
  zohoContacts,
  // Loyalty
  loyaltyTransactions,
  loyaltyMembers,
  // File exports
  squareTransactionsCsv,
  shopifyOrdersCsv,
  woocommerceOrdersCsv,
  bigcommerceOrdersCsv,
];
