export {
  squareCustomerSchema,
  squareMoneySchema,
  squareOrderSchema,
  squarePaymentSchema,
  squareRefundSchema,
} from './square-api.js';
export { createSquareConnector, SquareConnector, squareInfo } from './square-connector.js';
export {
  SQUARE_BASE_URL,
  SQUARE_VERSION,
  type SquareConfig,
  type SquareConfigInput,
  squareConfigSchema,
} from './square-options.js';
