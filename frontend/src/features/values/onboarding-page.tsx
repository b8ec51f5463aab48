import { Link, useLocation, useNavigate } from 'react-router';
import { paths, safeNext } from '../../lib/paths';
import { useSession } from '../../lib/session';
import { useDocumentTitle } from '../../lib/use-document-title';
import { ValuesEditor } from './values-editor';
import { maxValues } from './value-selection';
import fieldStyles from '../../components/ui/field.module.css';

/** The first step after signing up: the values a person wants to be found by. */
export function OnboardingPage() {
  useDocumentTitle('Choose your values');
  const navigate = useNavigate();
  const { viewer } = useSession();
  const state = useLocation().state as { welcome?: boolean; next?: string } | null;
  const welcome = state?.welcome;
  // Where the person was going when they signed up (an invitation), once values are saved.
  const next = state?.next ? safeNext(state.next) : null;
  return (
    <div className="wide">
      <p className="eyebrow">{welcome ? 'Welcome to Kindred' : 'Your values'}</p>
      <h1>What do you stand for?</h1>
      <p className="lede">
        Kindred matches people by the values they hold, not by titles or contacts. Choose up
        to {maxValues}, say how strongly you hold each, and why. You can change them at any
        time.
      </p>
      <ValuesEditor
        saveLabel="Save my values"
        chosenFirst={false}
        requireOne
        onSaved={(handle) =>
          void navigate(next ?? paths.person(handle), {
            state: {
              notice: next
                ? 'Your values are saved. Now say what you commit.'
                : 'Your values are saved. This is your page as others see it.',
            },
          })
        }
      />
      {viewer && (
        <p className={fieldStyles.formAside}>
          Not now? <Link to={paths.person(viewer.handle)}>Skip to your page</Link>; you can
          choose values later.
        </p>
      )}
    </div>
  );
}
