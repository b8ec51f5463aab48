import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Badge, EmptyState, ErrorState, LinkButton, Loading } from '../../components/ui';
import { paths } from '../../lib/paths';
import { valueDescription, valueName } from '../../lib/values-catalog';
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
  const { t } = useTranslation('discovery');
  const { slug = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetValuePage, variables: { slug } });
  const v = data?.value;
  useDocumentTitle(v ? valueName(v) : data ? t('value.notFound') : undefined);
  if (!data && fetching) return <Loading />;
  if (!v) {
    return (
      <div className="narrow">
        <h1>{t('value.none')}</h1>
        {error && !error.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND') ? (
          <ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
        ) : (
          <EmptyState
            title={t('value.noneInCatalog', { slug })}
            action={<LinkButton to={paths.discover}>{t('people.title')}</LinkButton>}
          />
        )}
      </div>
    );
  }
  const collabs = v.collaborations.edges.map((e) => e.node);
  const name = valueName(v);
  const badges = collaborationStatusBadge();
  return (
    <div className="value-page">
      <p className="eyebrow">{t('value.eyebrow')}</p>
      <h1>{name}</h1>
      <p className="lede">{valueDescription(v)}</p>
      <p className={styles.valuePageActions}>
        <LinkButton to={`${paths.discover}?value=${encodeURIComponent(v.slug)}`} variant="secondary" size="sm">
          {t('value.holders')}
        </LinkButton>{' '}
        <LinkButton
          to={`${paths.discoverCollaborations}?value=${encodeURIComponent(v.slug)}`}
          variant="secondary"
          size="sm"
        >
          {t('value.serving')}
        </LinkButton>
      </p>
      <div className={styles.valuePageGrid}>
        <section className={sectionStyles.collabSection} aria-labelledby="holders-heading">
          <h2 id="holders-heading">
            {t('value.holdersHeading')} <span className="count">{v.holderCount}</span>
          </h2>
          <ValueHolders slug={v.slug} />
        </section>
        <section className={sectionStyles.collabSection} aria-labelledby="serving-heading">
          <h2 id="serving-heading">
            {t('value.serving')} <span className="count">{v.collaborations.totalCount}</span>
          </h2>
          {collabs.length === 0 ? (
            <EmptyState
              title={t('value.noneServing')}
              action={<LinkButton to={paths.newCollaboration}>{t('value.startOne')}</LinkButton>}
            >
              {t('value.noneServingHint', { name: name.toLocaleLowerCase() })}
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
                      <Badge tone={badges[c.status].tone}>{badges[c.status].label}</Badge>
                    </div>
                    <p className={shared.matchMeta}>
                      {weight !== undefined && `${t('value.weighs', { weight })} · `}
                      {t('collaboration.members', { count: c.memberCount })}
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
