import {
  classifyValue,
  dateScan,
  numberScan,
  VALUE_BOOLEAN,
  VALUE_DATE,
  VALUE_DATETIME,
  VALUE_DECIMAL,
  VALUE_INTEGER,
  VALUE_JSON,
  VALUE_KIND_COUNT,
  VALUE_MONEY,
  VALUE_STRING,
  VALUE_TIME,
} from './classify-value.js';
import type { ColumnProfile, DateFormat, PatternShare, ValueType } from './column-profile.js';
import { DistinctCounter } from './distinct-counter.js';
import { matchValuePatterns, type ValuePatternName } from './value-patterns.js';

/** A type must cover this share of a column's values to be its type: one value in ten may be junk. */
export const TYPE_DOMINANCE = 0.9;
/** Epoch seconds between 2000-01-01 and 2040-01-01; outside it a 10-digit integer is more likely an id or a phone. */
const EPOCH_SECONDS_MIN = 946_684_800;
const EPOCH_SECONDS_MAX = 2_208_988_800;
// Flags kept per distinct value (see DistinctCounter).
const FLAG_DECIMALS = 0xf;
const FLAG_GROUPED = 1 << 4;
const FLAG_PERCENT = 1 << 5;
const FLAG_COMMA = 1 << 6;
const FLAG_MARK = 1 << 7;
const DATE_STYLE_SHIFT = 8;
const FLAG_DAY_FIRST = 1 << 11;
const FLAG_MONTH_FIRST = 1 << 12;
const DATE_STYLES = ['', 'iso', 'slash', 'dot', 'text'] as const;

/** Patterns are checked on this many reservoir values (a uniform subsample): ±4% on a share, at a fraction of the cost. */
const PATTERN_SAMPLE = 128;
/** How many distinct sample values `sampleValues` shows. */
const SAMPLE_VALUES_SHOWN = 8;

const NULL_WORDS = new Set([
  'null',
  'n/a',
  'na',
  'none',
  'nil',
  '-',
  '--',
  '—',
  '(null)',
  '#n/a',
  'undefined',
  'nan',
  '(blank)',
]);

function isNullWord(s: string): boolean {
  const c = s.charCodeAt(0);
  // n N - ( # u U — (
  if (c !== 110 && c !== 78 && c !== 45 && c !== 40 && c !== 35 && c !== 117 && c !== 85 && c !== 0x2014)
    return false;
  return NULL_WORDS.has(s.toLowerCase());
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function toText(raw: unknown): string | null {
  if (raw === null || raw === undefined) return null;
  switch (typeof raw) {
    case 'string':
      return raw;
    case 'number':
      return Number.isFinite(raw) ? String(raw) : null;
    case 'boolean':
    case 'bigint':
      return String(raw);
    case 'object':
      if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : raw.toISOString();
      try {
        return JSON.stringify(raw);
      } catch {
        return null;
      }
    default:
      return null;
  }
}

/** Single-pass, bounded-memory statistics of one column. */
export class ColumnAccumulator {
  readonly name: string;
  readonly index: number;
  rows = 0;
  private missing = 0;
  private blank = 0;
  private nonNull = 0;
  private readonly kinds = new Int32Array(VALUE_KIND_COUNT);
  private lengthMin = Number.POSITIVE_INFINITY;
  private lengthMax = 0;
  private lengthSum = 0;
  private numCount = 0;
  private numMin = Number.POSITIVE_INFINITY;
  private numMax = Number.NEGATIVE_INFINITY;
  private numSum = 0;
  private numSumSq = 0;
  private numZero = 0;
  private numNegative = 0;
  private numInteger = 0;
  private maxDecimals = 0;
  private commaDecimals = 0;
  private dotDecimals = 0;
  private moneyLike = 0;
  private epochSeconds = 0;
  private epochMillis = 0;
  private readonly currencyMarks = new Map<string, number>();
  private dateIso = 0;
  private dateSlash = 0;
  private dateDot = 0;
  private dateText = 0;
  private dayFirst = 0;
  private monthFirst = 0;
  private seqPrev = -1;
  private seqPairs = 0;
  private seqUp = 0;
  private readonly distinct: DistinctCounter;
  private readonly reservoir: string[] = [];
  private readonly sampleSize: number;
  private readonly random: () => number;

  constructor(
    name: string,
    index: number,
    options: { sampleSize: number; exactDistinctLimit: number; seed: number },
  ) {
    this.name = name;
    this.index = index;
    this.sampleSize = options.sampleSize;
    this.distinct = new DistinctCounter(options.exactDistinctLimit);
    this.random = mulberry32(options.seed * 7919 + index);
  }

  /** Counts rows this column was absent from (a column first met after some rows). */
  addMissing(count: number): void {
    this.rows += count;
    this.missing += count;
  }

  add(raw: unknown): void {
    this.rows++;
    let s = typeof raw === 'string' ? raw : toText(raw);
    if (s === null || s.length === 0) {
      this.missing++;
      return;
    }
    const first = s.charCodeAt(0);
    const last = s.charCodeAt(s.length - 1);
    if (first <= 32 || last <= 32 || first === 0xa0 || last === 0xa0 || first === 0xfeff) {
      s = s.trim();
      if (s.length === 0) {
        this.blank++;
        return;
      }
    }
    if (s.length <= 9 && isNullWord(s)) {
      this.blank++;
      return;
    }
    this.nonNull++;
    const n = s.length;
    if (n < this.lengthMin) this.lengthMin = n;
    if (n > this.lengthMax) this.lengthMax = n;
    this.lengthSum += n;

    // a value met before is not classified again
    const table = this.distinct;
    const slot = table.find(s);
    let kind: number;
    let num = 0;
    let flags = 0;
    let mark = '';
    if (slot >= 0) {
      table.counts[slot]!++;
      kind = table.kinds[slot]!;
      num = table.numbers[slot]!;
      flags = table.flags[slot]!;
      if (flags & FLAG_MARK) mark = table.marks.get(slot) ?? '';
    } else {
      kind = classifyValue(s);
      if (kind === VALUE_INTEGER || kind === VALUE_DECIMAL || kind === VALUE_MONEY) {
        num = numberScan.value;
        mark = numberScan.currency;
        flags =
          Math.min(15, numberScan.decimals) |
          (numberScan.grouped ? FLAG_GROUPED : 0) |
          (numberScan.percent ? FLAG_PERCENT : 0) |
          (numberScan.decimalSeparator === 44 ? FLAG_COMMA : 0) |
          (mark !== '' ? FLAG_MARK : 0);
      } else if (kind === VALUE_DATE || kind === VALUE_DATETIME) {
        flags =
          (DATE_STYLES.indexOf(dateScan.style) << DATE_STYLE_SHIFT) |
          (dateScan.dayFirst ? FLAG_DAY_FIRST : 0) |
          (dateScan.monthFirst ? FLAG_MONTH_FIRST : 0);
      }
      table.insert(s, kind, num, flags, mark);
    }
    this.kinds[kind]!++;
    if (kind === VALUE_INTEGER || kind === VALUE_DECIMAL || kind === VALUE_MONEY)
      this.addNumber(kind, num, flags, mark, n);
    else if (kind === VALUE_DATE || kind === VALUE_DATETIME) this.addDate(flags);

    // trailing integer, for sequential ids
    if (kind === VALUE_INTEGER && (flags & FLAG_GROUPED) === 0) this.addSequence(num);
    else if (kind === VALUE_STRING) {
      let k = n - 1;
      let c = s.charCodeAt(k);
      if (c >= 48 && c <= 57) {
        let v = 0;
        let mult = 1;
        while (k >= 0 && c >= 48 && c <= 57 && mult < 1e15) {
          v += (c - 48) * mult;
          mult *= 10;
          k--;
          c = s.charCodeAt(k);
        }
        this.addSequence(v);
      }
    }

    const reservoir = this.reservoir;
    if (reservoir.length < this.sampleSize) reservoir.push(s);
    else {
      const j = Math.floor(this.random() * this.nonNull);
      if (j < this.sampleSize) reservoir[j] = s;
    }
  }

  private addSequence(v: number): void {
    if (this.seqPrev >= 0) {
      this.seqPairs++;
      if (v > this.seqPrev) this.seqUp++;
    }
    this.seqPrev = v;
  }

  private addNumber(kind: number, v: number, flags: number, mark: string, length: number): void {
    this.numCount++;
    if (v < this.numMin) this.numMin = v;
    if (v > this.numMax) this.numMax = v;
    this.numSum += v;
    this.numSumSq += v * v;
    if (v === 0) this.numZero++;
    else if (v < 0) this.numNegative++;
    const decimals = flags & FLAG_DECIMALS;
    if (decimals === 0) {
      this.numInteger++;
      if (kind === VALUE_INTEGER && (flags & FLAG_GROUPED) === 0) {
        if (length === 10 && v >= EPOCH_SECONDS_MIN && v < EPOCH_SECONDS_MAX) this.epochSeconds++;
        else if (length === 13 && v >= EPOCH_SECONDS_MIN * 1000 && v < EPOCH_SECONDS_MAX * 1000)
          this.epochMillis++;
      }
    } else {
      if (decimals > this.maxDecimals) this.maxDecimals = decimals;
      if (flags & FLAG_COMMA) this.commaDecimals++;
      else this.dotDecimals++;
    }
    if (mark !== '') {
      this.moneyLike++;
      this.currencyMarks.set(mark, (this.currencyMarks.get(mark) ?? 0) + 1);
    } else if (decimals === 2 && (flags & FLAG_PERCENT) === 0) this.moneyLike++;
  }

  private addDate(flags: number): void {
    switch (DATE_STYLES[(flags >> DATE_STYLE_SHIFT) & 7]) {
      case 'iso':
        this.dateIso++;
        break;
      case 'slash':
        this.dateSlash++;
        break;
      case 'dot':
        this.dateDot++;
        break;
      default:
        this.dateText++;
    }
    if (flags & FLAG_DAY_FIRST) this.dayFirst++;
    if (flags & FLAG_MONTH_FIRST) this.monthFirst++;
  }

  finish(topValueCount: number): ColumnProfile {
    const nonNull = this.nonNull;
    const kinds = this.kinds;
    const share = (count: number) => (nonNull === 0 ? 0 : count / nonNull);
    const typeCounts: Partial<Record<ValueType, number>> = {};
    const put = (type: ValueType, count: number) => {
      if (count > 0) typeCounts[type] = (typeCounts[type] ?? 0) + count;
    };
    const integers = kinds[VALUE_INTEGER]!;
    let epochType: ValueType | null = null;
    if (integers > 0 && this.epochSeconds >= TYPE_DOMINANCE * nonNull) epochType = 'epoch_seconds';
    else if (integers > 0 && this.epochMillis >= TYPE_DOMINANCE * nonNull) epochType = 'epoch_millis';
    put('string', kinds[VALUE_STRING]!);
    if (epochType) put(epochType, integers);
    else put('integer', integers);
    put('decimal', kinds[VALUE_DECIMAL]!);
    put('money', kinds[VALUE_MONEY]!);
    put('boolean', kinds[VALUE_BOOLEAN]!);
    put('date', kinds[VALUE_DATE]!);
    put('datetime', kinds[VALUE_DATETIME]!);
    put('time', kinds[VALUE_TIME]!);
    put('json', kinds[VALUE_JSON]!);
    const typeDistribution: Partial<Record<ValueType, number>> = {};
    for (const [type, count] of Object.entries(typeCounts) as [ValueType, number][]) {
      typeDistribution[type] = round(share(count));
    }

    const sample =
      this.reservoir.length > PATTERN_SAMPLE ? this.reservoir.slice(0, PATTERN_SAMPLE) : this.reservoir;
    const patternCounts = new Map<ValuePatternName, number>();
    for (const value of sample) matchValuePatterns(value, patternCounts);
    const patterns: PatternShare[] = [];
    for (const [name, count] of patternCounts) patterns.push({ name, share: round(count / sample.length) });
    if (this.moneyLike > 0) patterns.push({ name: 'money', share: round(share(this.moneyLike)) });
    patterns.sort((a, b) => b.share - a.share || a.name.localeCompare(b.name));
    const patternShare = (name: ValuePatternName) => patterns.find((p) => p.name === name)?.share ?? 0;

    const distinctCount = this.distinct.count();
    const inferredType = this.inferType(nonNull, epochType, patternShare('compact_date'), distinctCount);

    let dateFormat: DateFormat | null = null;
    if (inferredType === 'date' || inferredType === 'datetime') {
      if (kinds[VALUE_DATE]! + kinds[VALUE_DATETIME]! === 0) dateFormat = 'compact';
      else {
        const styles: [DateFormat, number][] = [
          ['iso', this.dateIso],
          [this.dayFirst > 0 && this.monthFirst === 0 ? 'eu' : 'us', this.dateSlash],
          [this.monthFirst > 0 && this.dayFirst === 0 ? 'us' : 'eu', this.dateDot],
          ['text', this.dateText],
        ];
        styles.sort((a, b) => b[1] - a[1]);
        dateFormat = styles[0]![0];
      }
    } else if (inferredType === 'epoch_seconds' || inferredType === 'epoch_millis') dateFormat = inferredType;

    const top = topK(this.distinct.entries(), topValueCount);
    const shown: string[] = [];
    const seen = new Set<string>();
    for (const value of sample) {
      if (shown.length >= SAMPLE_VALUES_SHOWN) break;
      if (seen.has(value)) continue;
      seen.add(value);
      shown.push(value);
    }

    const numCount = this.numCount;
    const mean = numCount === 0 ? 0 : this.numSum / numCount;
    const variance = numCount === 0 ? 0 : Math.max(0, this.numSumSq / numCount - mean * mean);
    return {
      name: this.name,
      index: this.index,
      rowCount: this.rows,
      nullCount: this.missing,
      blankCount: this.blank,
      nullShare: this.rows === 0 ? 0 : round(this.missing / this.rows),
      blankShare: this.rows === 0 ? 0 : round(this.blank / this.rows),
      nonNullCount: nonNull,
      inferredType,
      typeDistribution,
      distinct: { count: distinctCount, exact: this.distinct.exact },
      uniqueness: nonNull === 0 ? 0 : round(Math.min(1, distinctCount / nonNull)),
      length:
        nonNull === 0
          ? null
          : { min: this.lengthMin, max: this.lengthMax, mean: round(this.lengthSum / nonNull) },
      numeric:
        numCount === 0
          ? null
          : {
              count: numCount,
              min: this.numMin,
              max: this.numMax,
              mean: round(mean),
              stddev: round(Math.sqrt(variance)),
              integerShare: round(this.numInteger / numCount),
              zeroShare: round(this.numZero / numCount),
              negativeShare: round(this.numNegative / numCount),
              maxDecimals: this.maxDecimals,
              decimalSeparator:
                this.commaDecimals + this.dotDecimals === 0
                  ? null
                  : this.commaDecimals > this.dotDecimals
                    ? ','
                    : '.',
            },
      monotonicShare: this.seqPairs === 0 ? null : round(this.seqUp / this.seqPairs),
      topValues: top,
      sampleValues: shown,
      patterns,
      dateFormat,
      currencyMarks: [...this.currencyMarks].sort((a, b) => b[1] - a[1]).map(([mark]) => mark),
    };
  }

  private inferType(
    nonNull: number,
    epochType: ValueType | null,
    compactDateShare: number,
    distinctCount: number,
  ): ValueType | 'empty' {
    if (nonNull === 0) return 'empty';
    const kinds = this.kinds;
    const min = TYPE_DOMINANCE * nonNull;
    const integers = kinds[VALUE_INTEGER]!;
    const numeric = integers + kinds[VALUE_DECIMAL]! + kinds[VALUE_MONEY]!;
    if (numeric >= min) {
      if (kinds[VALUE_MONEY]! > 0 && kinds[VALUE_MONEY]! >= 0.5 * numeric) return 'money';
      if (kinds[VALUE_DECIMAL]! > 0) return 'decimal';
      if (epochType) return epochType;
      if (compactDateShare >= TYPE_DOMINANCE) return 'date';
      if (this.distinct.exact && distinctCount <= 2) {
        const keys = [...this.distinct.slots.keys()];
        if (keys.every((k) => k === '0' || k === '1') && keys.length === 2) return 'boolean';
      }
      return 'integer';
    }
    const dates = kinds[VALUE_DATE]! + kinds[VALUE_DATETIME]!;
    if (dates >= min) return kinds[VALUE_DATETIME]! >= 0.5 * dates ? 'datetime' : 'date';
    if (kinds[VALUE_TIME]! >= min) return 'time';
    if (
      kinds[VALUE_BOOLEAN]! + (this.distinct.exact ? this.zeroOneCount() : 0) >= min &&
      kinds[VALUE_BOOLEAN]! > 0
    )
      return 'boolean';
    if (kinds[VALUE_JSON]! >= min) return 'json';
    return 'string';
  }

  private zeroOneCount(): number {
    const d = this.distinct;
    const zero = d.find('0');
    const one = d.find('1');
    return (zero >= 0 ? d.counts[zero]! : 0) + (one >= 0 ? d.counts[one]! : 0);
  }
}

/** The k most frequent entries (ties by value), in one pass without sorting the whole map. */
function topK(counts: Iterable<[string, number]>, k: number): { value: string; count: number }[] {
  const best: { value: string; count: number }[] = [];
  if (k <= 0) return best;
  const before = (a: { value: string; count: number }, value: string, count: number) =>
    count > a.count || (count === a.count && value < a.value);
  for (const [value, count] of counts) {
    if (best.length === k && !before(best[k - 1]!, value, count)) continue;
    let i = best.length === k ? k - 1 : best.length;
    if (best.length < k) best.push({ value, count });
    while (i > 0 && before(best[i - 1]!, value, count)) {
      best[i] = best[i - 1]!;
      i--;
    }
    best[i] = { value, count };
  }
  return best;
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
