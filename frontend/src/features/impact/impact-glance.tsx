import { useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, Meaning } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { impactPaths } from '../../lib/paths';
import { Given } from './given';
import { MonthBars } from './month-bars';
import { monthlySeries } from './series';
import { formatMonth, formatQuantity } from '../../lib/format';
import styles from './impact-glance.module.css';
import shared from './impact.module.css';
import sectionStyles from '../../components/section.module.css';
import fieldStyles from '../../components/ui/field.module.css';

export const ImpactGlance_person = graphql(`
  fragment ImpactGlance_person on Person {
    id
    handle
    impact {
      given {
        ...Given_total
      }
      monthly {
        month
        kind
        unit
        currency
        amount
        confirmed
        contributors
      }
      collaborations {
        collaboration {
          id
        }
        outcomes {
          id
          onTrack
        }
      }
    }
  }
`);

/** For the dashboard: what the viewer gave, month by month in a small chart, and their outcomes. */
export function ImpactGlance({ viewer }: { viewer: FragmentType<typeof ImpactGlance_person> }) {
  const { t } = useTranslation('impact');
  const [chosen, setChosen] = useState('');
  const selectId = useId();
  const v = getFragmentData(ImpactGlance_person, viewer);
  const series = monthlySeries(v.impact.monthly);
  // Hours first when there are any: the kind most people give.
  const shown = series.find((s) => s.key === chosen) ?? series[0];
  const outcomes = v.impact.collaborations.flatMap((c) => c.outcomes);
  const measured = outcomes.filter((o) => o.onTrack != null);
  const onTrack = measured.filter((o) => o.onTrack).length;
  return (
    <section className={`${sectionStyles.collabSection} impact-glance`} aria-labelledby="impact-glance-heading">
      <h2 id="impact-glance-heading">{t('glance.heading')}</h2>
      {v.impact.given.length === 0 ? (
        <EmptyState title={t('glance.emptyTitle')}>
          <Trans t={t} i18nKey="glance.empty" components={{ a: <Link to="/collaborations" /> }} />
        </EmptyState>
      ) : (
        <div className={styles.impactGlanceGrid}>
          <div>
            <h3>{t('whatYouGave')}</h3>
            <Given given={v.impact.given} />
            {measured.length > 0 && (
              <p className="impact-glance__outcomes">
                <Trans
                  t={t}
                  i18nKey="glance.onTrack"
                  count={measured.length}
                  values={{ onTrack }}
                  components={{ strong: <strong /> }}
                />{' '}
                <Meaning term="onTrack" />
              </p>
            )}
            <Link to={impactPaths.person(v.handle)}>{t('glance.full')}</Link>
          </div>
          {shown && (
            <figure className={styles.impactGlanceChart}>
              <figcaption>
                <span className="impact-glance__caption">{t('glance.perMonth', { label: shown.label })}</span>
                {series.length > 1 && (
                  <span className={styles.impactGlanceChoose}>
                    <label htmlFor={selectId}>{t('show')}</label>
                    <select
                      id={selectId}
                      className={fieldStyles.input}
                      value={shown.key}
                      onChange={(e) => setChosen(e.target.value)}
                    >
                      {series.map((s) => (
                        <option key={s.key} value={s.key}>
                          {s.label}
                        </option>
                      ))}
                    </select>
                  </span>
                )}
              </figcaption>
              <MonthBars series={shown} />
              <p className={`${styles.impactGlanceLegend} muted`}>
                <span className={`${styles.impactGlanceKey} ${styles.impactGlanceKeyConfirmed}`} aria-hidden="true" />{' '}
                {t('glance.confirmed')} <span className={styles.impactGlanceKey} aria-hidden="true" />{' '}
                {t('glance.notConfirmed')}
              </p>
              <details className={shared.impactGlanceFigures}>
                <summary>{t('glance.figures')}</summary>
                <table>
                  <caption className="visually-hidden">{t('glance.perMonth', { label: shown.label })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('monthly.month')}</th>
                      <th scope="col">{t('glance.given')}</th>
                      <th scope="col">{t('monthly.confirmed')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.points.slice(-12).map((p) => (
                      <tr key={p.month}>
                        <th scope="row">{formatMonth(p.month)}</th>
                        <td>{formatQuantity({ ...shown, amount: p.amount })}</td>
                        <td>{formatQuantity({ ...shown, amount: p.confirmed })}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            </figure>
          )}
        </div>
      )}
    </section>
  );
}
