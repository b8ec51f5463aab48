import { useMutation } from 'urql';
import { Button, FormAlert } from '../../components/ui';
import type { RsvpStatus } from '../../gql/graphql';
import { formProblems } from '../../lib/errors';
import { RsvpGathering } from './api/rsvp-gathering';
import styles from './gatherings.module.css';

const choices: [RsvpStatus, string][] = [
  ['GOING', 'Going'],
  ['MAYBE', 'Maybe'],
  ['NOT_GOING', 'Not going'],
];

/** The viewer's answer: going (or waiting when full), maybe, not going. */
export function RsvpButtons({
  gatheringId,
  current,
  full,
}: {
  gatheringId: string;
  current?: RsvpStatus | null;
  full: boolean;
}) {
  const [{ fetching, error }, answer] = useMutation(RsvpGathering);
  const server = formProblems(error, []);
  return (
    <div className={styles.rsvp}>
      <div role="group" aria-label="Your answer" className={styles.rsvpButtons}>
        {choices.map(([status, label]) => {
          const pressed = current === status || (status === 'GOING' && current === 'WAITING');
          return (
            <Button
              key={status}
              variant={pressed ? 'primary' : 'secondary'}
              aria-pressed={pressed}
              busy={fetching}
              onClick={() => void answer({ input: { gatheringId, status } })}
            >
              {status === 'GOING' && full && current !== 'GOING' && current !== 'WAITING'
                ? 'Join the waiting list'
                : label}
            </Button>
          );
        })}
      </div>
      <FormAlert problems={server.general} title="Your answer could not be saved" />
    </div>
  );
}
