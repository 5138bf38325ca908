import { describe, expect, test } from 'vitest';
import { touchpointSchema } from './touchpoint-schema.js';

describe('touchpointSchema', () => {
  test('fills optional fields with null', () => {
    const touchpoint = touchpointSchema.parse({
      touchpointId: 't1',
      platform: 'google_ads',
      timestamp: '2025-03-01T10:00:00.000Z',
      clickIds: { gclid: 'G-1' },
    });
    expect(touchpoint).toEqual({
      touchpointId: 't1',
      platform: 'google_ads',
      campaign: null,
      timestamp: '2025-03-01T10:00:00.000Z',
      userId: null,
      clickIds: { gclid: 'G-1', fbclid: null, ttclid: null, msclkid: null },
      utm: { source: null, medium: null, campaign: null, term: null, content: null },
    });
  });

  test.each([
    ['an empty platform', { platform: '' }],
    ['a timestamp without a zone', { timestamp: '2025-03-01T10:00:00.000' }],
    ['a timestamp without milliseconds', { timestamp: '2025-03-01T10:00:00Z' }],
    ['an empty id', { touchpointId: '' }],
  ])('rejects %s', (_name, patch) => {
    const base = { touchpointId: 't1', platform: 'meta', timestamp: '2025-03-01T10:00:00.000Z' };
    expect(touchpointSchema.safeParse(base).success).toBe(true);
    expect(touchpointSchema.safeParse({ ...base, ...patch }).success).toBe(false);
  });
});
