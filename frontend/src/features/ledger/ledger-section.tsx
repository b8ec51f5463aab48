import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Alert, Button, ErrorState, Loading } from '../../components/ui';
import { getFragmentData, graphql } from '../../gql';
import { GetLedgerOverview } from './api/get-ledger-overview';
import { LedgerEntry } from './ledger-entry';
import { LedgerFilters, noFilter, type LedgerFilter } from './ledger-filters';
import { LedgerList } from './ledger-list';
import { LedgerTotals } from './ledger-totals';
import { LogContributionForm } from './log-contribution-form';
import styles from './ledger-section.module.css';
import ledgerListStyles from './ledger-list.module.css';
import sectionStyles from '../../components/section.module.css';

export const LedgerSection_collaboration = graphql(`
  fragment LedgerSection_collaboration on Collaboration {
    id
    outcomes {
      id
      name
    }
    viewerMembership {
      id
      status
      role
      commitments {
        id
        status
        description
        quantity {
          kind
          amount
          unit
          currency
        }
      }
    }
    members {
      id
      status
      person {
        id
        displayName
      }
    }
    ...LedgerTotals_collaboration
    awaiting: ledger(awaitingConfirmation: true, first: 50) {
      totalCount
      edges {
        node {
          id
          ...LedgerEntry_contribution
        }
      }
    }
  }
`);

/**
 * A collaboration's ledger: what waits for confirmation, the totals, logging a
 * contribution, and every entry, newest first, filtered by member and kind.
 */
export function LedgerSection({ slug, isMember, isSteward }: { slug: string; isMember: boolean; isSteward: boolean }) {
  const { t } = useTranslation('ledger');
  const context = useMemo(() => ({ additionalTypenames: ['Contribution', 'Commitment'] }), []);
  const [{ data, error }, refetch] = useQuery({ query: GetLedgerOverview, variables: { slug }, context });
  const [filter, setFilter] = useState<LedgerFilter>(noFilter);
  const [logging, setLogging] = useState(false);
  const [notice, setNotice] = useState('');
  const c = getFragmentData(LedgerSection_collaboration, data?.collaboration);
  const viewerId = data?.viewer?.id;

  let body;
  if (!c) {
    body =
      error && !data ? (
        <ErrorState
          error={error}
          title={t('list.loadFailed')}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : (
        <Loading label={t('section.loading')} />
      );
  } else {
    const own = (c.viewerMembership?.commitments ?? []).filter((x) => x.status === 'PENDING' || x.status === 'BINDING');
    const people = c.members
      .filter((m) => m.person && m.status !== 'INVITED' && m.status !== 'REQUESTED' && m.status !== 'DECLINED')
      .map((m) => m.person!);
    const entryProps = { viewerId, isSteward, isMember, onNotice: setNotice, outcomes: c.outcomes };
    body = (
      <>
        {c.awaiting.totalCount > 0 && (
          <div className="awaiting">
            <h3>
              {t('section.awaiting')} <span className="count">{c.awaiting.totalCount}</span>
            </h3>
            <p className="section-intro">{isMember ? t('section.awaitingMember') : t('section.awaitingOther')}</p>
            <ol className={ledgerListStyles.ledgerList}>
              {c.awaiting.edges.map((e) => (
                <LedgerEntry key={e.node.id} entry={e.node} {...entryProps} />
              ))}
            </ol>
          </div>
        )}
        <LedgerTotals collaboration={c} />
        {isMember &&
          (logging ? (
            <LogContributionForm
              collaborationId={c.id}
              commitments={own}
              outcomes={c.outcomes}
              onDone={(message) => {
                setLogging(false);
                setNotice(message);
              }}
            />
          ) : (
            <div>
              <Button onClick={() => setLogging(true)}>{t('log.heading')}</Button>
            </div>
          ))}
        <div className="ledger-entries">
          <h3>{t('section.entries')}</h3>
          <LedgerFilters
            filter={filter}
            onChange={setFilter}
            people={[...new Map(people.map((p) => [p.id, p])).values()]}
          />
          <LedgerList slug={slug} filter={filter} {...entryProps} />
        </div>
      </>
    );
  }

  return (
    <section className={`${sectionStyles.collabSection} ${styles.ledger}`} aria-labelledby="ledger-heading">
      <h2 id="ledger-heading">{t('section.heading')}</h2>
      <p className="section-intro">{t('section.intro')}</p>
      <div className={styles.live} aria-live="polite">
        {notice && <Alert tone="success">{notice}</Alert>}
      </div>
      {body}
    </section>
  );
}
