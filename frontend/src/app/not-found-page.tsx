import { useLocation } from "react-router";
import { EmptyState, LinkButton } from "../components/ui";
import { paths } from "../lib/paths";
import { useDocumentTitle } from "../lib/use-document-title";

export function NotFoundPage() {
  useDocumentTitle("Page not found");
  const { pathname } = useLocation();
  return (
    <div className="narrow">
      <h1>This page does not exist</h1>
      <EmptyState
        title={`Nothing lives at ${pathname}`}
        action={<LinkButton to={paths.home}>Go to the home page</LinkButton>}
      >
        The link may be old, or the address mistyped.
      </EmptyState>
    </div>
  );
}
