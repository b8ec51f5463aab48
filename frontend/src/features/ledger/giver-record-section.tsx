import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Badge, EmptyState, Meaning } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { paths } from '../../lib/paths';
import { inKindOrder, kindWords } from '../../lib/quantity';
import { GetGiverRecord } from './api/get-giver-record';
import { Quantity } from '../../components/quantity';
import { formatPercent } from '../../lib/format';
import styles from './giver-record-section.module.css';
import shared from './ledger.module.css';
import totalsStyles from './totals.module.css';
import cardStyles from '../../components/ui/card.module.css';

export const GiverRecord_record = graphql(`
  fragment GiverRecord_record on GiverRecord {
    reciprocity
    behind
    bindingCommitments
    given {
      contributors
      all {
        kind
        unit
        currency
        ...Quantity_quantity
      }
      confirmed {
        ...Quantity_quantity
      }
    }
    memberships {
      id
      role
      status
      reciprocity
      behind
      collaboration {
        id
        slug
        title
      }
    }
  }
`);

/** A person's record as a giver across the collaborations the viewer may see, for their page. */
export function GiverRecordSection() {
  const { handle = '' } = useParams();
  const [{ data }] = useQuery({ query: GetGiverRecord, variables: { handle } });
  const person = data?.person;
  // The person page says when the person is missing or hidden; this section just stays out.
  if (!person) return null;
  return (
    <GiverRecord name={person.displayName} record={person.giverRecord} isViewer={data?.viewer?.id === person.id} />
  );
}

function GiverRecord({
  name,
  record,
  isViewer,
}: {
  name: string;
  record: FragmentType<typeof GiverRecord_record>;
  isViewer: boolean;
}) {
  const r = getFragmentData(GiverRecord_record, record);
  return (
    <section className={`${styles.giver} ${cardStyles.card}`} aria-labelledby="giver-heading">
      <h2 id="giver-heading">Record as a giver</h2>
      {r.memberships.length === 0 && r.given.length === 0 ? (
        <EmptyState
          title={isViewer ? 'You have not joined a collaboration yet' : `${name} has no visible collaborations yet`}
          action={isViewer ? <Link to={paths.discoverCollaborations}>Find a collaboration to join</Link> : undefined}
        />
      ) : (
        <>
          <p className={styles.giverFigure}>
            <strong>
              {r.reciprocity === null || r.reciprocity === undefined
                ? 'No reciprocity figure yet'
                : `Reciprocity ${formatPercent(r.reciprocity)}`}
            </strong>{' '}
            <span className="muted">
              over {r.bindingCommitments} binding {r.bindingCommitments === 1 ? 'commitment' : 'commitments'}
            </span>{' '}
            <Meaning term="reciprocity" />
            {r.behind && (
              <>
                {' '}
                <Badge tone="danger">Behind</Badge>
                <Meaning term="behind" />
              </>
            )}
          </p>
          {r.given.length > 0 && (
            <>
              <h3>What {isViewer ? 'you' : name} gave</h3>
              <ul className={totalsStyles.totalsList}>
                {inKindOrder(r.given).map((t) => (
                  <li key={`${t.all.kind}-${t.all.unit}`} className={shared.total}>
                    <p className={shared.totalKind}>{kindWords[t.all.kind].label}</p>
                    <p className={shared.totalAmount} data-testid="total-amount"><Quantity quantity={t.all} /></p>
                    <p className={shared.totalDetail}><Quantity quantity={t.confirmed} /> confirmed by others</p>
                  </li>
                ))}
              </ul>
            </>
          )}
          {r.memberships.length > 0 && (
            <>
              <h3>In collaborations</h3>
              <ul className={totalsStyles.giverMemberships}>
                {r.memberships.map((m) => (
                  <li key={m.id}>
                    <Link to={paths.collaboration(m.collaboration.slug)}>{m.collaboration.title}</Link>{' '}
                    <span className="muted">
                      · {m.role === 'STEWARD' ? 'steward' : 'member'}
                      {m.status !== 'ACTIVE' && ` (${m.status.toLowerCase()})`} ·{' '}
                      {m.reciprocity === null || m.reciprocity === undefined
                        ? 'no figure yet'
                        : `reciprocity ${formatPercent(m.reciprocity)}`}
                    </span>{' '}
                    {m.behind && <Badge tone="danger">Behind</Badge>}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
