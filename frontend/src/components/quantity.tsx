import { getFragmentData, graphql, type FragmentType } from '../gql';
import { formatQuantity } from '../lib/format';

export const Quantity_quantity = graphql(`
  fragment Quantity_quantity on Quantity {
    kind
    amount
    unit
    currency
  }
`);

/** A quantity with its unit as a person says it: "2.5 hours", "€12.50", "3 meals". */
export function Quantity({ quantity }: { quantity: FragmentType<typeof Quantity_quantity> }) {
  return <>{formatQuantity(getFragmentData(Quantity_quantity, quantity))}</>;
}
