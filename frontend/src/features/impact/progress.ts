/**
 * Where an outcome stands, in words. The figures (progress, on track, the share of time
 * gone) come from the API, which computes them as DESIGN.md defines; this only explains
 * them, so that nobody has to guess what "on track" means.
 */
import { formatPercent, formatWithUnit } from '../../lib/format';
import { i18n } from '../../lib/i18n';

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

/** Explains an outcome's progress and whether it is on track, in the app's language. */
export function describeStanding(o: OutcomeStanding): Standing {
  const { progress, latest } = o;
  const target = formatWithUnit(o.target, o.unit);
  const baseline = formatWithUnit(o.baseline, o.unit);
  if (!progress || !latest) {
    return {
      status: 'unmeasured',
      label: i18n.t('impact:standing.unmeasured.label'),
      sentence: i18n.t('impact:standing.unmeasured.sentence', { baseline, target }),
    };
  }
  const now = formatWithUnit(latest.value, o.unit);
  const elapsed = o.dueAt && o.elapsedShare != null ? o.elapsedShare : null;

  if (progress.raw >= 1) {
    return {
      status: 'reached',
      label: i18n.t('impact:standing.reached.label'),
      sentence:
        progress.raw > 1
          ? i18n.t('impact:standing.reached.past', { now, target, progress: formatPercent(progress.raw) })
          : i18n.t('impact:standing.reached.sentence', { now, target }),
    };
  }
  if (progress.raw < 0) {
    return {
      status: 'backwards',
      label: i18n.t('impact:standing.backwards.label'),
      sentence: i18n.t('impact:standing.backwards.sentence', {
        now,
        target,
        baseline,
        progress: formatPercent(progress.raw),
      }),
    };
  }
  const way = { now, baseline, target, progress: formatPercent(progress.clamped) };
  if (o.onTrack) {
    return {
      status: 'on-track',
      label: i18n.t('impact:standing.onTrack.label'),
      sentence:
        elapsed == null
          ? i18n.t('impact:standing.onTrack.noDueDate', way)
          : i18n.t('impact:standing.onTrack.sentence', { ...way, elapsed: formatPercent(elapsed) }),
    };
  }
  if (elapsed == null) {
    return {
      status: 'behind',
      label: i18n.t('impact:standing.notOnTrack.label'),
      sentence: i18n.t('impact:standing.notOnTrack.sentence', { now, baseline, target }),
    };
  }
  if (elapsed >= 1) {
    return {
      status: 'past-due',
      label: i18n.t('impact:standing.pastDue.label'),
      sentence: i18n.t('impact:standing.pastDue.sentence', way),
    };
  }
  return {
    status: 'behind',
    label: i18n.t('impact:standing.behind.label'),
    sentence: i18n.t('impact:standing.behind.sentence', { ...way, elapsed: formatPercent(elapsed) }),
  };
}
