import { Trans, useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { kindLabel } from './words';
import { Quantity } from '../../components/quantity';
import styles from './given.module.css';

export const Given_total = graphql(`
  fragment Given_total on Total {
    all {
      kind
      unit
      currency
      ...Quantity_quantity
    }
    confirmed {
      ...Quantity_quantity
    }
  }
`);

/** What one person gave, kind by kind, with the part another member confirmed. */
export function Given({ given }: { given: readonly FragmentType<typeof Given_total>[] }) {
  const { t } = useTranslation('impact');
  const list = getFragmentData(Given_total, given);
  return (
    <ul className={styles.given}>
      {list.map((g) => (
        <li key={`${g.all.kind}|${g.all.unit}|${g.all.currency ?? ''}`}>
          <span className={styles.givenKind}>{kindLabel(g.all.kind)}</span>{' '}
          <strong>
            <Quantity quantity={g.all} />
          </strong>{' '}
          <span className="muted">
            <Trans t={t} i18nKey="given.confirmed" components={{ quantity: <Quantity quantity={g.confirmed} /> }} />
          </span>
        </li>
      ))}
    </ul>
  );
}
