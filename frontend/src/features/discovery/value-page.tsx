import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Badge, EmptyState, ErrorState, LinkButton, Loading } from '../../components/ui';
import { paths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { GetValuePage } from './api/get-value-page';
import { collaborationStatusBadge } from './status-words';
import { ValueHolders } from './value-holders';
import shared from './discovery.module.css';
import styles from './value-page.module.css';
import matchListStyles from './match-list.module.css';
import listStyles from './lists.module.css';
import sectionStyles from '../../components/section.module.css';
import cardStyles from '../../components/ui/card.module.css';

/** A value: who holds it most strongly, and which collaborations serve it. */
export function ValuePage() {
  const { slug = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetValuePage, variables: { slug } });
  const v = data?.value;
  useDocumentTitle(v ? v.name : data ? 'Value not found' : undefined);
  if (!data && fetching) return <Loading />;
  if (!v) {
    return (
      <div className="narrow">
        <h1>No such value</h1>
        {error && !error.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND') ? (
          <ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
        ) : (
          <EmptyState
            title={`There is no value “${slug}” in the catalog`}
            action={<LinkButton to={paths.discover}>Discover people</LinkButton>}
          />
        )}
      </div>
    );
  }
  const collabs = v.collaborations.edges.map((e) => e.node);
  return (
    <div className="value-page">
      <p className="eyebrow">Value</p>
      <h1>{v.name}</h1>
      <p className="lede">{v.description}</p>
      <p className={styles.valuePageActions}>
        <LinkButton to={`${paths.discover}?value=${encodeURIComponent(v.slug)}`} variant="secondary" size="sm">
          People who hold it
        </LinkButton>{' '}
        <LinkButton
          to={`${paths.discoverCollaborations}?value=${encodeURIComponent(v.slug)}`}
          variant="secondary"
          size="sm"
        >
          Collaborations that serve it
        </LinkButton>
      </p>
      <div className={styles.valuePageGrid}>
        <section className={sectionStyles.collabSection} aria-labelledby="holders-heading">
          <h2 id="holders-heading">
            Who holds it most strongly <span className="count">{v.holderCount}</span>
          </h2>
          <ValueHolders slug={v.slug} />
        </section>
        <section className={sectionStyles.collabSection} aria-labelledby="serving-heading">
          <h2 id="serving-heading">
            Collaborations that serve it <span className="count">{v.collaborations.totalCount}</span>
          </h2>
          {collabs.length === 0 ? (
            <EmptyState
              title="No collaboration serves it yet"
              action={<LinkButton to={paths.newCollaboration}>Start one</LinkButton>}
            >
              Start a collaboration around a goal that serves {v.name.toLowerCase()}.
            </EmptyState>
          ) : (
            <ul className={listStyles.valueCollabs}>
              {collabs.map((c) => {
                const weight = c.values.find((w) => w.value.id === v.id)?.weight;
                return (
                  <li key={c.id} className={`${cardStyles.card} ${styles.valueCollab}`}>
                    <div className={matchListStyles.matchHead}>
                      <h3 className={matchListStyles.matchName}>
                        <Link to={paths.collaboration(c.slug)}>{c.title}</Link>
                      </h3>
                      <Badge tone={collaborationStatusBadge[c.status].tone}>{collaborationStatusBadge[c.status].label}</Badge>
                    </div>
                    <p className={shared.matchMeta}>
                      {weight !== undefined && `Weighs it ${weight} of 5 · `}
                      {c.memberCount} {c.memberCount === 1 ? 'member' : 'members'}
                    </p>
                    <p className={shared.matchGoal}>{c.goal}</p>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
