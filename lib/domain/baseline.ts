/**
 * A growth target is measured against the prior year's figure, frozen into each year's plan (copying a plan
 * carries last year's year-end figure in). Once the baseline has been used — a figure reported on the target
 * or a review of the plan taken — changing it would silently rewrite every completion and score computed
 * from it, so it stays as it is; so does the kind of a target with reports or named items behind it (a count
 * would stop counting its items).
 */
export interface RecordedFacts {
  /** reports or named items on the target */
  records: number;
  /** reviews (with their snapshots) of the plan */
  reviews: number;
}

export function baselineFrozen(facts: RecordedFacts): boolean {
  return facts.records > 0 || facts.reviews > 0;
}

export function kindFrozen(facts: RecordedFacts): boolean {
  return facts.records > 0;
}
