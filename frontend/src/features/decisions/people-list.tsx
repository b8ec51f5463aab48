import { Link } from 'react-router';
import { listParts } from '../../lib/format';
import { decisionPaths } from '../../lib/paths';

/** People as a list in the app's language ("A, B and C"), each a link to their page. */
export function PeopleList({ people }: { people: { id: string; handle: string; displayName: string }[] }) {
  const parts = listParts(people.map((_, i) => String(i)));
  return (
    <>
      {parts.map((part, i) => {
        if (part.type === 'literal') return <span key={i}>{part.value}</span>;
        const m = people[Number(part.value)];
        return (
          <Link key={m.id} to={decisionPaths.person(m.handle)}>
            {m.displayName}
          </Link>
        );
      })}
    </>
  );
}
