import { SettingsNav } from '../../components/settings-nav';
import { useDocumentTitle } from '../../lib/use-document-title';
import { ValuesEditor } from './values-editor';

/** Re-rate, re-explain, remove or add values after onboarding. */
export function MyValuesPage() {
  useDocumentTitle('Your values');
  return (
    <div className="wide">
      <h1>Your values</h1>
      <SettingsNav />
      <p className="lede">
        Change how strongly you hold a value, say why in other words, or remove it. Others see
        your values on your page.
      </p>
      <ValuesEditor saveLabel="Save changes" chosenFirst />
    </div>
  );
}
