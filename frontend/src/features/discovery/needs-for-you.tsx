import { useState, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Button, ErrorState, LinkButton, Loading, Meaning } from '../../components/ui';
import { formatPercent, formatQuantity } from '../../lib/format';
import { needLabel } from '../../lib/need-draft';
import { paths } from '../../lib/paths';
import { clampRatio } from '../../lib/quantity';
import { GetNeedsForYou } from './api/get-needs-for-you';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import styles from './needs-for-you.module.css';
import sectionStyles from '../../components/section.module.css';

/** The join form, with its first commitment set toward one need. */
export function commitToNeedPath(slug: string, needId: string): string {
  return `${paths.joinCollaboration(slug)}?need=${encodeURIComponent(needId)}`;
}

export const NeedsForYouList_page = graphql(`
  fragment NeedsForYouList_page on NeedMatchConnection {
    totalCount
    edges {
      cursor
      skillMatch
      score
      node {
        id
        skill
        description
        quantity {
          kind
          amount
          unit
          currency
        }
        pledged {
          kind
          amount
          unit
          currency
        }
        collaboration {
          id
          slug
          title
        }
      }
      sharedValues {
        value {
          id
          name
        }
      }
    }
  }
`);

export const NeedsForYou_person = graphql(`
  fragment NeedsForYou_person on Person {
    id
    needsForYou(first: 4) {
      ...NeedsForYouList_page
    }
  }
`);

/**
 * "Needs you could fill" on the dashboard: open needs of collaborations the viewer is not
 * part of, those naming a skill they list first, then by how well the collaboration's
 * values align with theirs; each links to its collaboration and to the join form set
 * toward that need. The rest is a link to discovery.
 */
export function NeedsForYou({ viewer }: { viewer: FragmentType<typeof NeedsForYou_person> }) {
  const page = getFragmentData(NeedsForYou_person, viewer).needsForYou;
  if (!page) return null;
  return (
    <NeedsForYouFrame>
      <NeedsForYouList page={page} />
    </NeedsForYouFrame>
  );
}

/** The same in discovery: it reads its own page, and a button shows more in place. */
export function NeedsForYouMore({ first = 3 }: { first?: number }) {
  const { t } = useTranslation('discovery');
  const [count, setCount] = useState(first);
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetNeedsForYou, variables: { first: count } });
  const page = data?.viewer?.needsForYou;
  if (data && !data.viewer) return null;
  return (
    <NeedsForYouFrame>
      {!data && fetching ? (
        <Loading label={t('needs.loading')} />
      ) : !page ? (
        error ? (
          <ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
        ) : null
      ) : (
        <NeedsForYouList page={page} more={{ fetching, onMore: () => setCount((c) => Math.min(c + 10, 100)) }} />
      )}
    </NeedsForYouFrame>
  );
}

function NeedsForYouFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation('discovery');
  return (
    <section className={`${sectionStyles.collabSection} ${styles.needsForYou}`} aria-labelledby="needs-for-you-heading">
      <h2 id="needs-for-you-heading">{t('needs.heading')}</h2>
      {children}
    </section>
  );
}

/** The needs of a page; without `more`, what is left is a link to discovery. */
function NeedsForYouList({
  page: pageRef,
  more,
}: {
  page: FragmentType<typeof NeedsForYouList_page>;
  more?: { fetching: boolean; onMore: () => void };
}) {
  const { t } = useTranslation('discovery');
  const page = getFragmentData(NeedsForYouList_page, pageRef);
  return page.edges.length === 0 ? (
    <p className="muted">{t('needs.none')}</p>
  ) : (
    <>
      <p className={styles.intro}>
        {t('needs.intro')} <Meaning term="alignment" />
      </p>
      <ul className={styles.list} aria-label={t('needs.heading')}>
        {page.edges.map(({ node: n, skillMatch, score, sharedValues }) => (
          <li key={n.id} className={styles.item}>
            <div className={styles.text}>
              <p className={styles.need}>{needLabel(n)}</p>
              <p className={styles.meta}>
                <Link to={paths.collaboration(n.collaboration.slug)}>{n.collaboration.title}</Link>
                {skillMatch && <span className={styles.skill}>{t('needs.yourSkill', { skill: n.skill })}</span>}
                <span className={styles.score}>
                  {t('alignment.aligned', { percent: formatPercent(clampRatio(score)) })}
                </span>
              </p>
              <p className={styles.detail}>
                {t('needs.pledged', { amount: formatQuantity(n.pledged) })}
                {sharedValues.length > 0 &&
                  ` · ${t('needs.shares', { values: sharedValues.map((s) => s.value.name).join(', ') })}`}
              </p>
            </div>
            <LinkButton
              to={commitToNeedPath(n.collaboration.slug, n.id)}
              size="sm"
              aria-label={t('needs.commitLabel', { need: needLabel(n), title: n.collaboration.title })}
            >
              {t('needs.commit')}
            </LinkButton>
          </li>
        ))}
      </ul>
      {page.totalCount > page.edges.length &&
        (more ? (
          <Button variant="secondary" size="sm" busy={more.fetching} onClick={more.onMore}>
            {t('needs.showMore', { count: page.totalCount - page.edges.length })}
          </Button>
        ) : (
          <p className="muted">
            <Trans
              t={t}
              i18nKey="needs.moreIn"
              count={page.totalCount - page.edges.length}
              components={{ a: <Link to={paths.discoverCollaborations} /> }}
            />
          </p>
        ))}
    </>
  );
}
