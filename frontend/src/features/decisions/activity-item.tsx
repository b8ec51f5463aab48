import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { ActivityItem_ActivityFragment } from '../../gql/graphql';
import { decisionPaths } from '../../lib/paths';
import { timeAgo } from '../../lib/time';
import { formatDateTimeLong } from '../../lib/format';
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
  if (t.length <= max) return `“${t}”`;
  const cut = t.slice(0, max);
  return `“${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : max)}…”`;
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
  const who = a.actor?.displayName ?? 'Someone';
  const proposal = proposalOf(a, slug) ?? 'a proposal';
  const person = personOf(a) ?? 'someone';
  const text = textOf(a);
  switch (a.verb) {
    case 'proposal.created':
    case 'proposal.opened':
      return <>{who} proposed {proposal}</>;
    case 'proposal.withdrawn':
      return <>{who} withdrew {proposal}</>;
    case 'proposal.adopted':
      return <>{proposal} was adopted</>;
    case 'proposal.rejected':
      return <>{proposal} was rejected</>;
    case 'proposal.quorum_not_reached':
      return <>{proposal} closed without quorum</>;
    case 'proposal.not_covered':
      return <>{proposal} was not adopted: its pledges fell short</>;
    case 'proposal.decision_stated':
      return <>{who} stated what {proposal} decided</>;
    case 'collaboration.quorum_changed':
      return <>The quorum changed</>;
    // On an anonymous proposal the entry names nobody: "A member took a position".
    case 'position.taken':
      return <>{a.actor ? who : 'A member'} took a position on {proposal}</>;
    case 'position.changed':
      return <>{a.actor ? who : 'A member'} changed their position on {proposal}</>;
    case 'comment.added':
    case 'comment.posted':
      return <>{who} commented on {proposal}</>;
    case 'collaboration.goal_changed':
      return <>The goal changed</>;
    case 'collaboration.created':
      return <>{who} started the collaboration</>;
    case 'collaboration.updated':
      return <>{who} updated the collaboration’s details</>;
    case 'membership.joined':
      return <>{person} joined</>;
    case 'membership.joined_by_link':
      return <>{person} joined by an invitation link</>;
    case 'invitation_link.created':
      return <>{who} made an invitation link</>;
    case 'invitation_link.revoked':
      return <>{who} withdrew an invitation link</>;
    case 'invitation.emailed':
      return <>{who} invited someone by email</>;
    case 'membership.requested':
      return <>{person} asked to join</>;
    case 'membership.invited':
      return <>{who} invited {person}</>;
    case 'membership.left':
      return <>{person} left</>;
    case 'membership.removed':
      return <>{who} removed {person}</>;
    case 'membership.promoted':
      return <>{who} made {person} a steward</>;
    case 'membership.demoted':
      return <>{who} made {person} a member instead of a steward</>;
    case 'membership.request_declined':
      return <>{who} declined {person}’s request to join</>;
    case 'membership.invitation_declined':
      return <>{person} declined the invitation</>;
    case 'membership.invitation_withdrawn':
      return <>{who} withdrew the invitation to {person}</>;
    case 'commitment.made':
      return <>{who} committed{text}</>;
    case 'commitment.bound':
      return <>A commitment became binding{text}</>;
    case 'commitment.pledged':
      return <>{who} pledged toward a proposal{text}</>;
    case 'commitment.lapsed':
      return <>A pledge lapsed{text}</>;
    case 'commitment.revised':
      return <>{who} revised a commitment{text}</>;
    case 'commitment.withdrawn':
      return <>{who} withdrew a commitment{text}</>;
    case 'commitment.released':
      return <>{who} released a commitment{text}</>;
    case 'contribution.logged':
      return <>{who} logged a contribution{text}</>;
    case 'contribution.confirmed':
      return <>{who} confirmed a contribution{text}</>;
    case 'contribution.reversed':
      return <>{who} corrected a contribution with a reversing entry</>;
    case 'need.added':
    case 'need.posted':
      return <>{who} added a need{text}</>;
    case 'need.updated':
      return <>{who} updated a need{text}</>;
    case 'need.filled':
      return <>A need was filled{text}</>;
    case 'outcome.defined':
      return <>{who} set an outcome to measure</>;
    case 'measurement.recorded':
      return <>{who} recorded a measurement</>;
    case 'measurement.attested':
      return <>{who} attested a measurement</>;
    case 'thread.started':
      return <>{who} started a thread</>;
    case 'post.added':
      return <>{who} posted in a thread</>;
    case 'post.edited':
      return <>{who} edited a post</>;
    case 'collaboration.completed':
      return <>{who} marked the collaboration completed</>;
    default: {
      const [noun = 'something', verb = 'changed'] = a.verb.split('.');
      return (
        <>
          {a.actor ? who : 'Kindred'}: {noun} {verb.replace(/_/g, ' ')}
        </>
      );
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
