import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Button, FormAlert } from '../ui';
import { formProblems } from '../../lib/errors';
import { BlockPerson, UnblockPerson } from './block-person';

/**
 * Block or unblock a person. A blocked person cannot invite or mention the viewer, and
 * their posts are folded away; they are not told.
 */
export function BlockButton({ personId, name, blocked }: { personId: string; name: string; blocked: boolean }) {
  const { t } = useTranslation();
  const [{ fetching: blocking, error: blockError }, block] = useMutation(BlockPerson);
  const [{ fetching: unblocking, error: unblockError }, unblock] = useMutation(UnblockPerson);
  return (
    <>
      {blocked ? (
        <Button variant="secondary" size="sm" busy={unblocking} onClick={() => void unblock({ input: { personId } })}>
          {t('blockButton.unblock', { name })}
        </Button>
      ) : (
        <Button
          variant="secondary"
          size="sm"
          busy={blocking}
          title={t('blockButton.explained')}
          onClick={() => void block({ input: { personId } })}
        >
          {t('blockButton.block', { name })}
        </Button>
      )}
      <FormAlert problems={formProblems(blockError ?? unblockError, []).general} title={t('blockButton.failed')} />
    </>
  );
}
