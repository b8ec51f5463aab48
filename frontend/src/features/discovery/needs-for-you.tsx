import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Button, ErrorState, LinkButton, Loading, Meaning } from '../../components/ui';
import { formatPercent, formatQuantity } from '../../lib/format';
import { needLabel } from '../../lib/need-draft';
import { paths } from '../../lib/paths';
import { clampRatio } from '../../lib/quantity';
import { GetNeedsForYou } from './api/get-needs-for-you';
import styles from './needs-for-you.module.css';
import sectionStyles from '../../components/section.module.css';

/** The join form, with its first commitment set toward one need. */
export function commitToNeedPath(slug: string, needId: string): string {
  return `${paths.joinCollaboration(slug)}?need=${encodeURIComponent(needId)}`;
}

/**
 * "Needs you could fill": open needs of collaborations the viewer is not part of, those
 * naming a skill they list first, then by how well the collaboration's values align with
 * theirs; each links to its collaboration and to the join form set toward that need.
 * On the dashboard the rest is a link to discovery; in discovery (`expandable`) a button
 * shows more in place.
 */
export function NeedsForYou({ first = 4, expandable = false }: { first?: number; expandable?: boolean }) {
  const [count, setCount] = useState(first);
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetNeedsForYou, variables: { first: count } });
  const page = data?.viewer?.needsForYou;
  if (data && !data.viewer) return null;
  return (
    <section className={`${sectionStyles.collabSection} ${styles.needsForYou}`} aria-labelledby="needs-for-you-heading">
      <h2 id="needs-for-you-heading">Needs you could fill</h2>
      {!data && fetching ? (
        <Loading label="Finding needs for you…" />
      ) : !page ? (
        error ? (
          <ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
        ) : null
      ) : page.edges.length === 0 ? (
        <p className="muted">
          No open need outside your collaborations asks for what you offer right now. Add skills to your profile to see
          needs that ask for them.
        </p>
      ) : (
        <>
          <p className={styles.intro}>
            Open needs of collaborations you are not part of: those asking for a skill you list first, then by how well
            their values align with yours. <Meaning term="alignment" />
          </p>
          <ul className={styles.list} aria-label="Needs you could fill">
            {page.edges.map(({ node: n, skillMatch, score, sharedValues }) => (
              <li key={n.id} className={styles.item}>
                <div className={styles.text}>
                  <p className={styles.need}>{needLabel(n)}</p>
                  <p className={styles.meta}>
                    <Link to={paths.collaboration(n.collaboration.slug)}>{n.collaboration.title}</Link>
                    {skillMatch && <span className={styles.skill}>Your skill: {n.skill}</span>}
                    <span className={styles.score}>{formatPercent(clampRatio(score))} aligned</span>
                  </p>
                  <p className={styles.detail}>
                    {formatQuantity(n.pledged)} pledged so far
                    {sharedValues.length > 0 && <> · shares {sharedValues.map((s) => s.value.name).join(', ')}</>}
                  </p>
                </div>
                <LinkButton
                  to={commitToNeedPath(n.collaboration.slug, n.id)}
                  size="sm"
                  aria-label={`Commit toward ${needLabel(n)} in ${n.collaboration.title}`}
                >
                  Commit
                </LinkButton>
              </li>
            ))}
          </ul>
          {page.totalCount > page.edges.length &&
            (expandable ? (
              <Button
                variant="secondary"
                size="sm"
                busy={fetching}
                onClick={() => setCount((c) => Math.min(c + 10, 100))}
              >
                Show more needs ({page.totalCount - page.edges.length} more)
              </Button>
            ) : (
              <p className="muted">
                {page.totalCount - page.edges.length} more in <Link to={paths.discoverCollaborations}>discovery</Link>.
              </p>
            ))}
        </>
      )}
    </section>
  );
}
