import { Trans, useTranslation } from 'react-i18next';
import { useEffect, useRef, useState } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { Button, FormAlert } from '../../components/ui';
import { problemsOf } from '../../lib/errors';
import { WithdrawProposal } from './api/withdraw-proposal';
import styles from './withdraw-button.module.css';
import buttonStyles from '../../components/ui/button.module.css';
import fieldStyles from '../../components/ui/field.module.css';

/** Lets the author withdraw an open proposal, after saying what that means. */
export function WithdrawButton({ proposalId }: { proposalId: string }) {
  const { t } = useTranslation('decisions');
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<CombinedError>();
  const [{ fetching }, withdraw] = useMutation(WithdrawProposal);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirm.current?.focus();
  }, [asking]);

  async function go() {
    setError(undefined);
    const result = await withdraw({ input: { proposalId } });
    if (result.error) setError(result.error);
    else setAsking(false);
  }

  return (
    <section className="withdraw" aria-labelledby="withdraw-heading">
      <h2 id="withdraw-heading" className="visually-hidden">
        {t('withdraw.heading')}
      </h2>
      {asking ? (
        <div className={styles.withdrawConfirm} role="group" aria-label={t('withdraw.question')}>
          <p>
            <Trans t={t} i18nKey="withdraw.explain" components={{ strong: <strong /> }} />
          </p>
          <FormAlert problems={problemsOf(error)} title={t('withdraw.failed')} />
          <div className={fieldStyles.formActions}>
            <button
              ref={confirm}
              type="button"
              className={`${buttonStyles.button} ${buttonStyles.buttonDanger}`}
              onClick={() => void go()}
              disabled={fetching}
              aria-busy={fetching || undefined}
            >
              {t('withdraw.confirm')}
            </button>
            <Button variant="quiet" onClick={() => setAsking(false)}>
              {t('withdraw.keep')}
            </Button>
          </div>
        </div>
      ) : (
        <p className={styles.withdrawOffer}>
          {t('withdraw.youProposed')}{' '}
          <Button variant="secondary" size="sm" onClick={() => setAsking(true)}>
            {t('withdraw.offer')}
          </Button>
        </p>
      )}
    </section>
  );
}
