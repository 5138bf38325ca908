import { createHash } from 'node:crypto';
import { identityFragmentTypes } from '@growthnav/conversions';
import { z } from 'zod';
import { IdentityError } from '../errors.js';
import {
  type LinkEvidence,
  type LinkRecordsOptions,
  type LinkResult,
  linkRecords,
} from '../linking/link-records.js';
import { explainPair, type PairExplanation } from '../model/explain-pair.js';
import {
  type CompiledModel,
  compileModel,
  type FellegiSunterModel,
  fellegiSunterModelSchema,
} from '../model/fellegi-sunter-model.js';
import type { IdentityRecord } from '../records/identity-record.js';
import {
  type PreparedRecords,
  type PrepareRecordsOptions,
  prepareRecords,
} from '../records/prepare-records.js';

/** A link between two records, by record id, with its evidence. */
export interface RecordLink {
  left: string;
  right: string;
  /** Deterministic rule, or null for a probabilistic link. */
  rule: string | null;
  weight: number | null;
  probability: number | null;
}

/** One event in the merge ledger. `run` counts `resolve` calls. */
export type LedgerEntry =
  /** A new person, with the links that joined its records. */
  | { kind: 'create'; run: number; personId: string; recordIds: string[]; evidence: RecordLink[] }
  /** New records joined an existing person. */
  | { kind: 'attach'; run: number; personId: string; recordIds: string[]; evidence: RecordLink[] }
  /** Existing persons merged into `personId`; their ids now redirect to it. */
  | { kind: 'merge'; run: number; personId: string; absorbed: string[]; evidence: RecordLink[] }
  /** Records of `personId` no longer link to it and became `newPersonId`. */
  | { kind: 'split'; run: number; personId: string; newPersonId: string; recordIds: string[] }
  /** A person split by hand; the split is pinned. */
  | {
      kind: 'unmerge';
      run: number;
      personId: string;
      newPersonId: string;
      recordIds: string[];
      reason: string;
    };

/** Records on the two sides of a pin never link again. */
export interface UnmergePin {
  left: string[];
  right: string[];
  reason: string;
}

/** Everything an identity graph needs to continue later (JSON-safe). */
export interface IdentityGraphState {
  version: 1;
  run: number;
  records: IdentityRecord[];
  /** record id → person id. */
  assignments: Record<string, string>;
  /** Absorbed person id → the person it was merged into. */
  aliases: Record<string, string>;
  pins: UnmergePin[];
  ledger: LedgerEntry[];
  /** Model of the last run (reused by `resolve({ reuseModel: true })` and `explain`). */
  model: FellegiSunterModel | null;
}

const recordLinkSchema = z.object({
  left: z.string(),
  right: z.string(),
  rule: z.string().nullable(),
  weight: z.number().nullable(),
  probability: z.number().nullable(),
});
const ledgerSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.enum(['create', 'attach']),
    run: z.number().int(),
    personId: z.string(),
    recordIds: z.array(z.string()),
    evidence: z.array(recordLinkSchema),
  }),
  z.object({
    kind: z.literal('merge'),
    run: z.number().int(),
    personId: z.string(),
    absorbed: z.array(z.string()),
    evidence: z.array(recordLinkSchema),
  }),
  z.object({
    kind: z.literal('split'),
    run: z.number().int(),
    personId: z.string(),
    newPersonId: z.string(),
    recordIds: z.array(z.string()),
  }),
  z.object({
    kind: z.literal('unmerge'),
    run: z.number().int(),
    personId: z.string(),
    newPersonId: z.string(),
    recordIds: z.array(z.string()),
    reason: z.string(),
  }),
]);

/** Schema of a serialized identity graph; `IdentityGraph.fromJSON` parses through it. */
export const identityGraphStateSchema = z.object({
  version: z.literal(1),
  run: z.number().int().min(0),
  records: z.array(
    z.object({
      id: z.string().min(1),
      sourceSystem: z.string().optional(),
      fragments: z.array(
        z.object({
          type: z.enum(identityFragmentTypes),
          value: z.string(),
          sourceSystem: z.string().optional(),
        }),
      ),
    }),
  ),
  assignments: z.record(z.string(), z.string()),
  aliases: z.record(z.string(), z.string()),
  pins: z.array(z.object({ left: z.array(z.string()), right: z.array(z.string()), reason: z.string() })),
  ledger: z.array(ledgerSchema),
  model: fellegiSunterModelSchema.nullable(),
});

/** A graph node: a record or a canonical fragment value. */
export type IdentityGraphNode =
  | { kind: 'record'; id: string; personId: string; sourceSystem: string }
  | { kind: 'fragment'; id: string; column: string; value: string };

/** A graph edge: a record carries a fragment, or two records are linked (with evidence). */
export type IdentityGraphEdge =
  | { kind: 'has'; record: string; fragment: string }
  | ({ kind: 'link' } & RecordLink);

export interface ResolveOptions extends Omit<LinkRecordsOptions, 'pins' | 'model'>, PrepareRecordsOptions {
  /** Reuse the last run's model instead of training a new one. Default false. */
  reuseModel?: boolean;
  /** A model to use as is. */
  model?: FellegiSunterModel;
}

export interface ResolveSummary {
  run: number;
  records: number;
  persons: number;
  /** Ledger entries this run appended. */
  changes: LedgerEntry[];
  /** The linking result of this run (clusters by record index, evidence, model). */
  result: LinkResult;
}

/** A resolved person. */
export interface Person {
  personId: string;
  recordIds: string[];
  /** Links among its records, with evidence. */
  links: RecordLink[];
}

/** Person ids: `p_` and 16 hex digits of SHA-256 of the person's smallest record id. */
function mintId(seed: string, taken: (id: string) => boolean): string {
  for (let k = 0; ; k++) {
    const id = `p_${createHash('sha256')
      .update(k === 0 ? seed : `${seed}#${k}`)
      .digest('hex')
      .slice(0, 16)}`;
    if (!taken(id)) return id;
  }
}

/**
 * The identity graph: records and their fragments as nodes, links with
 * their evidence as edges, and stable person ids. `resolve` relinks all
 * records it has seen and keeps every existing person id (new records attach
 * to existing persons, merges keep the id of the person with most records);
 * `unmerge` splits a person and pins the split so later runs keep it.
 */
export class IdentityGraph {
  private state: IdentityGraphState;
  private last: { prepared: PreparedRecords; compiled: CompiledModel; links: LinkEvidence[] } | null = null;
  private recordIndex = new Map<string, number>();

  constructor(state?: IdentityGraphState) {
    this.state = state
      ? structuredClone(state)
      : { version: 1, run: 0, records: [], assignments: {}, aliases: {}, pins: [], ledger: [], model: null };
    this.state.records.forEach((r, i) => {
      this.recordIndex.set(r.id, i);
    });
  }

  /** Reads a graph saved with `toJSON`, checking every field. */
  static fromJSON(json: unknown): IdentityGraph {
    const parsed = identityGraphStateSchema.safeParse(typeof json === 'string' ? JSON.parse(json) : json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new IdentityError({
        code: 'INVALID_IDENTITY_STATE',
        message: `Not a saved identity graph: ${issue?.path.join('.')}: ${issue?.message}. Pass what IdentityGraph#toJSON returned.`,
        cause: parsed.error,
      });
    }
    return new IdentityGraph(parsed.data as IdentityGraphState);
  }

  toJSON(): IdentityGraphState {
    return structuredClone(this.state);
  }

  get ledger(): readonly LedgerEntry[] {
    return this.state.ledger;
  }

  /** The current person id of a record (undefined if the record is unknown). */
  personOf(recordId: string): string | undefined {
    return this.state.assignments[recordId];
  }

  /** Follows merges: the person an old id now lives on. */
  currentPersonId(personId: string): string {
    let id = personId;
    for (let hops = 0; this.state.aliases[id] !== undefined && hops < 1000; hops++)
      id = this.state.aliases[id]!;
    return id;
  }

  /** All persons with their records. */
  persons(): Person[] {
    const byPerson = new Map<string, string[]>();
    for (const r of this.state.records) {
      const p = this.state.assignments[r.id]!;
      const list = byPerson.get(p);
      if (list) list.push(r.id);
      else byPerson.set(p, [r.id]);
    }
    const links = this.lastLinks();
    return [...byPerson].map(([personId, recordIds]) => ({
      personId,
      recordIds,
      links: links.filter(
        (l) => this.state.assignments[l.left] === personId && this.state.assignments[l.right] === personId,
      ),
    }));
  }

  /** One person (follows merges), or undefined. */
  person(personId: string): Person | undefined {
    const id = this.currentPersonId(personId);
    const recordIds = this.state.records.filter((r) => this.state.assignments[r.id] === id).map((r) => r.id);
    if (recordIds.length === 0) return undefined;
    const set = new Set(recordIds);
    return {
      personId: id,
      recordIds,
      links: this.lastLinks().filter((l) => set.has(l.left) && set.has(l.right)),
    };
  }

  private lastLinks(): RecordLink[] {
    if (!this.last) return [];
    const ids = this.last.prepared.ids;
    return this.last.links.map((l) => ({
      left: ids[l.left]!,
      right: ids[l.right]!,
      rule: l.rule,
      weight: l.weight,
      probability: l.probability,
    }));
  }

  /**
   * Adds (or replaces, by id) records and relinks everything. Existing person
   * ids are kept; the ledger gets one entry per created, grown, merged or
   * split person.
   */
  resolve(records: readonly IdentityRecord[], options: ResolveOptions = {}): ResolveSummary {
    for (const r of records) {
      const at = this.recordIndex.get(r.id);
      if (at === undefined) {
        this.recordIndex.set(r.id, this.state.records.length);
        this.state.records.push(r);
      } else this.state.records[at] = r;
    }
    const run = ++this.state.run;
    // Linking sees records in id order, so the result does not depend on the order they arrived in.
    const ordered = [...this.state.records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const prepared = prepareRecords(ordered, options);
    const model = options.model ?? (options.reuseModel && this.state.model ? this.state.model : undefined);
    const result = linkRecords(prepared, { ...options, model, pins: this.pinTokens(prepared) });
    this.state.model = result.model;
    this.last = { prepared, compiled: result.compiled, links: result.links };
    const changes = this.assign(prepared, result, run);
    this.state.ledger.push(...changes);
    const persons = new Set(Object.values(this.state.assignments)).size;
    return { run, records: prepared.size, persons, changes, result };
  }

  private pinTokens(prepared: PreparedRecords): Map<number, number[]> {
    const index = new Map<string, number>();
    prepared.ids.forEach((id, i) => {
      index.set(id, i);
    });
    const tokens = new Map<number, number[]>();
    this.state.pins.forEach((pin, p) => {
      for (const [side, ids] of [pin.left, pin.right].entries()) {
        for (const id of ids) {
          const r = index.get(id);
          if (r === undefined) continue;
          const list = tokens.get(r);
          if (list) list.push(p * 2 + side);
          else tokens.set(r, [p * 2 + side]);
        }
      }
    });
    return tokens;
  }

  private assign(prepared: PreparedRecords, result: LinkResult, run: number): LedgerEntry[] {
    const ids = prepared.ids;
    const clusters = new Map<number, number[]>();
    for (let r = 0; r < prepared.size; r++) {
      const c = result.clusters[r]!;
      const list = clusters.get(c);
      if (list) list.push(r);
      else clusters.set(c, [r]);
    }
    const previous = (r: number): string | undefined => {
      const p = this.state.assignments[ids[r]!];
      return p === undefined ? undefined : this.currentPersonId(p);
    };
    // Claims: (cluster, previous person, records of it in the cluster); larger claims win.
    const claims: { cluster: number; person: string; count: number }[] = [];
    for (const [c, members] of clusters) {
      const counts = new Map<string, number>();
      for (const r of members) {
        const p = previous(r);
        if (p !== undefined) counts.set(p, (counts.get(p) ?? 0) + 1);
      }
      for (const [person, count] of counts) claims.push({ cluster: c, person, count });
    }
    claims.sort(
      (a, b) =>
        b.count - a.count || (a.person < b.person ? -1 : a.person > b.person ? 1 : a.cluster - b.cluster),
    );
    const idOf = new Map<number, string>();
    const used = new Set<string>();
    for (const claim of claims) {
      if (idOf.has(claim.cluster) || used.has(claim.person)) continue;
      idOf.set(claim.cluster, claim.person);
      used.add(claim.person);
    }
    const known = new Set<string>([
      ...Object.values(this.state.assignments),
      ...Object.keys(this.state.aliases),
    ]);
    const linksByCluster = new Map<number, RecordLink[]>();
    for (const l of result.links) {
      const c = result.clusters[l.left]!;
      const link: RecordLink = {
        left: ids[l.left]!,
        right: ids[l.right]!,
        rule: l.rule,
        weight: l.weight,
        probability: l.probability,
      };
      const list = linksByCluster.get(c);
      if (list) list.push(link);
      else linksByCluster.set(c, [link]);
    }
    const changes: LedgerEntry[] = [];
    const sortedClusters = [...clusters.keys()].sort((a, b) => a - b);
    for (const c of sortedClusters) {
      const members = clusters.get(c)!;
      const recordIds = members.map((r) => ids[r]!);
      const evidence = linksByCluster.get(c) ?? [];
      let personId = idOf.get(c);
      if (personId === undefined) {
        const seed = [...recordIds].sort()[0]!;
        personId = mintId(seed, (id) => used.has(id) || known.has(id));
        used.add(personId);
        idOf.set(c, personId);
        const before = new Map<string, string[]>();
        for (const r of members) {
          const p = previous(r);
          if (p !== undefined) before.set(p, [...(before.get(p) ?? []), ids[r]!]);
        }
        if (before.size === 0) changes.push({ kind: 'create', run, personId, recordIds, evidence });
        for (const [old, moved] of before)
          changes.push({ kind: 'split', run, personId: old, newPersonId: personId, recordIds: moved });
      } else {
        const fresh = members.filter((r) => previous(r) === undefined).map((r) => ids[r]!);
        const absorbed = [
          ...new Set(members.map(previous).filter((p): p is string => p !== undefined && p !== personId)),
        ];
        const keptId = personId;
        // A previous person still claimed by another cluster lost records here (a split); any other was merged in.
        const merged = absorbed.filter((p) => !used.has(p));
        if (merged.length > 0) {
          for (const p of merged) this.state.aliases[p] = keptId;
          changes.push({ kind: 'merge', run, personId: keptId, absorbed: merged, evidence });
        }
        for (const p of absorbed.filter((x) => used.has(x))) {
          const moved = members.filter((r) => previous(r) === p).map((r) => ids[r]!);
          changes.push({ kind: 'split', run, personId: p, newPersonId: keptId, recordIds: moved });
        }
        if (fresh.length > 0) {
          const freshSet = new Set(fresh);
          changes.push({
            kind: 'attach',
            run,
            personId: keptId,
            recordIds: fresh,
            evidence: evidence.filter((l) => freshSet.has(l.left) || freshSet.has(l.right)),
          });
        }
      }
    }
    const assignments: Record<string, string> = {};
    for (const [c, members] of clusters) for (const r of members) assignments[ids[r]!] = idOf.get(c)!;
    this.state.assignments = assignments;
    return changes;
  }

  /**
   * Splits `recordIds` off `personId` into a new person and pins the split:
   * later runs never link a record of one side to a record of the other.
   */
  unmerge(
    personId: string,
    recordIds: readonly string[],
    options: { reason?: string } = {},
  ): { personId: string; newPersonId: string } {
    const id = this.currentPersonId(personId);
    const members = this.state.records.filter((r) => this.state.assignments[r.id] === id).map((r) => r.id);
    if (members.length === 0) {
      throw new IdentityError({
        code: 'UNKNOWN_IDENTITY',
        message: `No person "${personId}". Use an id from personOf() or persons().`,
      });
    }
    const split = new Set(recordIds);
    for (const r of split) {
      if (!members.includes(r)) {
        throw new IdentityError({
          code: 'UNKNOWN_IDENTITY',
          message: `Record "${r}" does not belong to person ${id}. Pass record ids from person(${JSON.stringify(id)}).recordIds.`,
        });
      }
    }
    const remaining = members.filter((r) => !split.has(r));
    if (split.size === 0 || remaining.length === 0) {
      throw new IdentityError({
        code: 'INVALID_IDENTITY_OPTIONS',
        message: `Unmerging needs some but not all of the person's ${members.length} records; got ${split.size}.`,
      });
    }
    const known = new Set<string>([
      ...Object.values(this.state.assignments),
      ...Object.keys(this.state.aliases),
    ]);
    const newPersonId = mintId([...split].sort()[0]!, (x) => known.has(x));
    for (const r of split) this.state.assignments[r] = newPersonId;
    const reason = options.reason ?? 'unmerged by hand';
    this.state.pins.push({ left: [...split], right: remaining, reason });
    this.state.ledger.push({
      kind: 'unmerge',
      run: this.state.run,
      personId: id,
      newPersonId,
      recordIds: [...split],
      reason,
    });
    if (this.last) {
      const set = new Set(split);
      const ids = this.last.prepared.ids;
      this.last.links = this.last.links.filter((l) => set.has(ids[l.left]!) === set.has(ids[l.right]!));
    }
    return { personId: id, newPersonId };
  }

  /** Why two records do (or do not) match: each field's contribution in bits. */
  explain(recordIdA: string, recordIdB: string): PairExplanation {
    if (!this.last) {
      if (!this.state.model) {
        throw new IdentityError({
          code: 'UNKNOWN_IDENTITY',
          message: 'No model yet: call resolve() before explain().',
        });
      }
      const prepared = prepareRecords(
        [...this.state.records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      );
      this.last = { prepared, compiled: compileModel(this.state.model, prepared), links: [] };
    }
    const index = new Map(this.last.prepared.ids.map((id, i) => [id, i] as const));
    const i = index.get(recordIdA);
    const j = index.get(recordIdB);
    if (i === undefined || j === undefined) {
      throw new IdentityError({
        code: 'UNKNOWN_IDENTITY',
        message: `Record "${i === undefined ? recordIdA : recordIdB}" is not in the graph. Add it with resolve() first.`,
      });
    }
    return explainPair(this.last.compiled, i, j);
  }

  /** Nodes: every record and every distinct canonical fragment value. */
  nodes(): IdentityGraphNode[] {
    const out: IdentityGraphNode[] = [];
    for (const r of this.state.records) {
      out.push({
        kind: 'record',
        id: r.id,
        personId: this.state.assignments[r.id] ?? '',
        sourceSystem: r.sourceSystem ?? 'default',
      });
    }
    const seen = new Set<string>();
    for (const e of this.fragmentEdges()) {
      if (!seen.has(e.fragment)) {
        seen.add(e.fragment);
        const bar = e.fragment.indexOf(':');
        out.push({
          kind: 'fragment',
          id: e.fragment,
          column: e.fragment.slice(0, bar),
          value: e.fragment.slice(bar + 1),
        });
      }
    }
    return out;
  }

  /** Edges: record → fragment (`has`) and record — record (`link`, with evidence). */
  edges(): IdentityGraphEdge[] {
    return [...this.fragmentEdges(), ...this.lastLinks().map((l) => ({ kind: 'link' as const, ...l }))];
  }

  private fragmentEdges(): { kind: 'has'; record: string; fragment: string }[] {
    if (!this.last) return [];
    const p = this.last.prepared;
    const out: { kind: 'has'; record: string; fragment: string }[] = [];
    const columns = [
      'email',
      'phone',
      'first_name',
      'last_name',
      'birth_date',
      'postal_code',
      'address_line',
      'account',
    ] as const;
    for (let r = 0; r < p.size; r++) {
      for (const c of columns) {
        const col = p.columns[c];
        const code = col.codes[r]!;
        if (code < 0) continue;
        for (const v of [code, ...(col.more.get(r) ?? [])])
          out.push({ kind: 'has', record: p.ids[r]!, fragment: `${c}:${col.values[v]}` });
      }
    }
    return out;
  }
}
