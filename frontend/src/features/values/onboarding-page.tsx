import { Trans, useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { paths, safeNext } from '../../lib/paths';
import { useSession } from '../../lib/session';
import { useDocumentTitle } from '../../lib/use-document-title';
import { ValuesEditor } from './values-editor';
import { maxValues } from './value-selection';
import fieldStyles from '../../components/ui/field.module.css';

/** The first step after signing up: the values a person wants to be found by. */
export function OnboardingPage() {
  const { t } = useTranslation('values');
  useDocumentTitle(t('onboarding.title'));
  const navigate = useNavigate();
  const { viewer } = useSession();
  const state = useLocation().state as { welcome?: boolean; next?: string } | null;
  const welcome = state?.welcome;
  // Where the person was going when they signed up (an invitation), once values are saved.
  const next = state?.next ? safeNext(state.next) : null;
  return (
    <div className="wide">
      <p className="eyebrow">{welcome ? t('onboarding.welcome') : t('myValues.title')}</p>
      <h1>{t('onboarding.heading')}</h1>
      <p className="lede">{t('onboarding.lede', { max: maxValues })}</p>
      <ValuesEditor
        saveLabel={t('onboarding.save')}
        chosenFirst={false}
        requireOne
        onSaved={(handle) =>
          void navigate(next ?? paths.person(handle), {
            state: {
              notice: next ? t('onboarding.savedNext') : t('onboarding.savedOwnPage'),
            },
          })
        }
      />
      {viewer && (
        <p className={fieldStyles.formAside}>
          <Trans t={t} i18nKey="onboarding.skip" components={{ a: <Link to={paths.person(viewer.handle)} /> }} />
        </p>
      )}
    </div>
  );
}
