import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TargetsTable } from '../TargetsTable';
import { renderWithProviders } from '../../common/__tests__/render';
import { referenceSite, staging } from './fixtures';

const renderTable = (props: Partial<React.ComponentProps<typeof TargetsTable>> = {}) => {
  const handlers = { onEdit: jest.fn(), onDelete: jest.fn(), onToggleEnabled: jest.fn(), onReconcile: jest.fn() };
  renderWithProviders(<TargetsTable targets={[referenceSite(), { ...staging(), enabled: false }]} {...handlers} {...props} />);
  return handlers;
};

test('"Reconcile" on a target asks for that target', async () => {
  const { onReconcile } = renderTable();
  await userEvent.click(screen.getByRole('button', { name: /^Reconcile Reference site \(development\)/ }));
  expect(onReconcile).toHaveBeenCalledTimes(1);
  expect(onReconcile).toHaveBeenCalledWith(expect.objectContaining({ id: 1 }));
});

test('a disabled target, or one already being reconciled, cannot be reconciled', async () => {
  const { onReconcile } = renderTable({ reconciling: new Set([1]) });
  // The design system disables icon buttons with aria-disabled (they stay focusable for their tooltip).
  for (const name of [/^Reconcile Reference site/, /^Reconcile Staging/]) {
    const button = screen.getByRole('button', { name });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button, { pointerEventsCheck: 0 });
  }
  expect(onReconcile).not.toHaveBeenCalled();
});
