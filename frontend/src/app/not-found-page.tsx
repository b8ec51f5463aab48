import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { EmptyState, LinkButton } from '../components/ui';
import { paths } from '../lib/paths';
import { useDocumentTitle } from '../lib/use-document-title';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.documentTitle'));
  const { pathname } = useLocation();
  return (
    <div className="narrow">
      <h1>{t('notFound.heading')}</h1>
      <EmptyState
        title={t('notFound.title', { path: pathname })}
        action={<LinkButton to={paths.home}>{t('notFound.home')}</LinkButton>}
      >
        {t('notFound.explained')}
      </EmptyState>
    </div>
  );
}
