import type { SystemDefinition } from '../system-registry.js';
import { squarePayments } from './square/square-payments.js';
import { squareTransactionsCsv } from './square/square-transactions-csv.js';

/** Built-in vendor layouts, registered by ../index.ts. */
export const builtInSystems: readonly SystemDefinition[] = [squarePayments, squareTransactionsCsv];
