import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../../test/render';
import { UnsubscribePage } from './unsubscribe-page';

afterEach(() => vi.unstubAllGlobals());

describe('UnsubscribePage', () => {
  it('asks, then posts the one-click request without a session', async () => {
    const user = userEvent.setup();
    const fetch = vi.fn(() => Promise.resolve(new Response(JSON.stringify({ kind: 'JOIN_REQUEST' }), { status: 200 })));
    vi.stubGlobal('fetch', fetch);
    renderRoute(<UnsubscribePage />, {
      path: '/unsubscribe',
      at: '/unsubscribe?token=3.JOIN_REQUEST.sig',
    });
    expect(screen.getByText(/Stop mail about requests to join a collaboration you steward\?/)).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled(); // opening the link changes nothing
    await user.click(screen.getByRole('button', { name: 'Stop this mail' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Kindred will no longer mail you about requests to join');
    expect(fetch).toHaveBeenCalledWith(
      '/unsubscribe?token=3.JOIN_REQUEST.sig',
      expect.objectContaining({
        method: 'POST',
        body: 'List-Unsubscribe=One-Click',
      }),
    );
    expect(screen.getByRole('link', { name: 'mail preferences' })).toHaveAttribute('href', '/settings/notifications');
  });

  it('says what the server refused', async () => {
    const user = userEvent.setup();
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(
          new Response(JSON.stringify({ errors: [{ message: 'This unsubscribe link is not valid.' }] }), { status: 400 }),
        ),
      ),
    );
    renderRoute(<UnsubscribePage />, {
      path: '/unsubscribe',
      at: '/unsubscribe?token=3.JOIN_REQUEST.forged',
    });
    await user.click(screen.getByRole('button', { name: 'Stop this mail' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This unsubscribe link is not valid.');
  });

  it('points an incomplete link to the preferences', () => {
    renderRoute(<UnsubscribePage />, {
      path: '/unsubscribe',
      at: '/unsubscribe',
    });
    expect(screen.getByRole('alert')).toHaveTextContent('not complete');
  });
});
