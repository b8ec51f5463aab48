import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useReducer } from 'react';
import { describe, expect, it } from 'vitest';
import { mockClient, renderRoute } from '../../test/render';
import { ValuePicker } from './value-picker';
import { maxValues, selectionReducer, type Selection } from './value-selection';

const catalog = Array.from({ length: 14 }, (_, i) => ({
  __typename: 'Value' as const,
  id: `V${i + 1}`,
  name: `Value ${String(i + 1).padStart(2, '0')}`,
  description: `What value ${i + 1} means.`,
  holderCount: i,
}));

function catalogClient() {
  return mockClient({
    query: (op) => {
      const { search } = op.variables as { search: string | null };
      const nodes = catalog.filter((v) => !search || v.name.includes(search));
      return {
        data: {
          values: {
            __typename: 'ValueConnection',
            totalCount: nodes.length,
            edges: nodes.map((node) => ({ __typename: 'ValueEdge', cursor: node.id, node })),
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          },
        },
      };
    },
  });
}

function Harness({ initial = [] }: { initial?: Selection }) {
  const [selection, dispatch] = useReducer(selectionReducer, initial);
  return <ValuePicker selection={selection} dispatch={dispatch} />;
}

const chosen = (n: number): Selection =>
  catalog.slice(0, n).map((v) => ({
    valueId: v.id,
    name: v.name,
    description: v.description,
    strength: 3,
    statement: '',
  }));

describe('ValuePicker', () => {
  it('starts empty and adds a value from the catalog at strength 3', async () => {
    const user = userEvent.setup();
    renderRoute(<Harness />, { client: catalogClient() });
    expect(screen.getByText('No values chosen yet')).toBeInTheDocument();

    await user.click(await screen.findByRole('button', { name: 'Add Value 01' }));

    const mine = screen.getByRole('region', { name: /Values you hold/ });
    expect(within(mine).getByRole('heading', { name: 'Value 01' })).toBeInTheDocument();
    expect(within(mine).getByRole('radio', { name: '3: Strongly' })).toBeChecked();
    const catalogList = screen.getByRole('list', { name: 'Values' });
    expect(within(catalogList).getByRole('button', { name: 'Remove Value 01' })).toBeInTheDocument();
    expect(screen.getByText(/1 of 12/, { selector: '.count' })).toBeInTheDocument();
    expect(screen.getByText('Value 01 added. 1 of 12 chosen.')).toHaveAttribute('aria-live', 'polite');
  });

  it(`refuses a ${maxValues + 1}th value and says why`, async () => {
    renderRoute(<Harness initial={chosen(maxValues)} />, { client: catalogClient() });
    const add13 = await screen.findByRole('button', { name: 'Add Value 13' });
    expect(add13).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Add Value 14' })).toBeDisabled();
    expect(screen.getByRole('note')).toHaveTextContent(
      'You have chosen 12 values, the most anyone can hold. Remove one to add another.',
    );
  });

  it('allows adding again once a value is removed', async () => {
    const user = userEvent.setup();
    renderRoute(<Harness initial={chosen(maxValues)} />, { client: catalogClient() });
    const mine = screen.getByRole('region', { name: /Values you hold/ });
    await user.click(within(mine).getByRole('button', { name: 'Remove Value 01' }));
    expect(screen.getByRole('button', { name: 'Add Value 13' })).toBeEnabled();
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('offers exactly the strengths 1 to 5 and keeps the one picked', async () => {
    const user = userEvent.setup();
    renderRoute(<Harness initial={chosen(1)} />, { client: catalogClient() });
    const group = screen.getByRole('group', { name: 'How strongly do you hold value 01?' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(['1', '2', '3', '4', '5']);

    await user.click(within(group).getByRole('radio', { name: '5: With all my heart' }));
    expect(within(group).getByRole('radio', { name: '5: With all my heart' })).toBeChecked();
    expect(within(group).getByRole('radio', { name: '3: Strongly' })).not.toBeChecked();
  });

  it('keeps a statement to 500 characters and counts them', async () => {
    const user = userEvent.setup();
    renderRoute(<Harness initial={chosen(1)} />, { client: catalogClient() });
    const box = screen.getByRole('textbox', { name: /Why does value 01 matter to you/ });
    await user.type(box, 'Because it is fair.');
    expect(box).toHaveValue('Because it is fair.');
    expect(screen.getByText('19 of 500 characters')).toBeInTheDocument();
    expect(box).toHaveAttribute('maxlength', '500');
  });

  it('searches the catalog and says when nothing matches', async () => {
    const user = userEvent.setup();
    renderRoute(<Harness />, { client: catalogClient() });
    await user.type(await screen.findByRole('searchbox', { name: 'Search the catalog' }), 'zebra');
    expect(await screen.findByText('No values match “zebra”')).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), '14');
    await waitFor(() => expect(screen.getAllByRole('button', { name: /^Add / })).toHaveLength(1));
  });
});
