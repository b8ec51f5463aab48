import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, Meaning } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { paths } from '../../lib/paths';
import { clampRatio } from '../../lib/quantity';
import { formatPercent } from '../../lib/format';
import { valueName } from '../../lib/values-catalog';
import styles from './best-matches.module.css';
import sectionStyles from '../../components/section.module.css';
import buttonStyles from '../../components/ui/button.module.css';

interface Match {
  key: string;
  to: string;
  name: string;
  detail?: string;
  score?: number | null;
  shared: readonly { value: { id: string; slug: string; name: string } }[];
}

function MatchList({ label, matches }: { label: string; matches: Match[] }) {
  const { t } = useTranslation('discovery');
  return (
    <ul className={styles.bestMatchesList} aria-label={label}>
      {matches.map((m) => (
        <li key={m.key} className={styles.bestMatchesItem}>
          <p className={styles.bestMatchesName}>
            <Link to={m.to}>{m.name}</Link>
            {m.score != null && (
              <span className={styles.bestMatchesScore}>
                {t('alignment.aligned', { percent: formatPercent(clampRatio(m.score)) })}
              </span>
            )}
          </p>
          {m.shared.length > 0 && (
            <p className={`muted ${styles.bestMatchesShared}`}>
              {t('best.shares', { values: m.shared.map((s) => valueName(s.value)).join(', ') })}
            </p>
          )}
          {m.detail && <p className={styles.bestMatchesDetail}>{m.detail}</p>}
        </li>
      ))}
    </ul>
  );
}

// On the query root: the dashboard's one query spreads it beside its other sections.
export const BestMatches_query = graphql(`
  fragment BestMatches_query on Query {
    discoverCollaborations(first: 3) {
      edges {
        score
        node {
          id
          slug
          title
          goal
        }
        sharedValues {
          value {
            id
            slug
            name
          }
        }
      }
    }
    discoverPeople(first: 3) {
      edges {
        score
        node {
          id
          handle
          displayName
        }
        sharedValues {
          value {
            id
            slug
            name
          }
        }
      }
    }
  }
`);

/** For the dashboard: the collaborations and people whose values align best with the viewer's. */
export function BestMatches({ query }: { query: FragmentType<typeof BestMatches_query> }) {
  const { t } = useTranslation('discovery');
  const data = getFragmentData(BestMatches_query, query);
  const collabs = data.discoverCollaborations.edges;
  const people = data.discoverPeople.edges;
  const scored = collabs.some((e) => e.score != null) || people.some((e) => e.score != null);
  return (
    <section className={`${sectionStyles.collabSection} best-matches`} aria-labelledby="best-matches-heading">
      <h2 id="best-matches-heading">{t('best.heading')}</h2>
      {!scored ? (
        <EmptyState
          title={t('best.noValues')}
          action={
            <Link
              to={paths.myValues}
              className={`${buttonStyles.button} ${buttonStyles.buttonPrimary} ${buttonStyles.buttonSm}`}
            >
              {t('best.chooseValues')}
            </Link>
          }
        >
          {t('best.noValuesHint')}
        </EmptyState>
      ) : (
        <>
          <p className="section-intro">
            {t('best.intro')} <Meaning term="alignment" />
          </p>
          <div className={styles.bestMatchesGrid}>
            <div>
              <h3>{t('best.collaborations')}</h3>
              {collabs.length === 0 ? (
                <p className="muted">{t('best.collaborationsNone')}</p>
              ) : (
                <MatchList
                  label={t('best.collaborations')}
                  matches={collabs.map((e) => ({
                    key: e.node.id,
                    to: paths.collaboration(e.node.slug),
                    name: e.node.title,
                    detail: e.node.goal,
                    score: e.score,
                    shared: e.sharedValues,
                  }))}
                />
              )}
              <Link to={paths.discoverCollaborations}>{t('best.allCollaborations')}</Link>
            </div>
            <div>
              <h3>{t('best.people')}</h3>
              <MatchList
                label={t('best.people')}
                matches={people.map((e) => ({
                  key: e.node.id,
                  to: paths.person(e.node.handle),
                  name: e.node.displayName,
                  score: e.score,
                  shared: e.sharedValues,
                }))}
              />
              <Link to={paths.discover}>{t('best.allPeople')}</Link>
            </div>
          </div>
        </>
      )}
    </section>
  );
}
