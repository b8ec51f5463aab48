import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatNumber, formatPercent } from '../../lib/format';
import { kindWord, unitOf } from './words';
import styles from './what-it-took.module.css';

export const LinkedShare_share = graphql(`
  fragment LinkedShare_share on LinkedShare {
    kind
    unit
    currency
    linked
    total
    share
  }
`);

/** How much of the confirmed effort, per kind and unit, names an outcome it serves. */
export function LinkedShare({ shares }: { shares: FragmentType<typeof LinkedShare_share>[] }) {
  const { t } = useTranslation('impact');
  const list = getFragmentData(LinkedShare_share, shares);
  if (list.length === 0) return null;
  return (
    <table className={styles.table} aria-label={t('linkedShare.label')}>
      <thead>
        <tr>
          <th scope="col">{t('resourceHeading')}</th>
          <th scope="col">{t('linkedShare.linked')}</th>
        </tr>
      </thead>
      <tbody>
        {list.map((s) => {
          const unit = unitOf(s, s.total);
          return (
            <tr key={`${s.kind}-${s.unit}-${s.currency ?? ''}`}>
              <th scope="row">{kindWord(s.kind)}</th>
              <td data-testid="linked-share">
                {formatPercent(s.share)}{' '}
                <span className="muted">
                  {t('linkedShare.of', { linked: formatNumber(s.linked), total: formatNumber(s.total), unit })}
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
