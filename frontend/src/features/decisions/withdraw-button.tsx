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
        Withdraw
      </h2>
      {asking ? (
        <div className={styles.withdrawConfirm} role="group" aria-label="Withdraw this proposal?">
          <p>
            <strong>Withdraw this proposal?</strong> It closes at once for everyone, without an
            outcome, and cannot be opened again.
          </p>
          <FormAlert problems={problemsOf(error)} title="It could not be withdrawn" />
          <div className={fieldStyles.formActions}>
            <button ref={confirm} type="button" className={`${buttonStyles.button} ${buttonStyles.buttonDanger}`} onClick={() => void go()} disabled={fetching} aria-busy={fetching || undefined}>
              Yes, withdraw it
            </button>
            <Button variant="quiet" onClick={() => setAsking(false)}>
              Keep it open
            </Button>
          </div>
        </div>
      ) : (
        <p className={styles.withdrawOffer}>
          You proposed this.{' '}
          <Button variant="secondary" size="sm" onClick={() => setAsking(true)}>
            Withdraw it
          </Button>
        </p>
      )}
    </section>
  );
}
