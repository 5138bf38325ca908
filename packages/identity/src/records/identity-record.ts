import type { Conversion, IdentityFragmentType } from '@growthnav/conversions';

/** One identifier of a person as a source gave it (the Conversion contract's identity fragment). */
export interface IdentityRecordFragment {
  type: IdentityFragmentType;
  value: string;
  /** Overrides the record's `sourceSystem` for this fragment. */
  sourceSystem?: string;
}

/**
 * What identity links: one source record (a conversion, a CRM contact, a
 * shop customer …) with the identifiers it carries about a person.
 */
export interface IdentityRecord {
  /** Unique within a run, e.g. the conversion id or `hubspot:contact:123`. */
  id: string;
  /** System the record came from, e.g. `square`. Scopes system ids and link mode. */
  sourceSystem?: string;
  fragments: readonly IdentityRecordFragment[];
}

/** The identity record of one Conversion: its id, source system and identity fragments. */
export function identityRecordFromConversion(
  conversion: Pick<Conversion, 'conversionId' | 'sourceSystem' | 'identityFragments'>,
): IdentityRecord {
  return {
    id: conversion.conversionId,
    sourceSystem: conversion.sourceSystem,
    fragments: conversion.identityFragments,
  };
}
