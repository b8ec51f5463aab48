import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui';
import { useOnVisible } from '../../lib/use-on-visible';
import listStyles from './lists.module.css';

/**
 * The end of a list that has more: scrolling near it loads the next page by itself, and
 * the button does the same for keyboards, screen readers and browsers without observers.
 */
export function MoreResults({ onMore, label }: { onMore: () => void; label?: string }) {
  const { t } = useTranslation('discovery');
  const ref = useOnVisible<HTMLDivElement>(onMore, true);
  return (
    <div className={listStyles.moreResults} ref={ref}>
      <Button variant="secondary" onClick={onMore}>
        {label ?? t('more')}
      </Button>
    </div>
  );
}
