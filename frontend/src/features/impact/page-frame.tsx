import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/ui';

/** The frame of the impact forms: where they belong, a title, and the content. */
export function FormPage({
  collaboration,
  backTo,
  title,
  lede,
  children,
}: {
  collaboration?: string;
  backTo?: string;
  title: string;
  lede?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation('impact');
  return (
    <div className="narrow impact-form">
      {collaboration && backTo && (
        <p className="eyebrow">
          <Link to={backTo}>{t('formPage.impactOf', { title: collaboration })}</Link>
        </p>
      )}
      <h1>{title}</h1>
      {lede && <p className="lede">{lede}</p>}
      {children}
    </div>
  );
}

/** What a person who may not use a form sees instead, with the way back. */
export function NotAllowed({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <EmptyState title={title} action={action}>
      {children}
    </EmptyState>
  );
}
