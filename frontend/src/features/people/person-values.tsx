import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { EmptyState } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import styles from './person-values.module.css';
import strengthStyles from '../../components/strength.module.css';
import cardStyles from '../../components/ui/card.module.css';
import valueStatementStyles from '../../components/value-statement.module.css';
import { valueName } from '../../lib/values-catalog';
import { StrengthDots } from '../../components/strength';

export const PersonValues_person = graphql(`
  fragment PersonValues_person on Person {
    displayName
    values {
      id
      strength
      statement
      value {
        id
        slug
        name
      }
    }
  }
`);

/** How strongly a value is held, as five dots and in words. */
export function StrengthMeter({ strength }: { strength: number }) {
  const { t } = useTranslation('people');
  const strengthWords = ['', t('strength.1'), t('strength.2'), t('strength.3'), t('strength.4'), t('strength.5')];
  return (
    <span className={strengthStyles.strength}>
      <StrengthDots strength={strength} />
      <span>
        {strengthWords[strength] ?? ''}
        <span className="visually-hidden"> {t('strength.outOf', { strength, max: 5 })}</span>
      </span>
    </span>
  );
}

/** The values a person holds, strongest first, with why each matters to them. */
export function PersonValues({
  person,
  emptyAction,
}: {
  person: FragmentType<typeof PersonValues_person>;
  emptyAction?: ReactNode;
}) {
  const { t } = useTranslation('people');
  const p = getFragmentData(PersonValues_person, person);
  return (
    <section className="person-values" aria-labelledby="values-heading">
      <h2 id="values-heading">{t('values.heading')}</h2>
      {p.values.length === 0 ? (
        <EmptyState
          title={emptyAction ? t('values.noneOwn') : t('values.none', { name: p.displayName })}
          action={emptyAction}
        >
          {emptyAction ? t('values.noneOwnText') : undefined}
        </EmptyState>
      ) : (
        <ol className={styles.valueList}>
          {p.values.map((pv) => (
            <li key={pv.id} className={`${cardStyles.card} ${styles.valueCard}`}>
              <div className={styles.valueCardHead}>
                <h3>{valueName(pv.value)}</h3>
                <StrengthMeter strength={pv.strength} />
              </div>
              {pv.statement ? (
                <blockquote className={valueStatementStyles.valueCardStatement}>
                  <p>{pv.statement}</p>
                </blockquote>
              ) : (
                <p className="muted">{t('values.noStatement')}</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
