export { type ToastOrder, toastCheckSchema, toastCustomerSchema, toastOrderSchema } from './toast-api.js';
export {
  createToastConnector,
  TOAST_RESTAURANT_HEADER,
  ToastConnector,
  toastInfo,
} from './toast-connector.js';
export {
  TOAST_BASE_URL,
  TOAST_MAX_PAGE_SIZE,
  type ToastConfig,
  type ToastConfigInput,
  toastConfigSchema,
} from './toast-options.js';
