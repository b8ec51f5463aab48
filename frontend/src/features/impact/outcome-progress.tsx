import { Trans, useTranslation } from 'react-i18next';
import { Badge, Meaning } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { describeStanding } from './progress';
import { formatDate, formatPercent, formatWithUnit } from '../../lib/format';
import shared from './impact.module.css';
import styles from './outcome-progress.module.css';

export const OutcomeProgress_outcome = graphql(`
  fragment OutcomeProgress_outcome on Outcome {
    unit
    baseline
    target
    direction
    dueAt
    elapsedShare
    onTrack
    progress {
      raw
      clamped
    }
    latest {
      id
      value
      measuredAt
    }
  }
`);

/**
 * An outcome's progress: a bar filled to the clamped figure with a mark for the time gone,
 * the raw and clamped figures in words, and whether it is on track with why.
 */
export function OutcomeProgress({
  outcome,
  compact = false,
}: {
  outcome: FragmentType<typeof OutcomeProgress_outcome>;
  /** Leaves out the sentence and the bar's legend, for lists. */
  compact?: boolean;
}) {
  const { t } = useTranslation('impact');
  const o = getFragmentData(OutcomeProgress_outcome, outcome);
  const standing = describeStanding(o);
  const p = o.progress;
  const elapsed = o.dueAt && o.elapsedShare != null ? o.elapsedShare : null;
  return (
    <div className={`progress ${styles[`progress--${standing.status}`]}`}>
      <p className={styles.progressHead}>
        <Badge>{standing.label}</Badge>
        <Meaning term="onTrack" />
        {p && o.latest ? (
          <span className={shared.progressFigure} data-testid="progress-figure">
            <Trans
              t={t}
              i18nKey="progress.ofTheWay"
              values={{ progress: formatPercent(p.raw) }}
              components={{ strong: <strong /> }}
            />
            {p.raw !== p.clamped && (
              <span className="muted"> {t('progress.countedAs', { progress: formatPercent(p.clamped) })}</span>
            )}
            <Meaning term="progress" />
          </span>
        ) : null}
      </p>
      {p && (
        <div className={styles.progressBar} aria-hidden="true">
          <span className={styles.progressFill} style={{ width: `${p.clamped * 100}%` }} />
          {elapsed != null && <span className={styles.progressClock} style={{ left: `${elapsed * 100}%` }} />}
        </div>
      )}
      {!compact && <p className={styles.progressSentence}>{standing.sentence}</p>}
      {!compact && (
        <dl className={styles.figures}>
          <div>
            <dt>{t('progress.baseline')}</dt>
            <dd>{formatWithUnit(o.baseline, o.unit)}</dd>
          </div>
          <div>
            <dt>{t('progress.latest')}</dt>
            <dd>
              {o.latest ? (
                <>
                  {formatWithUnit(o.latest.value, o.unit)}{' '}
                  <span className="muted">{t('progress.on', { date: formatDate(o.latest.measuredAt) })}</span>
                </>
              ) : (
                t('progress.noneYet')
              )}
            </dd>
          </div>
          <div>
            <dt>{t('progress.target')}</dt>
            <dd>
              {formatWithUnit(o.target, o.unit)}{' '}
              <span className="muted">{o.direction === 'INCREASE' ? t('progress.up') : t('progress.down')}</span>
            </dd>
          </div>
          <div>
            <dt>{t('progress.due')}</dt>
            <dd>
              {o.dueAt ? formatDate(o.dueAt) : t('noDueDate')}
              {elapsed != null && (
                <span className="muted"> {t('progress.timeGone', { elapsed: formatPercent(elapsed) })}</span>
              )}
            </dd>
          </div>
        </dl>
      )}
      {!compact && p && (
        <p className={`${styles.progressLegend} muted`} aria-hidden="true">
          {elapsed != null ? t('progress.legendClock') : t('progress.legend')}
        </p>
      )}
    </div>
  );
}
