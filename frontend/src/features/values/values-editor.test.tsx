import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { amara, gqlError, mockClient, renderRoute } from '../../test/render';
import { ValuesEditor } from './values-editor';

const value = (id: string, name: string) => ({ __typename: 'Value', id, name, description: `About ${name}.` });

const myValues = {
  viewer: {
    __typename: 'Person',
    id: 'P1',
    handle: 'amara',
    values: [
      { __typename: 'PersonValue', id: 'PV1', strength: 5, statement: 'Bread.', value: value('V1', 'Food security') },
      { __typename: 'PersonValue', id: 'PV2', strength: 3, statement: '', value: value('V2', 'Community') },
    ],
  },
};

const catalog = {
  values: {
    __typename: 'ValueConnection',
    totalCount: 3,
    edges: [value('V1', 'Food security'), value('V2', 'Community'), value('V3', 'Courage')].map((node) => ({
      __typename: 'ValueEdge',
      cursor: node.id,
      node: { ...node, holderCount: 1 },
    })),
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
  },
};

function operationName(op: { query: unknown }) {
  const doc = op.query as { definitions: { kind: string; name?: { value: string } }[] };
  return doc.definitions.find((d) => d.kind === 'OperationDefinition')?.name?.value;
}

function client(setMyValue: (input: { valueId: string }) => object = () => ({ data: {} })) {
  return mockClient({
    query: (op) => ({ data: operationName(op) === 'GetMyValues' ? myValues : catalog }),
    mutation: (op) => {
      const { input } = op.variables as { input: { valueId: string } };
      if (operationName(op) === 'RemoveMyValue') return { data: {} };
      return setMyValue(input);
    },
  });
}

describe('ValuesEditor', () => {
  it('saves only what changed, removals first', async () => {
    const user = userEvent.setup();
    const onSaved = vi.fn();
    const c = client();
    renderRoute(<ValuesEditor saveLabel="Save changes" chosenFirst onSaved={onSaved} />, { client: c, viewer: amara });

    const mine = await screen.findByRole('region', { name: /Values you hold/ });
    await user.click(within(mine).getByRole('button', { name: 'Remove Food security' }));
    await user.click(within(mine).getByRole('radio', { name: '4: Very strongly' }));
    await user.click(screen.getByRole('button', { name: 'Add Courage' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('amara'));
    const sent = c.executeMutation.mock.calls.map(([op]) => [operationName(op), (op.variables as { input: object }).input]);
    expect(sent).toEqual([
      ['RemoveMyValue', { valueId: 'V1' }],
      ['SetMyValue', { valueId: 'V2', strength: 4, statement: '' }],
      ['SetMyValue', { valueId: 'V3', strength: 3, statement: '' }],
    ]);
  });

  it('says when nothing changed instead of sending anything', async () => {
    const user = userEvent.setup();
    const c = client();
    renderRoute(<ValuesEditor saveLabel="Save changes" chosenFirst />, { client: c, viewer: amara });
    await user.click(await screen.findByRole('button', { name: 'Save changes' }));
    expect(screen.getByText('Nothing has changed since you last saved.')).toBeInTheDocument();
    expect(c.executeMutation).not.toHaveBeenCalled();
  });

  it('shows the server’s message beside the value it is about', async () => {
    const user = userEvent.setup();
    const c = client((input) =>
      input.valueId === 'V2'
        ? { error: new CombinedError({ graphQLErrors: [gqlError('Keep it to 500 characters.', 'BAD_USER_INPUT', 'statement')] }) }
        : { data: {} },
    );
    renderRoute(<ValuesEditor saveLabel="Save changes" chosenFirst />, { client: c, viewer: amara });
    const box = await screen.findByRole('textbox', { name: /Why does community matter to you/ });
    await user.type(box, 'Neighbours.');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(box).toHaveAccessibleDescription(expect.stringContaining('Keep it to 500 characters.')));
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('One value was not saved; see the message beside it.');
  });

  it('asks for at least one value when one is required', async () => {
    const user = userEvent.setup();
    const c = mockClient({
      query: (op) =>
        operationName(op) === 'GetMyValues'
          ? { data: { viewer: { ...myValues.viewer, values: [] } } }
          : { data: catalog },
    });
    renderRoute(<ValuesEditor saveLabel="Save my values" chosenFirst={false} requireOne onSaved={vi.fn()} />, {
      client: c,
      viewer: amara,
    });
    await user.click(await screen.findByRole('button', { name: 'Save my values' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose at least one value to save.');
    expect(c.executeMutation).not.toHaveBeenCalled();
  });
});
