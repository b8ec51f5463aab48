import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ServesOutcomesEditor } from '../../components/outcome-links/serves-outcomes';
import { Badge, Button, Meter } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { kindWords } from '../../lib/quantity';
import { EditNeedForm } from './edit-need-form';
import { formatPart, formatPercent, formatQuantity } from '../../lib/format';
import styles from './need-item.module.css';
import needStyles from '../../components/need.module.css';
import cardStyles from '../../components/ui/card.module.css';

export const NeedItem_need = graphql(`
  fragment NeedItem_need on Need {
    id
    filled
    skill
    description
    pledgedShare
    quantity {
      kind
      amount
      unit
      currency
    }
    pledged {
      kind
      amount
      unit
      currency
    }
    bound {
      kind
      amount
      unit
      currency
    }
    commitments {
      id
    }
    serves {
      id
      name
    }
  }
`);

/** One need: what is lacking, how far members have pledged it, and the steward's tools. */
export function NeedItem({
  need,
  isSteward,
  tools,
  outcomes = [],
  onNotice,
}: {
  need: FragmentType<typeof NeedItem_need>;
  isSteward: boolean;
  /** The collaboration's outcomes a steward may say the need serves. */
  outcomes?: { id: string; name: string }[];
  tools?: ReactNode;
  onNotice: (message: string) => void;
}) {
  const { t } = useTranslation('collaborations');
  const n = getFragmentData(NeedItem_need, need);
  const [editing, setEditing] = useState(false);
  const quantity = n.skill
    ? t('needOf', { quantity: formatQuantity(n.quantity), skill: n.skill })
    : formatQuantity(n.quantity);
  const title = t('needItem.title', { kind: kindWords[n.quantity.kind].label, quantity });
  const pledgedText = t('pledgedPart', {
    part: formatPart(n.pledged, n.quantity),
    percent: formatPercent(n.pledgedShare),
  });
  const pledges = n.commitments.length;
  return (
    <li className={`${cardStyles.card} ${styles.need}`}>
      <div className={needStyles.needHead}>
        <h3 className={needStyles.needTitle}>{title}</h3>
        <Badge tone={n.filled ? 'success' : 'accent'}>{n.filled ? t('needItem.filled') : t('needItem.open')}</Badge>
      </div>
      {n.description && <p className={needStyles.needDescription}>{n.description}</p>}
      <Meter value={n.pledgedShare} label={t('needItem.pledged')} valueText={pledgedText} tone="accent" />
      <p className={needStyles.needFigures}>
        <strong>{pledgedText}</strong>
        <span className="muted">
          {' '}
          · {t('needItem.binding', { quantity: formatQuantity(n.bound) })} ·{' '}
          {t('needItem.commitments', { count: pledges })}
        </span>
      </p>
      <ServesOutcomesEditor
        subjectId={n.id}
        what={t('needItem.what', { title })}
        outcomes={outcomes}
        serves={n.serves}
        canEdit={isSteward}
        hint={t('needItem.servesHint')}
        onNotice={onNotice}
      />
      {isSteward && editing && (
        <EditNeedForm
          need={n}
          onClose={(message) => {
            setEditing(false);
            if (message) onNotice(message);
          }}
        />
      )}
      {isSteward && !editing && (
        <div className={needStyles.needTools}>
          <Button
            size="sm"
            variant="secondary"
            onClick={() => setEditing(true)}
            aria-label={t('needItem.editLabel', { title })}
          >
            {t('needItem.edit')}
          </Button>
          {tools}
        </div>
      )}
    </li>
  );
}
