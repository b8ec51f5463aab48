import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, LinkButton, Loading } from '../../components/ui';
import { impactPaths, paths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { GetPersonImpact } from './api/get-person-impact';
import { ExportLinks } from '../../components/export-links';
import { Given } from './given';
import { MonthlySection } from './monthly-section';
import { OutcomeRow } from './outcome-row';
import shared from './impact.module.css';
import styles from './person-impact-page.module.css';
import cardStyles from '../../components/ui/card.module.css';

/** A person's impact: where they contributed, what they gave, how the outcomes there stand. */
export function PersonImpactPage() {
  const { t } = useTranslation('impact');
  const { handle = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetPersonImpact, variables: { handle } });
  const p = data?.person;
  useDocumentTitle(p ? t('person.impactOf', { name: p.displayName }) : data ? t('notFound') : t('eyebrow'));

  if (!data && fetching) return <Loading label={t('loadingImpact')} />;
  if (error && !data) {
    return (
      <div className="narrow">
        <h1>{t('person.impactOf', { name: `@${handle}` })}</h1>
        <ErrorState
          error={error}
          title={t('impactNotLoaded')}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      </div>
    );
  }
  if (!p) {
    return (
      <div className="narrow">
        <h1>{t('person.noOne')}</h1>
        <EmptyState
          title={t('person.noPage', { handle })}
          action={<LinkButton to={impactPaths.overview}>{t('seeCommunity')}</LinkButton>}
        >
          {t('person.noPageBody')}
        </EmptyState>
      </div>
    );
  }
  const own = data?.viewer?.id === p.id;
  const { impact } = p;
  // Where they contributed, then the collaborations they are active in without an entry
  // in the ledger yet (the API's impact counts contributions only), so the progress of
  // every outcome they work toward is here.
  const places = [
    ...impact.collaborations.map((pc) => ({ ...pc, contributed: true })),
    ...p.memberships
      .filter(
        (m) => m.status === 'ACTIVE' && !impact.collaborations.some((pc) => pc.collaboration.id === m.collaboration.id),
      )
      .map((m) => ({
        collaboration: m.collaboration,
        given: [],
        outcomes: m.collaboration.outcomes,
        contributed: false,
      })),
  ];
  return (
    <div className={shared.impact}>
      <header className={shared.impactHead}>
        <p className="eyebrow">
          <Link to={paths.person(p.handle)}>{p.displayName}</Link>
        </p>
        <h1>{own ? t('person.yourImpact') : t('person.impactOf', { name: p.displayName })}</h1>
        <p className="lede">{own ? t('person.ledeOwn') : t('person.lede', { name: p.displayName })}</p>
      </header>

      <section className={shared.impactSection} aria-labelledby="given-heading">
        <h2 id="given-heading">{own ? t('whatYouGave') : t('person.whatTheyGave')}</h2>
        {impact.given.length === 0 ? (
          <EmptyState title={t('nothingLogged')}>
            {own ? t('person.givenEmptyOwn') : t('person.givenEmpty', { name: p.displayName })}
          </EmptyState>
        ) : (
          <Given given={impact.given} />
        )}
      </section>

      <section className={shared.impactSection} aria-labelledby="where-heading">
        <h2 id="where-heading">{own ? t('person.whereOwn') : t('person.where')}</h2>
        {places.length === 0 ? (
          <EmptyState title={t('person.noCollaborations')}>
            {own ? t('person.noCollaborationsOwn') : t('person.noCollaborationsBody', { name: p.displayName })}
          </EmptyState>
        ) : (
          <ul className={styles.places}>
            {places.map((pc) => (
              <li key={pc.collaboration.id} className={`${cardStyles.card} ${styles.place}`} data-testid="place">
                <h3>
                  <Link to={impactPaths.collaboration(pc.collaboration.slug)}>{pc.collaboration.title}</Link>
                </h3>
                {pc.contributed ? (
                  <Given given={pc.given} />
                ) : (
                  <p className="muted">{own ? t('person.notHereOwn') : t('person.notHere')}</p>
                )}
                {pc.outcomes.length > 0 ? (
                  <>
                    <h4>{t('person.itsOutcomes')}</h4>
                    <ul className={shared.outcomeRows}>
                      {pc.outcomes.map((o) => (
                        <OutcomeRow key={o.id} outcome={o} showCollaboration={false} />
                      ))}
                    </ul>
                  </>
                ) : (
                  <p className="muted">{t('person.noOutcomes')}</p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className={shared.impactSection} aria-labelledby="monthly-heading">
        <h2 id="monthly-heading">{t('monthly.heading')}</h2>
        <MonthlySection points={impact.monthly} empty={<p className="muted">{t('monthly.empty')}</p>} />
      </section>

      {own && (
        <section className={shared.impactSection} aria-labelledby="export-heading">
          <h2 id="export-heading">{t('person.export.heading')}</h2>
          <ExportLinks href={(f) => impactPaths.personExport(p.handle, f)} what={t('person.export.what')}>
            {t('person.export.explain')}
          </ExportLinks>
        </section>
      )}
    </div>
  );
}
