import type { ReactNode } from 'react';
import { EmptyState } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import styles from './person-values.module.css';
import strengthStyles from '../../components/strength.module.css';
import cardStyles from '../../components/ui/card.module.css';
import valueStatementStyles from '../../components/value-statement.module.css';
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

const strengthWords = ['', 'Somewhat', 'Fairly', 'Strongly', 'Very strongly', 'With all my heart'];

/** How strongly a value is held, as five dots and in words. */
export function StrengthMeter({ strength }: { strength: number }) {
  return (
    <span className={strengthStyles.strength}>
      <StrengthDots strength={strength} />
      <span>
        {strengthWords[strength] ?? ''}
        <span className="visually-hidden"> ({strength} of 5)</span>
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
  const p = getFragmentData(PersonValues_person, person);
  return (
    <section className="person-values" aria-labelledby="values-heading">
      <h2 id="values-heading">Values</h2>
      {p.values.length === 0 ? (
        <EmptyState
          title={emptyAction ? 'You have not chosen any values yet' : `${p.displayName} has not shared any values yet`}
          action={emptyAction}
        >
          {emptyAction
            ? 'Your values are how others who care about the same things find you.'
            : undefined}
        </EmptyState>
      ) : (
        <ol className={styles.valueList}>
          {p.values.map((pv) => (
            <li key={pv.id} className={`${cardStyles.card} ${styles.valueCard}`}>
              <div className={styles.valueCardHead}>
                <h3>{pv.value.name}</h3>
                <StrengthMeter strength={pv.strength} />
              </div>
              {pv.statement ? (
                <blockquote className={valueStatementStyles.valueCardStatement}>
                  <p>{pv.statement}</p>
                </blockquote>
              ) : (
                <p className="muted">No words on why, yet.</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
