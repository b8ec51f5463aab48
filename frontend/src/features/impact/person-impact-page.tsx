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
  const { handle = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetPersonImpact, variables: { handle } });
  const p = data?.person;
  useDocumentTitle(p ? `Impact of ${p.displayName}` : data ? 'Not found' : 'Impact');

  if (!data && fetching) return <Loading label="Loading the impact…" />;
  if (error && !data) {
    return (
      <div className="narrow">
        <h1>Impact of @{handle}</h1>
        <ErrorState error={error} title="The impact could not be loaded" onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      </div>
    );
  }
  if (!p) {
    return (
      <div className="narrow">
        <h1>No one to show here</h1>
        <EmptyState title={`There is no page for @${handle}`} action={<LinkButton to={impactPaths.overview}>See the community’s impact</LinkButton>}>
          Either no one has this handle, or they show their page only to some. Check the address.
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
      .filter((m) => m.status === 'ACTIVE' && !impact.collaborations.some((pc) => pc.collaboration.id === m.collaboration.id))
      .map((m) => ({ collaboration: m.collaboration, given: [], outcomes: m.collaboration.outcomes, contributed: false })),
  ];
  return (
    <div className={shared.impact}>
      <header className={shared.impactHead}>
        <p className="eyebrow">
          <Link to={paths.person(p.handle)}>{p.displayName}</Link>
        </p>
        <h1>{own ? 'Your impact' : `Impact of ${p.displayName}`}</h1>
        <p className="lede">
          Where {own ? 'you take' : `${p.displayName} takes`} part, what {own ? 'you' : 'they'} gave, and how
          the outcomes there stand{own ? '' : ', in the collaborations you may see'}.
        </p>
      </header>

      <section className={shared.impactSection} aria-labelledby="given-heading">
        <h2 id="given-heading">{own ? 'What you gave' : 'What they gave'}</h2>
        {impact.given.length === 0 ? (
          <EmptyState title="Nothing logged yet">
            {own
              ? 'When you give time, skills, money or goods to a collaboration, log it in its ledger; it adds up here.'
              : `${p.displayName} has not logged a contribution in a collaboration you can see.`}
          </EmptyState>
        ) : (
          <Given given={impact.given} />
        )}
      </section>

      <section className={shared.impactSection} aria-labelledby="where-heading">
        <h2 id="where-heading">Where {own ? 'you' : 'they'} take part</h2>
        {places.length === 0 ? (
          <EmptyState title="No collaborations yet">
            {own
              ? 'Join a collaboration that shares your values; what you give there and how its outcomes stand show here.'
              : `${p.displayName} takes part in no collaboration you can see.`}
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
                  <p className="muted">{own ? 'You have' : 'They have'} not logged a contribution here yet.</p>
                )}
                {pc.outcomes.length > 0 ? (
                  <>
                    <h4>Its outcomes</h4>
                    <ul className={shared.outcomeRows}>
                      {pc.outcomes.map((o) => (
                        <OutcomeRow key={o.id} outcome={o} showCollaboration={false} />
                      ))}
                    </ul>
                  </>
                ) : (
                  <p className="muted">It has not defined outcomes yet.</p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className={shared.impactSection} aria-labelledby="monthly-heading">
        <h2 id="monthly-heading">Month by month</h2>
        <MonthlySection points={impact.monthly} empty={<p className="muted">No contributions logged yet, so there is no series to show.</p>} />
      </section>

      {own && (
        <section className={shared.impactSection} aria-labelledby="export-heading">
          <h2 id="export-heading">Export your impact</h2>
          <ExportLinks href={(f) => impactPaths.personExport(p.handle, f)} what="your impact">
            Your contributions, your commitments and the outcomes of your collaborations, every
            row with the record it comes from, for your own records or a funder.
          </ExportLinks>
        </section>
      )}
    </div>
  );
}
