import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { kindLabels } from './words';
import { formatQuantity } from '../../lib/format';

export const Given_total = graphql(`
  fragment Given_total on Total {
    all {
      kind
      amount
      unit
      currency
    }
    confirmed {
      kind
      amount
      unit
      currency
    }
  }
`);

/** What one person gave, kind by kind, with the part another member confirmed. */
export function Given({ given }: { given: readonly FragmentType<typeof Given_total>[] }) {
  const list = getFragmentData(Given_total, given);
  return (
    <ul className="given">
      {list.map((g) => (
        <li key={`${g.all.kind}|${g.all.unit}|${g.all.currency ?? ''}`}>
          <span className="given__kind">{kindLabels[g.all.kind]}</span>{' '}
          <strong>{formatQuantity(g.all)}</strong>{' '}
          <span className="muted">({formatQuantity(g.confirmed)} confirmed)</span>
        </li>
      ))}
    </ul>
  );
}
