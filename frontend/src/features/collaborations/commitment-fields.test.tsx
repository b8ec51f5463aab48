import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { changeCommitment, emptyCommitment, type CommitmentDraft, type NeedOption } from './commitment-draft';
import { CommitmentFields } from './commitment-fields';

const needs: NeedOption[] = [
  { key: 'n1', label: '20 hours of design', quantity: { kind: 'SKILL', amount: '20.00', unit: 'hours' } },
  { key: 'n2', label: '30 meals', quantity: { kind: 'IN_KIND', amount: '30', unit: 'meals' } },
];

function Harness({ errors }: { errors?: Record<string, string> }) {
  const [draft, setDraft] = useState<CommitmentDraft>(emptyCommitment);
  return (
    <CommitmentFields
      legend="Your commitment"
      draft={draft}
      needs={needs}
      errors={errors}
      onChange={(change) => setDraft((d) => changeCommitment(d, change, needs))}
    />
  );
}

describe('CommitmentFields', () => {
  it('asks for a currency only for money and a unit only for goods and goodwill', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(screen.queryByLabelText('Currency')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Unit')).not.toBeInTheDocument();
    expect(screen.getByText('In hours, such as 2.5.')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Kind'), 'MONEY');
    expect(screen.getByLabelText('Currency')).toHaveValue('EUR');
    expect(screen.queryByLabelText('Unit')).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Kind'), 'GOODWILL');
    expect(screen.queryByLabelText('Currency')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Unit')).toBeInTheDocument();
  });

  it('fixes the kind and unit to the need’s when it goes toward one', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.selectOptions(screen.getByLabelText(/Toward a need/), 'n2');
    expect(screen.getByLabelText('Kind')).toHaveValue('IN_KIND');
    expect(screen.getByLabelText('Kind')).toBeDisabled();
    expect(screen.getByLabelText('Unit')).toHaveValue('meals');
    expect(screen.getByLabelText('Unit')).toHaveAttribute('readonly');

    await user.selectOptions(screen.getByLabelText(/Toward a need/), '');
    expect(screen.getByLabelText('Kind')).toBeEnabled();
  });

  it('offers “when the need is fully pledged” only toward a need, and a threshold for members', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const when = screen.getByRole('group', { name: 'When does it bind?' });
    expect(within(when).getByRole('radio', { name: /When the need is fully pledged/ })).toBeDisabled();
    expect(screen.queryByLabelText('Active members needed')).not.toBeInTheDocument();

    await user.click(within(when).getByRole('radio', { name: /When enough members have joined/ }));
    expect(screen.getByLabelText('Active members needed')).toHaveValue(3);

    await user.selectOptions(screen.getByLabelText(/Toward a need/), 'n1');
    expect(within(when).getByRole('radio', { name: /When the need is fully pledged/ })).toBeEnabled();
  });

  it('shows the server’s errors on their fields', () => {
    render(
      <Harness
        errors={{
          quantity: 'A quantity must be more than zero.',
          'condition.threshold': 'Too few.',
          needId: 'Wrong need.',
        }}
      />,
    );
    expect(screen.getByLabelText('How much')).toHaveAccessibleDescription(/A quantity must be more than zero\./);
    expect(screen.getByLabelText(/Toward a need/)).toHaveAccessibleDescription(/Wrong need\./);
  });
});
