export const csvPlaceholder = 1;
