import { useTranslation } from 'react-i18next';
import { getFragmentData, type FragmentType } from '../../gql';
import type { PollView_ProposalFragment } from '../../gql/graphql';
import { BallotForm } from './ballot-form';
import { ParticipationView, ParticipationView_participation } from './participation-view';
import { decisionKindLabel } from './poll-words';
import cardStyles from '../../components/ui/card.module.css';

/**
 * A poll's side of its page: who took part against the quorum, and the viewer's ballot
 * while it is open (active members). Ballots are never shown to anyone but their author.
 */
export function PollAside({
  p,
  participation,
  anonymous,
  open,
  active,
}: {
  p: PollView_ProposalFragment;
  participation?: FragmentType<typeof ParticipationView_participation> | null;
  anonymous: boolean;
  open: boolean;
  active: boolean;
}) {
  const { t } = useTranslation('decisions');
  const kind = p.decisionKind;
  const options = p.options.map((o) => ({ key: o.key, label: o.label }));
  const reached = participation ? getFragmentData(ParticipationView_participation, participation).reached : true;
  return (
    <>
      <section className={cardStyles.card} aria-labelledby="stand-heading">
        <h2 id="stand-heading">{decisionKindLabel(kind)}</h2>
        {kind === 'DOT_VOTE' && p.dotsPerMember != null && <p>{t('pollAside.dots', { count: p.dotsPerMember })}</p>}
        {p.status === 'OPEN' && (
          <p className="muted">{reached ? t('pollAside.counted') : t('pollAside.countedIfQuorum')}</p>
        )}
        {participation && (
          <ParticipationView participation={participation} open={p.status === 'OPEN'} anonymous={anonymous} />
        )}
        {anonymous && p.viewerBallot && <p className="note">{t('pollAside.private')}</p>}
      </section>
      {open && active && (
        <section className={cardStyles.card}>
          <BallotForm
            key={p.id}
            proposalId={p.id}
            kind={kind}
            options={options}
            dotsPerMember={p.dotsPerMember ?? 0}
            current={p.viewerBallot?.marks}
          />
        </section>
      )}
    </>
  );
}
