import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LinkButton } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { impactPaths, outcomeAnchor } from '../../lib/paths';
import { valueName } from '../../lib/values-catalog';
import { OutcomeHistory } from './outcome-history';
import { OutcomeMeasurements } from './outcome-measurements';
import { OutcomeProgress } from './outcome-progress';
import { WhatItTook } from './what-it-took';
import styles from './outcome-card.module.css';
import cardStyles from '../../components/ui/card.module.css';
import tagStyles from '../../components/ui/tag.module.css';

export const OutcomeCard_outcome = graphql(`
  fragment OutcomeCard_outcome on Outcome {
    id
    name
    unit
    baseline
    target
    latest {
      id
    }
    values {
      id
      slug
      name
    }
    ...OutcomeProgress_outcome
    ...OutcomeHistory_outcome
    ...WhatItTook_outcome
    metric {
      code
      name
    }
    history {
      createdAt
    }
  }
`);

export interface OutcomeCardProps {
  outcome: FragmentType<typeof OutcomeCard_outcome>;
  slug: string;
  viewerId?: string;
  /** An active steward: may revise the outcome and correct any measurement. */
  isSteward: boolean;
  /** An active member: may record measurements. */
  isMember: boolean;
}

/** An outcome on its collaboration's impact page: progress, chart, measurements, history. */
export function OutcomeCard({ outcome, slug, viewerId, isSteward, isMember }: OutcomeCardProps) {
  const { t } = useTranslation('impact');
  const o = getFragmentData(OutcomeCard_outcome, outcome);
  const headingId = `${outcomeAnchor(o.id)}-heading`;
  const record = impactPaths.recordMeasurement(slug, o.id);
  return (
    <article className={`${cardStyles.card} ${styles.outcome}`} id={outcomeAnchor(o.id)} aria-labelledby={headingId}>
      <header className={styles.outcomeHead}>
        <h3 id={headingId}>{o.name}</h3>
        <p className={`muted ${styles.outcomeUnit}`}>
          {o.metric
            ? t('outcomeCard.countedInMetric', { unit: o.unit, metric: o.metric.name, code: o.metric.code })
            : t('countedIn', { unit: o.unit })}
        </p>
        {o.values.length > 0 && (
          <ul className={`${tagStyles.tags} ${styles.tags}`} aria-label={t('valuesItServes')}>
            {o.values.map((v) => (
              <li key={v.id}>
                <Link className={tagStyles.tag} to={impactPaths.value(v.slug)}>
                  {valueName(v)}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </header>
      <OutcomeProgress outcome={o} />

      <section className={styles.outcomeMeasurements} aria-labelledby={`${headingId}-t`}>
        <h4 id={`${headingId}-t`}>{t('whatItTook.heading')}</h4>
        <WhatItTook outcome={o} />
      </section>

      <section className={styles.outcomeMeasurements} aria-labelledby={`${headingId}-m`}>
        <h4 id={`${headingId}-m`}>{t('outcomeCard.measurements')}</h4>
        <OutcomeMeasurements outcome={o} slug={slug} viewerId={viewerId} isSteward={isSteward} isMember={isMember} />
      </section>

      {(isMember || isSteward) && (
        <div className={styles.outcomeActions}>
          {isMember && o.latest && (
            <LinkButton to={record} size="sm">
              <Trans
                t={t}
                i18nKey="outcomeCard.record"
                values={{ name: o.name }}
                components={{ hidden: <span className="visually-hidden" /> }}
              />
            </LinkButton>
          )}
          {isSteward && (
            <LinkButton to={impactPaths.editOutcome(slug, o.id)} size="sm" variant="secondary">
              <Trans
                t={t}
                i18nKey="outcomeCard.revise"
                values={{ name: o.name }}
                components={{ hidden: <span className="visually-hidden" /> }}
              />
            </LinkButton>
          )}
        </div>
      )}

      <details className={styles.outcomeHistory}>
        <summary>
          {o.history.length > 1
            ? t('outcomeCard.historyRevised', { count: o.history.length - 1 })
            : t('outcomeCard.history')}
        </summary>
        <OutcomeHistory outcome={o} />
      </details>
    </article>
  );
}
