/**
 * Where an outcome stands, in words. The figures (progress, on track, the share of time
 * gone) come from the API, which computes them as DESIGN.md defines; this only explains
 * them, so that nobody has to guess what "on track" means.
 */
import { formatPercent, formatWithUnit } from '../../lib/format';

export interface OutcomeStanding {
  unit: string;
  baseline: number;
  target: number;
  dueAt?: string | null;
  elapsedShare?: number | null;
  onTrack?: boolean | null;
  progress?: { raw: number; clamped: number } | null;
  latest?: { value: number } | null;
}

export type StandingStatus = 'unmeasured' | 'reached' | 'on-track' | 'behind' | 'past-due' | 'backwards';

export interface Standing {
  status: StandingStatus;
  /** A few words for a badge: "On track". */
  label: string;
  /** One or two sentences that explain the label with the figures behind it. */
  sentence: string;
}

/** Explains an outcome's progress and whether it is on track. */
export function describeStanding(o: OutcomeStanding): Standing {
  const { progress, latest } = o;
  if (!progress || !latest) {
    return {
      status: 'unmeasured',
      label: 'Not measured yet',
      sentence: `No measurement yet, so there is no progress to show. It starts from ${formatWithUnit(o.baseline, o.unit)} and aims for ${formatWithUnit(o.target, o.unit)}.`,
    };
  }
  const now = formatWithUnit(latest.value, o.unit);
  const target = formatWithUnit(o.target, o.unit);
  const baseline = formatWithUnit(o.baseline, o.unit);
  const elapsed = o.dueAt && o.elapsedShare != null ? o.elapsedShare : null;

  if (progress.raw >= 1) {
    return {
      status: 'reached',
      label: 'Target reached',
      sentence:
        progress.raw > 1
          ? `At ${now} it has gone past the target of ${target}: ${formatPercent(progress.raw)} of the way.`
          : `At ${now} it has reached the target of ${target}.`,
    };
  }
  if (progress.raw < 0) {
    return {
      status: 'backwards',
      label: 'Going backwards',
      sentence: `At ${now} it is further from the target of ${target} than the baseline of ${baseline} was: ${formatPercent(progress.raw)} of the way.`,
    };
  }
  const way = `${formatPercent(progress.clamped)} of the way from ${baseline} to ${target}`;
  if (o.onTrack) {
    return {
      status: 'on-track',
      label: 'On track',
      sentence:
        elapsed == null
          ? `At ${now} it is ${way}. It has no due date, so any progress counts as on track.`
          : `At ${now} it is ${way}, with ${formatPercent(elapsed)} of the time to its due date gone: progress keeps ahead of the clock.`,
    };
  }
  if (elapsed == null) {
    return {
      status: 'behind',
      label: 'Not on track',
      sentence: `At ${now} it has not moved from the baseline of ${baseline} toward ${target}. It has no due date, so any progress would put it on track.`,
    };
  }
  if (elapsed >= 1) {
    return {
      status: 'past-due',
      label: 'Past due',
      sentence: `The due date has passed with the outcome at ${now}, ${way}.`,
    };
  }
  return {
    status: 'behind',
    label: 'Behind',
    sentence: `At ${now} it is ${way}, but ${formatPercent(elapsed)} of the time to its due date is gone: progress is behind the clock.`,
  };
}
