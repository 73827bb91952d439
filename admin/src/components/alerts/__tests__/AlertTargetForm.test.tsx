import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../common/__tests__/render';
import { AlertTargetForm } from '../AlertTargetForm';

const saved = { url: 'https://hooks.example.com/desk', enabled: true, hasSecret: true, alertsSince: '2026-12-01T08:00:00.000Z' };
const serverError = (path: string, message: string) =>
  Object.assign(new Error('400'), { response: { data: { error: { message, details: { errors: [{ path: [path], message }] } } } } });

describe('the alert target form', () => {
  it('sends the secret only when typed, shows the server’s field errors, and never shows the stored secret', async () => {
    const onSave = jest.fn().mockRejectedValueOnce(serverError('secret', 'is required')).mockResolvedValueOnce(saved);
    renderWithProviders(<AlertTargetForm target={null} onSave={onSave} onTest={jest.fn()} errorMessage={(e) => String(e)} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/Alert URL/), 'https://hooks.example.com/desk');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenLastCalledWith({ url: 'https://hooks.example.com/desk', enabled: true });
    expect(await screen.findByText('is required')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Send a test alert' }) as HTMLButtonElement).disabled).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Generate secret' }));
    const secretField = screen.getByLabelText(/Signing secret|Secret/) as HTMLInputElement;
    expect(secretField.value).toMatch(/^whsec_/);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave.mock.calls[1][0].secret).toMatch(/^whsec_/);
    expect(await screen.findByText('Alert target saved.')).toBeTruthy();
    expect(secretField.value).toBe('');
    expect(secretField.placeholder).toBe('••••••••');
  });

  it('a saved target can send a test alert', async () => {
    const onTest = jest.fn().mockResolvedValue(undefined);
    renderWithProviders(<AlertTargetForm target={saved} onSave={jest.fn()} onTest={onTest} errorMessage={(e) => String(e)} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Send a test alert' }));
    await waitFor(() => expect(onTest).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Test alert queued: it should arrive within seconds.')).toBeTruthy();
  });
});
