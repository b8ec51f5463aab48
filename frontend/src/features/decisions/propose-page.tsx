import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, LinkButton, Loading } from '../../components/ui';
import { decisionPaths, paths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { GetProposeContext } from './api/get-propose-context';
import { ProposeForm } from './propose-form';
import styles from './decisions.module.css';

/** Where an active member puts a proposal to the others. */
export default function ProposePage() {
  const { t } = useTranslation('decisions');
  const { slug = '' } = useParams();
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetProposeContext, variables: { slug } });
  const c = data?.collaboration;
  useDocumentTitle(c ? t('proposePage.title', { collaboration: c.title }) : data ? t('notFound') : undefined);

  if (!data && fetching) return <Loading label={t('proposePage.loading')} />;
  if (error && !data) {
    return (
      <div className="narrow">
        <h1>{t('proposeSomething')}</h1>
        <ErrorState
          error={error}
          title={t('proposePage.failed')}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      </div>
    );
  }
  if (!c) {
    return (
      <div className="narrow">
        <h1>{t('noCollaboration.heading')}</h1>
        <EmptyState
          title={t('noCollaboration.title', { path: `/c/${slug}` })}
          action={
            <LinkButton to={paths.home} variant="secondary">
              {t('noCollaboration.home')}
            </LinkButton>
          }
        >
          {t('proposePage.checkAddress')}
        </EmptyState>
      </div>
    );
  }
  const back = (
    <p className="eyebrow">
      <Link to={decisionPaths.decisions(c.slug)}>{t('proposePage.back', { collaboration: c.title })}</Link>
    </p>
  );
  if (c.viewerMembership?.status !== 'ACTIVE' || c.status === 'ARCHIVED') {
    return (
      <div className="narrow">
        {back}
        <h1>{t('proposeSomething')}</h1>
        <EmptyState
          title={c.status === 'ARCHIVED' ? t('proposePage.archived.title') : t('proposePage.notMember.title')}
          action={
            <LinkButton to={decisionPaths.collaboration(c.slug)} variant="secondary">
              {t('proposePage.goTo', { collaboration: c.title })}
            </LinkButton>
          }
        >
          {c.status === 'ARCHIVED' ? t('proposePage.archived.body') : t('proposePage.notMember.body')}
        </EmptyState>
      </div>
    );
  }
  return (
    <div className={`narrow ${styles.propose}`}>
      {back}
      <h1>{t('proposeSomething')}</h1>
      <p className="lede">{t('proposePage.lede', { collaboration: c.title })}</p>
      <ProposeForm
        collaborationId={c.id}
        currentGoal={c.goal}
        onCreated={(id) =>
          void navigate(decisionPaths.proposal(c.slug, id), { state: { notice: t('proposePage.created') } })
        }
      />
    </div>
  );
}
