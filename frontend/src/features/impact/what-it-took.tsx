import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatNumber, formatPercent } from '../../lib/format';
import { singular } from '../../lib/quantity';
import { kindWord, unitOf } from './words';
import styles from './what-it-took.module.css';

export const WhatItTook_outcome = graphql(`
  fragment WhatItTook_outcome on Outcome {
    id
    unit
    costs {
      result
      noFigure
      resources {
        kind
        unit
        currency
        amount
        perResult
        shareOfEffort
      }
    }
  }
`);

/**
 * What an outcome took: the confirmed resources linked to it per kind and unit, and the
 * resources per unit of result (amount / progress so far), never adding different units.
 */
export function WhatItTook({ outcome }: { outcome: FragmentType<typeof WhatItTook_outcome> }) {
  const { t } = useTranslation('impact');
  const o = getFragmentData(WhatItTook_outcome, outcome);
  const noFigure: Record<string, string> = {
    NO_MEASUREMENT: t('whatItTook.noMeasurement'),
    NO_PROGRESS: t('whatItTook.noProgress'),
  };
  const c = o.costs;
  if (c.resources.length === 0) {
    return <p className="muted">{t('whatItTook.none')}</p>;
  }
  return (
    <div className={styles.took}>
      <table className={styles.table}>
        <caption className="visually-hidden">{t('whatItTook.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('resourceHeading')}</th>
            <th scope="col">{t('whatItTook.linked')}</th>
            <th scope="col">{t('whatItTook.per', { unit: singular(o.unit) })}</th>
          </tr>
        </thead>
        <tbody>
          {c.resources.map((r) => {
            const unit = unitOf(r);
            return (
              <tr key={`${r.kind}-${r.unit}-${r.currency ?? ''}`}>
                <th scope="row">{kindWord(r.kind)}</th>
                <td>
                  {formatNumber(r.amount)} {unitOf(r, r.amount)}
                  <span className={`muted ${styles.share}`}>
                    {' '}
                    {t('whatItTook.ofAll', { share: formatPercent(r.shareOfEffort) })}
                  </span>
                </td>
                <td data-testid="per-result">
                  {r.perResult == null
                    ? '—'
                    : t('perUnit', { amount: formatNumber(r.perResult), unit, per: singular(o.unit) })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {c.noFigure && <p className="muted">{noFigure[c.noFigure]}</p>}
      {c.result != null && !c.noFigure && (
        <p className="muted">{t('whatItTook.result', { result: formatNumber(c.result), unit: o.unit })}</p>
      )}
    </div>
  );
}
