import { useTranslation } from 'react-i18next';
import { SettingsNav } from '../../components/settings-nav';
import { useDocumentTitle } from '../../lib/use-document-title';
import { ValuesEditor } from './values-editor';

/** Re-rate, re-explain, remove or add values after onboarding. */
export function MyValuesPage() {
  const { t } = useTranslation('values');
  useDocumentTitle(t('myValues.title'));
  return (
    <div className="wide">
      <h1>{t('myValues.title')}</h1>
      <SettingsNav />
      <p className="lede">{t('myValues.lede')}</p>
      <ValuesEditor saveLabel={t('myValues.save')} chosenFirst />
    </div>
  );
}
