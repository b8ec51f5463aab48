import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DiscoveryFilters } from './discovery-filters';
import { emptyFilter, type DiscoveryFilter } from './filters';

function Filters({ filter, onChange }: { filter: DiscoveryFilter; onChange: (f: DiscoveryFilter) => void }) {
  return <DiscoveryFilters filter={filter} onChange={onChange} values={[]} what="people" ranked />;
}

describe('DiscoveryFilters', () => {
  it('moves the filter once typing settles, keeping what the page chose since', async () => {
    const user = userEvent.setup();
    const first = vi.fn();
    const { rerender } = render(<Filters filter={emptyFilter} onChange={first} />);
    await user.type(screen.getByRole('searchbox', { name: 'Search by name or handle' }), 'amara');

    // The page changes the filter (a value chosen) and its handler before the text settles.
    const second = vi.fn();
    rerender(<Filters filter={{ ...emptyFilter, value: 'courage' }} onChange={second} />);

    await waitFor(() => expect(second).toHaveBeenCalledWith({ ...emptyFilter, value: 'courage', search: 'amara' }));
    expect(second).toHaveBeenCalledTimes(1);
    expect(first).not.toHaveBeenCalled();
  });
});
