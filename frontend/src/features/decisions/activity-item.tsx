import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { ActivityItem_ActivityFragment } from '../../gql/graphql';
import { decisionPaths } from '../../lib/paths';
import { timeAgo } from '../../lib/time';
import { formatDateTimeLong } from '../../lib/format';
import { i18n } from '../../lib/i18n';
import styles from './activity-item.module.css';

export const ActivityItem_activity = graphql(`
  fragment ActivityItem_activity on Activity {
    verb
    subjectType
    createdAt
    actor {
      handle
      displayName
    }
    subject {
      __typename
      id
      ... on Proposal {
        title
      }
      ... on Position {
        proposal {
          id
          title
        }
      }
      ... on Comment {
        proposal {
          id
          title
        }
      }
      ... on Membership {
        person {
          handle
          displayName
        }
      }
      ... on Commitment {
        description
      }
      ... on Contribution {
        note
      }
      ... on Need {
        description
      }
    }
  }
`);

type Entry = ActivityItem_ActivityFragment;

/** A short quotation of free text, cut at a word near `max` characters. */
function quote(text: string, max = 80): string {
  // The entry ends with its own full stop, so the quotation drops one of its own.
  const t = text.trim().replace(/\s+/g, ' ').replace(/\.$/, '');
  if (t.length <= max) return i18n.t('decisions:activity.quote', { text: t });
  const cut = t.slice(0, max);
  return i18n.t('decisions:activity.quoteCut', {
    text: cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : max),
  });
}

/** The proposal an entry is about, as a link; null when the entry is about none. */
function proposalOf(a: Entry, slug: string): ReactNode {
  const s = a.subject;
  if (!s) return null;
  let p: { id: string; title: string } | undefined;
  if (s.__typename === 'Proposal') p = { id: s.id, title: s.title };
  else if (s.__typename === 'Position' || s.__typename === 'Comment') p = s.proposal;
  return p ? <Link to={decisionPaths.proposal(slug, p.id)}>{p.title}</Link> : null;
}

function personOf(a: Entry): string | null {
  return a.subject?.__typename === 'Membership' ? (a.subject.person?.displayName ?? null) : null;
}

function textOf(a: Entry): string {
  const s = a.subject;
  if (s?.__typename === 'Commitment' && s.description) return ` ${quote(s.description)}`;
  if (s?.__typename === 'Contribution' && s.note) return ` ${quote(s.note)}`;
  if (s?.__typename === 'Need' && s.description) return ` ${quote(s.description)}`;
  return '';
}

/**
 * What happened, in words: the actor (or "Someone" when hidden) and the verb, with the
 * proposal or person it concerns. Entries the rules made (a proposal closing) have no actor.
 * Some verbs have two spellings (the demo data writes `comment.posted` where the server
 * writes `comment.added`); both read the same.
 */
export function describeActivity(a: Entry, slug: string): ReactNode {
  const who = a.actor?.displayName ?? i18n.t('decisions:activity.someoneCapital');
  const values = {
    who,
    // On an anonymous proposal the entry names nobody: "A member took a position".
    member: a.actor ? who : i18n.t('decisions:activity.aMember'),
    person: personOf(a) ?? i18n.t('decisions:activity.someone'),
    text: textOf(a),
  };
  const components = { proposal: <>{proposalOf(a, slug) ?? i18n.t('decisions:activity.aProposal')}</> };
  switch (a.verb) {
    case 'proposal.created':
    case 'proposal.opened':
      return <Trans ns="decisions" i18nKey="activity.proposed" values={values} components={components} />;
    case 'proposal.withdrawn':
      return <Trans ns="decisions" i18nKey="activity.proposalWithdrawn" values={values} components={components} />;
    case 'proposal.adopted':
      return <Trans ns="decisions" i18nKey="activity.adopted" values={values} components={components} />;
    case 'proposal.rejected':
      return <Trans ns="decisions" i18nKey="activity.rejected" values={values} components={components} />;
    case 'proposal.quorum_not_reached':
      return <Trans ns="decisions" i18nKey="activity.quorumNotReached" values={values} components={components} />;
    case 'proposal.not_covered':
      return <Trans ns="decisions" i18nKey="activity.notCovered" values={values} components={components} />;
    case 'proposal.decision_stated':
      return <Trans ns="decisions" i18nKey="activity.decisionStated" values={values} components={components} />;
    case 'collaboration.quorum_changed':
      return i18n.t('decisions:activity.quorumChanged', values);
    case 'position.taken':
      return <Trans ns="decisions" i18nKey="activity.positionTaken" values={values} components={components} />;
    case 'position.changed':
      return <Trans ns="decisions" i18nKey="activity.positionChanged" values={values} components={components} />;
    case 'comment.added':
    case 'comment.posted':
      return <Trans ns="decisions" i18nKey="activity.commented" values={values} components={components} />;
    case 'collaboration.goal_changed':
      return i18n.t('decisions:activity.goalChanged', values);
    case 'collaboration.created':
      return i18n.t('decisions:activity.started', values);
    case 'collaboration.updated':
      return i18n.t('decisions:activity.updated', values);
    case 'membership.joined':
      return i18n.t('decisions:activity.joined', values);
    case 'membership.joined_by_link':
      return i18n.t('decisions:activity.joinedByLink', values);
    case 'invitation_link.created':
      return i18n.t('decisions:activity.linkCreated', values);
    case 'invitation_link.revoked':
      return i18n.t('decisions:activity.linkRevoked', values);
    case 'invitation.emailed':
      return i18n.t('decisions:activity.emailed', values);
    case 'membership.requested':
      return i18n.t('decisions:activity.requested', values);
    case 'membership.invited':
      return i18n.t('decisions:activity.invited', values);
    case 'membership.left':
      return i18n.t('decisions:activity.left', values);
    case 'membership.removed':
      return i18n.t('decisions:activity.removed', values);
    case 'membership.promoted':
      return i18n.t('decisions:activity.promoted', values);
    case 'membership.demoted':
      return i18n.t('decisions:activity.demoted', values);
    case 'membership.request_declined':
      return i18n.t('decisions:activity.requestDeclined', values);
    case 'membership.invitation_declined':
      return i18n.t('decisions:activity.invitationDeclined', values);
    case 'membership.invitation_withdrawn':
      return i18n.t('decisions:activity.invitationWithdrawn', values);
    case 'commitment.made':
      return i18n.t('decisions:activity.committed', values);
    case 'commitment.bound':
      return i18n.t('decisions:activity.bound', values);
    case 'commitment.pledged':
      return i18n.t('decisions:activity.pledged', values);
    case 'commitment.lapsed':
      return i18n.t('decisions:activity.lapsed', values);
    case 'commitment.revised':
      return i18n.t('decisions:activity.revised', values);
    case 'commitment.withdrawn':
      return i18n.t('decisions:activity.commitmentWithdrawn', values);
    case 'commitment.released':
      return i18n.t('decisions:activity.released', values);
    case 'contribution.logged':
      return i18n.t('decisions:activity.logged', values);
    case 'contribution.confirmed':
      return i18n.t('decisions:activity.confirmed', values);
    case 'contribution.reversed':
      return i18n.t('decisions:activity.reversed', values);
    case 'need.added':
    case 'need.posted':
      return i18n.t('decisions:activity.needAdded', values);
    case 'need.updated':
      return i18n.t('decisions:activity.needUpdated', values);
    case 'need.filled':
      return i18n.t('decisions:activity.needFilled', values);
    case 'outcome.defined':
      return i18n.t('decisions:activity.outcomeDefined', values);
    case 'measurement.recorded':
      return i18n.t('decisions:activity.measurementRecorded', values);
    case 'measurement.attested':
      return i18n.t('decisions:activity.measurementAttested', values);
    case 'thread.started':
      return i18n.t('decisions:activity.threadStarted', values);
    case 'post.added':
      return i18n.t('decisions:activity.postAdded', values);
    case 'post.edited':
      return i18n.t('decisions:activity.postEdited', values);
    case 'gathering.planned':
      return i18n.t('decisions:activity.gatheringPlanned', values);
    case 'gathering.updated':
      return i18n.t('decisions:activity.gatheringUpdated', values);
    case 'gathering.cancelled':
      return i18n.t('decisions:activity.gatheringCancelled', values);
    case 'gathering.answered':
      return i18n.t('decisions:activity.gatheringAnswered', values);
    case 'gathering.moved_up':
      return i18n.t('decisions:activity.movedUp', values);
    case 'gathering.attendance_recorded':
      return i18n.t('decisions:activity.attendanceRecorded', values);
    case 'collaboration.completed':
      return i18n.t('decisions:activity.completed', values);
    default: {
      const [noun = 'something', verb = 'changed'] = a.verb.split('.');
      return i18n.t('decisions:activity.other', {
        who: a.actor ? who : 'Kindred',
        noun,
        verb: verb.replace(/_/g, ' '),
      });
    }
  }
}

/** One entry of the activity list. */
export function ActivityItem({
  slug,
  activity,
  now,
}: {
  slug: string;
  activity: FragmentType<typeof ActivityItem_activity>;
  now: Date;
}) {
  // Renders again when the language changes: describeActivity reads the catalogs as it runs.
  useTranslation('decisions');
  const a = getFragmentData(ActivityItem_activity, activity);
  return (
    <li className={styles.activityItem}>
      <span className="activity__what">{describeActivity(a, slug)}.</span>{' '}
      <time className={styles.activityWhen} dateTime={a.createdAt} title={formatDateTimeLong(a.createdAt)}>
        {timeAgo(a.createdAt, now)}
      </time>
    </li>
  );
}
