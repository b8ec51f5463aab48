import { useQuery } from 'urql';
import { EmptyState, ErrorState, LinkButton, Loading } from '../../components/ui';
import { impactPaths } from '../../lib/paths';
import { GetOutcomeMeasurements } from './api/get-outcome-measurements';
import { MeasurementChart } from './charts';
import { MeasurementItem } from './measurement-item';
import { measurementPoints, type MeasurementPoint } from './series';
import { formatDate, formatWithUnit } from '../../lib/format';
import shared from './impact.module.css';
import styles from './outcome-measurements.module.css';

/** The chart's text alternative: what it shows, in one sentence. */
export function chartSummary(points: MeasurementPoint[], unit: string, baseline: number, target: number): string {
  const current = points.filter((p) => p.current);
  const lines = `the baseline of ${formatWithUnit(baseline, unit)} and the target of ${formatWithUnit(target, unit)}`;
  if (current.length === 0) return `No measurement counts yet; the chart shows ${lines}.`;
  const first = current[0];
  const last = current[current.length - 1];
  const at = (p: MeasurementPoint) => `${formatWithUnit(p.value, unit)} on ${formatDate(new Date(p.t).toISOString())}`;
  const corrected = points.length - current.length;
  return (
    (current.length === 1
      ? `One measurement, ${at(first)}, `
      : `${current.length} measurements, from ${at(first)} to ${at(last)}, `) +
    `drawn against ${lines}` +
    (corrected > 0 ? `; ${corrected} corrected ${corrected === 1 ? 'one is' : 'ones are'} shown as ${corrected === 1 ? 'a hollow circle' : 'hollow circles'}` : '') +
    '. Each measurement is listed below.'
  );
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
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetOutcomeMeasurements, variables: { id: o.id } });
  if (!data && fetching) return <Loading label="Loading the measurements…" />;
  if (error && !data) {
    return <ErrorState error={error} title="The measurements could not be loaded" onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  }
  const conn = data?.outcome?.__typename === 'Outcome' ? data.outcome.measurements : undefined;
  const nodes = conn?.edges.map((e) => e.node) ?? [];
  if (nodes.length === 0) {
    return (
      <EmptyState
        title="No measurements yet"
        action={
          isMember ? (
            <LinkButton to={impactPaths.recordMeasurement(slug, o.id)} size="sm">
              Record the first measurement
            </LinkButton>
          ) : undefined
        }
      >
        {isMember
          ? 'Measure where it stands now and give your evidence: a link, a note on how you measured, or both.'
          : 'Its members record measurements with evidence; progress shows here once they do.'}
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
      <ol className={styles.measurements} aria-label={`Measurements of ${o.name}, newest first`}>
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
        <p className="muted">
          The newest {nodes.length} of {conn.totalCount} measurements are shown; the export has them all.
        </p>
      )}
    </>
  );
}
