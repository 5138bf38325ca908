/**
 * Which sibling each published package may import (DESIGN.md, "Packages and
 * who may import whom"). Arrows point one way: nothing imports mcp or cli.
 */
export const allowedDependencies: Readonly<Record<string, readonly string[]>> = {
  conversions: [],
  discovery: ['conversions'],
  identity: ['conversions'],
  connectors: ['conversions'],
  clv: ['conversions'],
  onboarding: ['conversions', 'discovery', 'identity', 'connectors', 'clv'],
  mcp: ['onboarding', 'conversions'],
  cli: ['onboarding', 'mcp', 'conversions'],
};
