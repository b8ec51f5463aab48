import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, LinkButton, Loading } from '../../components/ui';
import { impactPaths } from '../../lib/paths';
import { GetOutcomeMeasurements } from './api/get-outcome-measurements';
import { MeasurementChart } from './charts';
import { MeasurementItem } from './measurement-item';
import { measurementPoints, type MeasurementPoint } from './series';
import { formatDate, formatWithUnit } from '../../lib/format';
import { i18n } from '../../lib/i18n';
import shared from './impact.module.css';
import styles from './outcome-measurements.module.css';

/** The chart's text alternative: what it shows, in one sentence. */
export function chartSummary(points: MeasurementPoint[], unit: string, baseline: number, target: number): string {
  const current = points.filter((p) => p.current);
  const lines = { baseline: formatWithUnit(baseline, unit), target: formatWithUnit(target, unit) };
  if (current.length === 0) return i18n.t('impact:chartSummary.none', lines);
  const at = (p: MeasurementPoint) => ({
    value: formatWithUnit(p.value, unit),
    date: formatDate(new Date(p.t).toISOString()),
  });
  const first = at(current[0]);
  const last = at(current[current.length - 1]);
  const corrected = points.length - current.length;
  if (corrected > 0) {
    const hollow = i18n.t('impact:chartSummary.corrected', { count: corrected });
    return current.length === 1
      ? i18n.t('impact:chartSummary.oneCorrected', { ...lines, ...first, corrected: hollow })
      : i18n.t('impact:chartSummary.manyCorrected', {
          ...lines,
          count: current.length,
          firstValue: first.value,
          firstDate: first.date,
          lastValue: last.value,
          lastDate: last.date,
          corrected: hollow,
        });
  }
  return current.length === 1
    ? i18n.t('impact:chartSummary.one', { ...lines, ...first })
    : i18n.t('impact:chartSummary.many', {
        ...lines,
        count: current.length,
        firstValue: first.value,
        firstDate: first.date,
        lastValue: last.value,
        lastDate: last.date,
      });
}

export interface OutcomeMeasurementsProps {
  outcome: { id: string; name: string; unit: string; baseline: number; target: number };
  slug: string;
  viewerId?: string;
  isSteward: boolean;
  isMember: boolean;
}

/** An outcome's measurements over time: a chart with its text, then each with evidence. */
export function OutcomeMeasurements({ outcome: o, slug, viewerId, isSteward, isMember }: OutcomeMeasurementsProps) {
  const { t } = useTranslation('impact');
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetOutcomeMeasurements, variables: { id: o.id } });
  if (!data && fetching) return <Loading label={t('measurements.loading')} />;
  if (error && !data) {
    return (
      <ErrorState
        error={error}
        title={t('measurements.notLoaded')}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />
    );
  }
  const conn = data?.outcome?.__typename === 'Outcome' ? data.outcome.measurements : undefined;
  const nodes = conn?.edges.map((e) => e.node) ?? [];
  if (nodes.length === 0) {
    return (
      <EmptyState
        title={t('measurements.none')}
        action={
          isMember ? (
            <LinkButton to={impactPaths.recordMeasurement(slug, o.id)} size="sm">
              {t('measurements.recordFirst')}
            </LinkButton>
          ) : undefined
        }
      >
        {isMember ? t('measurements.noneMember') : t('measurements.noneBody')}
      </EmptyState>
    );
  }
  const points = measurementPoints(nodes);
  return (
    <>
      <figure className={shared.outcomeChart}>
        <MeasurementChart points={points} baseline={o.baseline} target={o.target} unit={o.unit} />
        <figcaption className={shared.chartCaption}>{chartSummary(points, o.unit, o.baseline, o.target)}</figcaption>
      </figure>
      <ol className={styles.measurements} aria-label={t('measurements.label', { name: o.name })}>
        {nodes.map((m) => (
          <MeasurementItem
            key={m.id}
            measurement={m}
            unit={o.unit}
            correctPath={
              isMember && (isSteward || (viewerId && m.recordedBy?.id === viewerId))
                ? impactPaths.recordMeasurement(slug, o.id, m.id)
                : undefined
            }
          />
        ))}
      </ol>
      {conn && conn.totalCount > nodes.length && (
        <p className="muted">{t('measurements.newest', { count: conn.totalCount, shown: nodes.length })}</p>
      )}
    </>
  );
}
