import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Badge, EmptyState, Meaning } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { MembershipStatus } from '../../gql/graphql';
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
  const { t } = useTranslation('ledger');
  const r = getFragmentData(GiverRecord_record, record);
  const membershipStatus: Record<MembershipStatus, string> = {
    INVITED: t('membership.invited'),
    REQUESTED: t('membership.requested'),
    ACTIVE: t('membership.active'),
    DECLINED: t('membership.declined'),
    LEFT: t('membership.left'),
    REMOVED: t('membership.removed'),
  };
  return (
    <section className={`${styles.giver} ${cardStyles.card}`} aria-labelledby="giver-heading">
      <h2 id="giver-heading">{t('giver.heading')}</h2>
      {r.memberships.length === 0 && r.given.length === 0 ? (
        <EmptyState
          title={isViewer ? t('giver.noneYou') : t('giver.none', { name })}
          action={isViewer ? <Link to={paths.discoverCollaborations}>{t('giver.find')}</Link> : undefined}
        />
      ) : (
        <>
          <p className={styles.giverFigure}>
            <strong>
              {r.reciprocity === null || r.reciprocity === undefined
                ? t('giver.noReciprocity')
                : t('giver.reciprocity', { share: formatPercent(r.reciprocity) })}
            </strong>{' '}
            <span className="muted">{t('giver.over', { count: r.bindingCommitments })}</span>{' '}
            <Meaning term="reciprocity" />
            {r.behind && (
              <>
                {' '}
                <Badge tone="danger">{t('behind')}</Badge>
                <Meaning term="behind" />
              </>
            )}
          </p>
          {r.given.length > 0 && (
            <>
              <h3>{isViewer ? t('giver.youGave') : t('giver.gave', { name })}</h3>
              <ul className={totalsStyles.totalsList}>
                {inKindOrder(r.given).map((total) => (
                  <li key={`${total.all.kind}-${total.all.unit}`} className={shared.total}>
                    <p className={shared.totalKind}>{kindWords[total.all.kind].label}</p>
                    <p className={shared.totalAmount} data-testid="total-amount">
                      <Quantity quantity={total.all} />
                    </p>
                    <p className={shared.totalDetail}>
                      <Trans
                        t={t}
                        i18nKey="giver.confirmedByOthers"
                        components={{ quantity: <Quantity quantity={total.confirmed} /> }}
                      />
                    </p>
                  </li>
                ))}
              </ul>
            </>
          )}
          {r.memberships.length > 0 && (
            <>
              <h3>{t('giver.inCollaborations')}</h3>
              <ul className={totalsStyles.giverMemberships}>
                {r.memberships.map((m) => (
                  <li key={m.id}>
                    <Link to={paths.collaboration(m.collaboration.slug)}>{m.collaboration.title}</Link>{' '}
                    <span className="muted">
                      · {m.role === 'STEWARD' ? t('giver.steward') : t('giver.member')}
                      {m.status !== 'ACTIVE' && ` (${membershipStatus[m.status]})`} ·{' '}
                      {m.reciprocity === null || m.reciprocity === undefined
                        ? t('giver.noFigure')
                        : t('giver.reciprocityLower', { share: formatPercent(m.reciprocity) })}
                    </span>{' '}
                    {m.behind && <Badge tone="danger">{t('behind')}</Badge>}
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
