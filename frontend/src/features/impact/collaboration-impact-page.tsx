import { useEffect } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Alert, EmptyState, ErrorState, LinkButton, Loading } from '../../components/ui';
import { impactPaths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { GetCollaborationImpact } from './api/get-collaboration-impact';
import { MemberContributions } from './member-contributions';
import { MonthlySection } from './monthly-section';
import { OutcomeCard } from './outcome-card';
import { OutcomeSummaryLine } from './outcome-summary';
import { Totals } from './totals';
import { CollaborationStatedLived } from './stated-lived';
import { LinkedShare } from './linked-share';
import { localTimeZone } from '../../lib/format';
import styles from './collaboration-impact-page.module.css';
import shared from './impact.module.css';
import buttonStyles from '../../components/ui/button.module.css';

/**
 * A collaboration's impact: its outcomes with progress, charts and evidence, what its
 * members pooled and how widely, month by month, and the report to download.
 */
export function CollaborationImpactPage() {
  const { slug = '' } = useParams();
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetCollaborationImpact, variables: { slug } });
  const c = data?.collaboration;
  useDocumentTitle(c ? `Impact of ${c.title}` : data ? 'Not found' : 'Impact');

  // A notice from the form that sent the person here is said once, not on reload.
  useEffect(() => {
    if (notice) window.history.replaceState({ ...window.history.state, usr: null }, '');
  }, [notice]);

  // Coming back from a form to one outcome: bring it into view once it is drawn.
  // (After the frame's own move to the top of a new page, which runs after this effect.)
  const found = !!c;
  useEffect(() => {
    if (!found || !location.hash) return;
    const t = setTimeout(() => document.getElementById(location.hash.slice(1))?.scrollIntoView());
    return () => clearTimeout(t);
  }, [found, location.hash]);

  if (!data && fetching) return <Loading label="Loading the impact…" />;
  if (error && !data) {
    return (
      <div className="narrow">
        <h1>Impact</h1>
        <ErrorState
          error={error}
          title="The impact could not be loaded"
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      </div>
    );
  }
  if (!c) {
    return (
      <div className="narrow">
        <h1>No collaboration to show here</h1>
        <EmptyState
          title={`There is no collaboration “${slug}” you can see`}
          action={<LinkButton to={impactPaths.overview}>See the whole community’s impact</LinkButton>}
        >
          It may not exist, or it may show itself to its members only
          {data?.viewer ? '' : ': log in if you are one'}. Check the address.
        </EmptyState>
      </div>
    );
  }

  const m = c.viewerMembership;
  const isMember = m?.status === 'ACTIVE';
  const isSteward = isMember && m?.role === 'STEWARD';
  const { impact } = c;

  return (
    <div className={shared.impact}>
      {notice && <Alert tone="success">{notice}</Alert>}
      <header className={shared.impactHead}>
        <p className="eyebrow">Impact</p>
        <h1>{c.title}</h1>
        <p className="lede">
          The difference this collaboration makes: outcomes measured against a baseline and a target, with evidence, and
          what its members pooled to get there. Dates are in your time zone ({localTimeZone()}).
        </p>
        {impact.outcomeSummary.total > 0 && <OutcomeSummaryLine summary={impact.outcomeSummary} />}
      </header>

      <section className={shared.impactSection} aria-labelledby="outcomes-heading">
        <div className={styles.sectionHead}>
          <h2 id="outcomes-heading">Outcomes</h2>
          {isSteward && impact.outcomes.length > 0 && (
            <LinkButton to={impactPaths.newOutcome(c.slug)} variant="secondary" size="sm">
              Define an outcome
            </LinkButton>
          )}
        </div>
        {impact.outcomes.length === 0 ? (
          <EmptyState
            title="No outcomes yet"
            action={
              isSteward ? (
                <LinkButton to={impactPaths.newOutcome(c.slug)}>Define the first outcome</LinkButton>
              ) : undefined
            }
          >
            {isSteward
              ? 'Say what you will measure, from where it stands now to where you want it by when.'
              : 'Its stewards define the outcomes it aims for; their progress will show here.'}
          </EmptyState>
        ) : (
          <div className={styles.outcomes}>
            {impact.outcomes.map((o) => (
              <OutcomeCard
                key={o.id}
                outcome={o}
                slug={c.slug}
                viewerId={data?.viewer?.id}
                isSteward={isSteward}
                isMember={isMember}
              />
            ))}
          </div>
        )}
      </section>

      <section className={shared.impactSection} aria-labelledby="pooled-heading">
        <h2 id="pooled-heading">What the members pooled</h2>
        {impact.totals.length === 0 ? (
          <EmptyState title="Nothing logged yet">
            {isMember
              ? 'Log what you give in the collaboration’s ledger; it shows here by kind and by member.'
              : 'Members log what they give in the ledger; it shows here by kind and by member.'}
          </EmptyState>
        ) : (
          <>
            <p className={styles.sectionLede}>
              Per kind and unit, never added across them; one person doing everything is not collaboration, so each
              shows how many gave and the largest share.
            </p>
            <Totals totals={impact.totals} />
            {impact.linkedShare.length > 0 && (
              <>
                <h3>Linked to outcomes</h3>
                <p className={styles.sectionLede}>
                  How much of the confirmed effort names an outcome it serves (its own, its commitment’s or its need’s);
                  only linked effort counts in each outcome’s “What it took”.
                </p>
                <LinkedShare shares={impact.linkedShare} />
              </>
            )}
            <h3>By member</h3>
            <MemberContributions members={impact.byMember} />
          </>
        )}
      </section>

      <section className={shared.impactSection} aria-labelledby="monthly-heading">
        <h2 id="monthly-heading">Month by month</h2>
        <MonthlySection
          points={impact.monthly}
          empty={<p className="muted">No contributions logged yet, so there is no series to show.</p>}
        />
      </section>

      <CollaborationStatedLived slug={c.slug} />

      <section className={shared.impactSection} aria-labelledby="report-heading">
        <h2 id="report-heading">A report to print</h2>
        <p>
          The goal, the outcomes with their charts, the resources given and who gave them, laid out to print or save as
          PDF. Contributors are named only if they chose to be.
        </p>
        <LinkButton to={impactPaths.report(c.slug)} variant="secondary">
          Open the printable report
        </LinkButton>
      </section>

      <section className={shared.impactSection} aria-labelledby="export-heading">
        <h2 id="export-heading">Export the report</h2>
        <p>
          Every outcome with its measurements, the totals, what each member gave and the monthly figures, for funders
          and spreadsheets. Amounts are exact; times in UTC.
        </p>
        <div className={styles.export}>
          <a
            className={`${buttonStyles.button} ${buttonStyles.buttonSecondary}`}
            href={impactPaths.exportFile(c.slug, 'csv')}
            download
          >
            Export CSV
          </a>
          <a
            className={`${buttonStyles.button} ${buttonStyles.buttonSecondary}`}
            href={impactPaths.exportFile(c.slug, 'json')}
            download
          >
            Export JSON
          </a>
        </div>
      </section>

      <p className={styles.impactMore}>
        <Link to={impactPaths.overview}>See the whole community’s impact</Link>
      </p>
    </div>
  );
}
