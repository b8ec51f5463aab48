import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Button, FormAlert } from '../../components/ui';
import type { RsvpStatus } from '../../gql/graphql';
import { formProblems } from '../../lib/errors';
import { RsvpGathering } from './api/rsvp-gathering';
import { answerLabels } from './words';
import styles from './gatherings.module.css';

const choices: RsvpStatus[] = ['GOING', 'MAYBE', 'NOT_GOING'];

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
  const { t } = useTranslation('gatherings');
  const [{ fetching, error }, answer] = useMutation(RsvpGathering);
  const labels = answerLabels();
  const server = formProblems(error, []);
  return (
    <div className={styles.rsvp}>
      <div role="group" aria-label={t('rsvp.group')} className={styles.rsvpButtons}>
        {choices.map((status) => {
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
                ? t('rsvp.joinWaitingList')
                : labels[status]}
            </Button>
          );
        })}
      </div>
      <FormAlert problems={server.general} title={t('rsvp.failed')} />
    </div>
  );
}
