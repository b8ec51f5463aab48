import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { amara, gqlError, renderRoute } from '../../test/render';
import { isHttpURL, MeasurementForm, validateMeasurement, type MeasurementValues } from './measurement-form';

const now = new Date('2026-11-26T12:00:00Z');
const good: MeasurementValues = { value: '190', measuredAt: '2026-11-20T09:30', evidenceUrl: '', evidenceNote: 'Weighed on the bakery’s scale.' };

describe('validateMeasurement', () => {
  it('accepts evidence as a note, a link or both', () => {
    expect(validateMeasurement(good, now)).toEqual({});
    expect(validateMeasurement({ ...good, evidenceNote: '', evidenceUrl: 'https://example.org/log' }, now)).toEqual({});
    expect(validateMeasurement({ ...good, evidenceUrl: 'http://example.org/log' }, now)).toEqual({});
  });

  it('wants some evidence', () => {
    expect(validateMeasurement({ ...good, evidenceNote: '  ' }, now).evidenceUrl).toBe(
      'Give evidence: a link to it, a note on how it was measured, or both.',
    );
  });

  it('takes only http and https links', () => {
    for (const url of ['ftp://example.org/log', 'javascript:alert(1)', 'example.org/log', 'https://']) {
      expect(isHttpURL(url)).toBe(false);
      expect(validateMeasurement({ ...good, evidenceUrl: url }, now).evidenceUrl).toMatch(/start with http:\/\/ or https:\/\//);
    }
  });

  it('wants a number, measured no later than now', () => {
    const got = validateMeasurement({ ...good, value: 'many', measuredAt: '2027-01-01T00:00' }, now);
    expect(got.value).toBe('Enter the value you read, as a number.');
    expect(got.measuredAt).toMatch(/in the future/);
  });
});

function renderForm(onSubmit: (v: MeasurementValues) => Promise<CombinedError | undefined> = vi.fn(() => Promise.resolve(undefined))) {
  renderRoute(
    <MeasurementForm
      unit="kg"
      initial={{ value: '', measuredAt: '2026-11-20T09:30', evidenceUrl: '', evidenceNote: '' }}
      busy={false}
      onSubmit={onSubmit}
      cancelTo="/c/fridge/impact"
    />,
    { viewer: amara },
  );
  return onSubmit;
}

describe('MeasurementForm', () => {
  it('asks for evidence before sending, then sends', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm();
    await user.type(screen.getByRole('textbox', { name: 'Value, in kg' }), '190');
    await user.click(screen.getByRole('button', { name: 'Record measurement' }));
    const link = screen.getByRole('textbox', { name: /Evidence link/ });
    expect(link).toHaveAccessibleDescription(expect.stringContaining('Give evidence'));
    expect(link).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();

    await user.type(screen.getByRole('textbox', { name: /How it was measured/ }), 'Weighed every delivery.');
    expect(link).not.toHaveAccessibleDescription(expect.stringContaining('Give evidence'));
    await user.click(screen.getByRole('button', { name: 'Record measurement' }));
    expect(onSubmit).toHaveBeenCalledWith({
      value: '190',
      measuredAt: '2026-11-20T09:30',
      evidenceUrl: '',
      evidenceNote: 'Weighed every delivery.',
    });
  });

  it('refuses a link that is not http(s)', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm();
    await user.type(screen.getByRole('textbox', { name: 'Value, in kg' }), '190');
    await user.type(screen.getByRole('textbox', { name: /Evidence link/ }), 'ftp://example.org/log');
    await user.click(screen.getByRole('button', { name: 'Record measurement' }));
    expect(screen.getByRole('textbox', { name: /Evidence link/ })).toHaveAccessibleDescription(
      expect.stringContaining('Evidence links start with http:// or https://'),
    );
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('shows what the server refuses on no field above the button', async () => {
    const user = userEvent.setup();
    renderForm(vi.fn(() => Promise.resolve(new CombinedError({ graphQLErrors: [gqlError('Only active members record measurements.', 'FORBIDDEN')] }))));
    await user.type(screen.getByRole('textbox', { name: 'Value, in kg' }), '190');
    await user.type(screen.getByRole('textbox', { name: /How it was measured/ }), 'Counted.');
    await user.click(screen.getByRole('button', { name: 'Record measurement' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Only active members record measurements.');
  });
});
