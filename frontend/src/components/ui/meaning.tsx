import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useInRouterContext } from 'react-router';
import { meaningPath, meanings, type MeaningTerm } from '../../lib/meanings';
import styles from './meaning.module.css';

/**
 * A small "?" beside a figure that opens its one-sentence meaning in place (a toggletip:
 * a real button, Escape or a second press closes it), with a link to the glossary.
 * The text flows inline rather than floating, so it never overflows a narrow screen.
 */
export function Meaning({ term }: { term: MeaningTerm }) {
  const { t } = useTranslation();
  const { name, sentence } = meanings[term];
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  // Figures are also drawn outside the app's router (component tests); a plain link serves there.
  const inRouter = useInRouterContext();

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <span className="meaning">
      <button
        ref={button}
        type="button"
        className={styles.meaningButton}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">?</span>
        <span className="visually-hidden">{t('meaning.question', { name: name.toLowerCase() })}</span>
      </button>
      <span id={id} className={styles.meaningText} hidden={!open}>
        <strong>{name}:</strong> {sentence}{' '}
        {inRouter ? (
          <Link to={meaningPath(term)}>{t('meaning.all')}</Link>
        ) : (
          <a href={meaningPath(term)}>{t('meaning.all')}</a>
        )}
      </span>
    </span>
  );
}
