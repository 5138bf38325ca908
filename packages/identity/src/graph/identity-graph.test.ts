import { describe, expect, test } from 'vitest';
import { makeRecord } from '../__fixtures__/make-record.js';
import { seededRandom } from '../random.js';
import type { IdentityRecord } from '../records/identity-record.js';
import { IdentityGraph } from './identity-graph.js';

const SYLLABLES = [
  'ka',
  'ren',
  'tor',
  'li',
  'mo',
  'san',
  'dra',
  'vel',
  'ber',
  'quin',
  'sto',
  'lam',
  'ne',
  'gar',
];
const FIRST = ['Ann', 'Bob', 'Cara', 'Dev', 'Eli', 'Fern', 'Gus', 'Hana', 'Ivan', 'June'];

/** `people` persons with two or three records each, in two systems. */
function population(people: number, seed = 5): IdentityRecord[] {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const out: IdentityRecord[] = [];
  for (let p = 0; p < people; p++) {
    const first = pick(FIRST);
    const last = `${pick(SYLLABLES)}${pick(SYLLABLES)}${pick(SYLLABLES)}`;
    const email = `${first}.${last}${p}@mail.com`;
    const phone = `646${2 + Math.floor(random() * 8)}${String(Math.floor(random() * 1e6)).padStart(6, '0')}`;
    out.push(makeRecord(`pos-${p}`, { full_name: `${first} ${last}`, phone }, 'pos'));
    out.push(
      makeRecord(
        `crm-${p}`,
        { first_name: first, last_name: last, email: email.toUpperCase(), phone },
        'crm',
      ),
    );
    if (p % 2 === 0) out.push(makeRecord(`shop-${p}`, { first_name: first, last_name: last, email }, 'shop'));
  }
  return out;
}

const fast = { uSamplePairs: 20_000 };

describe('IdentityGraph', () => {
  const records = population(150);

  test('links each person and gives the same ids on a rerun and in a fresh graph', () => {
    const graph = new IdentityGraph();
    graph.resolve(records, fast);
    expect(graph.personOf('pos-3')).toBe(graph.personOf('crm-3'));
    expect(graph.personOf('pos-4')).toBe(graph.personOf('shop-4'));
    expect(graph.personOf('pos-3')).not.toBe(graph.personOf('pos-4'));
    const before = Object.fromEntries(records.map((r) => [r.id, graph.personOf(r.id)]));
    const rerun = graph.resolve(records, fast);
    expect(rerun.changes).toEqual([]);
    expect(Object.fromEntries(records.map((r) => [r.id, graph.personOf(r.id)]))).toEqual(before);
    const fresh = new IdentityGraph();
    fresh.resolve([...records].reverse(), fast);
    expect(Object.fromEntries(records.map((r) => [r.id, fresh.personOf(r.id)]))).toEqual(before);
  });

  test('new records attach to existing persons without renumbering anyone', () => {
    const graph = new IdentityGraph();
    graph.resolve(records, fast);
    const before = Object.fromEntries(records.map((r) => [r.id, graph.personOf(r.id)]));
    // A new record whose id sorts before every other record of person 7.
    const added = makeRecord(
      'a-new-7',
      { email: records.find((r) => r.id === 'crm-7')!.fragments[2]!.value },
      'web',
    );
    const summary = graph.resolve([added], fast);
    expect(Object.fromEntries(records.map((r) => [r.id, graph.personOf(r.id)]))).toEqual(before);
    expect(graph.personOf('a-new-7')).toBe(before['crm-7']);
    expect(summary.changes).toContainEqual(
      expect.objectContaining({ kind: 'attach', personId: before['crm-7'], recordIds: ['a-new-7'] }),
    );
  });

  test('a record bridging two persons merges them: the ledger says so and the old id redirects', () => {
    const graph = new IdentityGraph();
    const a = makeRecord('x1', { first_name: 'Rosa', email: 'rosa.q@mail.com' }, 'crm');
    const b = makeRecord('x2', { first_name: 'Rosa', last_name: 'Quintero', phone: '(646) 732-1199' }, 'pos');
    graph.resolve([...records, a, b], fast);
    const [pa, pb] = [graph.personOf('x1')!, graph.personOf('x2')!];
    expect(pa).not.toBe(pb);
    const bridge = makeRecord(
      'x3',
      { first_name: 'Rosa', last_name: 'Quintero', email: 'Rosa.Q@mail.com', phone: '646-732-1199' },
      'shop',
    );
    const summary = graph.resolve([bridge], fast);
    const merged = graph.personOf('x1')!;
    expect(graph.personOf('x2')).toBe(merged);
    const absorbed = merged === pa ? pb : pa;
    expect(summary.changes).toContainEqual(
      expect.objectContaining({ kind: 'merge', personId: merged, absorbed: [absorbed] }),
    );
    expect(graph.currentPersonId(absorbed)).toBe(merged);
    expect(graph.person(absorbed)?.recordIds.sort()).toEqual(['x1', 'x2', 'x3']);
  });

  test('unmerge splits a person and the next run does not undo it', () => {
    const graph = new IdentityGraph();
    graph.resolve(records, fast);
    const personId = graph.personOf('pos-10')!;
    const { newPersonId } = graph.unmerge(personId, ['pos-10'], { reason: 'shared card' });
    expect(graph.personOf('pos-10')).toBe(newPersonId);
    expect(graph.personOf('crm-10')).toBe(personId);
    const summary = graph.resolve(records, fast);
    expect(graph.personOf('pos-10')).toBe(newPersonId);
    expect(graph.personOf('crm-10')).toBe(personId);
    expect(summary.changes).toEqual([]);
    expect(summary.result.blockedMerges['unmerge pin']).toBeGreaterThan(0);
    expect(graph.ledger.filter((e) => e.kind === 'unmerge')).toEqual([
      { kind: 'unmerge', run: 1, personId, newPersonId, recordIds: ['pos-10'], reason: 'shared card' },
    ]);
  });

  test('unmerge names what is wrong', () => {
    const graph = new IdentityGraph();
    graph.resolve(records, fast);
    expect(() => graph.unmerge('p_nope', ['pos-1'])).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_IDENTITY' }),
    );
    expect(() => graph.unmerge(graph.personOf('pos-1')!, ['pos-2'])).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_IDENTITY' }),
    );
  });

  test('survives a JSON round trip, pins and ids included', () => {
    const graph = new IdentityGraph();
    graph.resolve(records, fast);
    const personId = graph.personOf('pos-12')!;
    const { newPersonId } = graph.unmerge(personId, ['pos-12']);
    const restored = IdentityGraph.fromJSON(JSON.stringify(graph.toJSON()));
    restored.resolve(records, { ...fast, reuseModel: true });
    expect(restored.personOf('pos-12')).toBe(newPersonId);
    expect(restored.personOf('crm-12')).toBe(personId);
    expect(() => IdentityGraph.fromJSON({ version: 2 })).toThrowError(
      expect.objectContaining({ code: 'INVALID_IDENTITY_STATE' }),
    );
  });

  test('explain adds each field’s bits up to the match weight', () => {
    const graph = new IdentityGraph();
    graph.resolve(records, fast);
    const e = graph.explain('crm-20', 'shop-20');
    const sum = e.priorBits + e.fields.reduce((s, f) => s + f.bits + f.termFrequencyBits, 0);
    expect(sum).toBeCloseTo(e.weight, 9);
    expect(e.probability).toBeGreaterThan(0.99);
    expect(e.fields.find((f) => f.comparison === 'email')?.level).toBe('exact');
    expect(graph.explain('crm-20', 'crm-21').probability).toBeLessThan(0.01);
  });

  test('nodes and edges: records carry fragments, links carry evidence', () => {
    const graph = new IdentityGraph();
    graph.resolve(records.slice(0, 30), fast);
    const nodes = graph.nodes();
    const edges = graph.edges();
    expect(nodes.filter((n) => n.kind === 'record')).toHaveLength(30);
    expect(edges).toContainEqual({
      kind: 'has',
      record: 'crm-0',
      fragment: expect.stringMatching(/^email:/),
    });
    const links = edges.filter((e) => e.kind === 'link');
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l.rule !== null || (l.probability ?? 0) > 0.5).toBe(true);
  });
});
