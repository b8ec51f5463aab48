import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, EmptyState } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { AddNeedForm } from './add-need-form';
import { NeedItem } from './need-item';
import needStyles from '../../components/need.module.css';
import sectionStyles from '../../components/section.module.css';

export const NeedList_collaboration = graphql(`
  fragment NeedList_collaboration on Collaboration {
    id
    status
    outcomes {
      id
      name
    }
    needs {
      id
      filled
      ...NeedItem_need
    }
  }
`);

/** The collaboration's needs, open first, each with how far it is pledged. */
export function NeedList({
  collaboration,
  isSteward,
  renderTools,
}: {
  collaboration: FragmentType<typeof NeedList_collaboration>;
  isSteward: boolean;
  /** Extra tools under an open need, such as the people a steward might invite. */
  renderTools?: (needId: string) => ReactNode;
}) {
  const { t } = useTranslation('collaborations');
  const c = getFragmentData(NeedList_collaboration, collaboration);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState('');
  const canAdd = isSteward && c.status !== 'ARCHIVED' && c.status !== 'COMPLETED';
  return (
    <section className={sectionStyles.collabSection} aria-labelledby="needs-heading">
      <h2 id="needs-heading">{t('needList.heading')}</h2>
      <p className="section-intro">{t('needList.intro')}</p>
      {notice && <Alert tone="success">{notice}</Alert>}
      {c.needs.length === 0 ? (
        <EmptyState title={t('needList.empty')}>
          {isSteward ? t('needList.emptySteward') : t('needList.emptyMember')}
        </EmptyState>
      ) : (
        <ul className={needStyles.needList}>
          {c.needs.map((n) => (
            <NeedItem
              key={n.id}
              need={n}
              isSteward={isSteward}
              outcomes={c.outcomes}
              onNotice={setNotice}
              tools={isSteward && !n.filled ? renderTools?.(n.id) : undefined}
            />
          ))}
        </ul>
      )}
      {canAdd &&
        (adding ? (
          <AddNeedForm
            collaborationId={c.id}
            outcomes={c.outcomes}
            onClose={(message) => {
              setAdding(false);
              if (message) setNotice(message);
            }}
          />
        ) : (
          <Button variant="secondary" onClick={() => setAdding(true)}>
            {t('needList.add')}
          </Button>
        ))}
    </section>
  );
}
