// Space-Saving top-k sketch (Metwally, Agrawal, El Abbadi 2005): at most `capacity` counters, so
// memory is bounded whatever the number of distinct values. A value not tracked takes over the
// smallest counter and inherits its count as its possible error. Guarantees: every listed count
// is at least the true count and over-counts it by at most its own error (<= total / capacity),
// and any value occurring more than total / capacity times is listed. While fewer distinct values
// than counters were seen, counts are exact.

interface TopValue {
  value: string;
  count: number;
}

interface TopK {
  values: TopValue[];
  /** The largest over-count among the listed values (0 when exact). */
  error: number;
  /** Occurrences not in the listed values. */
  other: number;
}

/**
 * A copy that holds no reference to the (possibly much longer) string it was cut from: V8 keeps a
 * substring of 13 characters or more as a view of its parent, so a value read out of a message would
 * keep the message alive. Joining two parts makes a flat copy; `(' ' + s).slice(1)` made a view again,
 * of a copy, 32 bytes more a value: 3 MB of the heap at 10,000 groups (heap snapshot after the last record).
 */
export function detach(s: string): string {
  return s.length < 13 ? s : [s.slice(0, 1), s.slice(1)].join('');
}

export class SpaceSaving {
  private readonly counts = new Map<string, number>();
  /** Made at the first eviction: most sketches never evict (a Map costs ~250 bytes even empty). */
  private errors: Map<string, number> | undefined;
  private total = 0;
  /** The smallest counter, kept while no counter moved; undefined means "find it again". */
  private min: string | undefined;

  constructor(private readonly capacity: number) {
    if (!(capacity >= 1)) throw new RangeError('capacity must be at least 1');
  }

  get size(): number {
    return this.total;
  }

  add(value: string, n = 1): void {
    this.total += n;
    const c = this.counts.get(value);
    if (c !== undefined) {
      this.counts.set(value, c + n);
      if (value === this.min) this.min = undefined;
      return;
    }
    if (this.counts.size < this.capacity) {
      this.counts.set(detach(value), n);
      this.min = undefined;
      return;
    }
    const victim = this.smallest();
    const floor = this.counts.get(victim)!;
    this.counts.delete(victim);
    this.errors ??= new Map();
    this.errors.delete(victim);
    const kept = detach(value);
    this.counts.set(kept, floor + n);
    this.errors.set(kept, floor);
    this.min = undefined;
  }

  private smallest(): string {
    if (this.min !== undefined) return this.min;
    let best: string | undefined;
    let bestCount = Infinity;
    // forEach, not for-of: no [value, count] pair made per counter (this runs at every eviction).
    this.counts.forEach((c, v) => {
      if (c < bestCount) {
        best = v;
        bestCount = c;
      }
    });
    this.min = best!;
    return this.min;
  }

  /** The `limit` most frequent values, most frequent first (ties by value, for determinism). */
  top(limit: number): TopK {
    const values = [...this.counts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, limit)
      .map(([value, count]) => ({ value, count }));
    const error = values.reduce((e, v) => Math.max(e, this.errors?.get(v.value) ?? 0), 0);
    const listed = values.reduce((s, v) => s + v.count, 0);
    return { values, error, other: Math.max(0, this.total - listed) };
  }
}
