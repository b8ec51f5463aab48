import { Card, LinkButton } from '../../components/ui';
import { paths } from '../../lib/paths';
import fieldStyles from '../../components/ui/field.module.css';

/** Shown on sign-up and log-in pages to someone who is already signed in. */
export function SignedInNotice({ handle }: { handle: string }) {
  return (
    <div className="narrow">
      <h1>You are logged in</h1>
      <Card>
        <p>
          You are logged in as <strong>@{handle}</strong>. To use another account, log out
          first.
        </p>
        <div className={fieldStyles.formActions}>
          <LinkButton to={paths.person(handle)}>Go to your page</LinkButton>
        </div>
      </Card>
    </div>
  );
}
