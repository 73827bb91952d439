/**
 * The credit field as the Content Manager mounts it: its siblings are read from the form by path, and
 * its requests go through Strapi's fetch client (both stood in for here: `@strapi/strapi/admin` does
 * not load under jest).
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as React from 'react';
import { CreditInput } from '../CreditInput';
import { renderWithProviders } from '../../common/__tests__/render';

type FormValues = Record<string, any>;
type FormState = { values: FormValues; errors: FormValues; setErrors: (errors: FormValues) => void };
const FormStateContext = React.createContext<FormState>({ values: {}, errors: {}, setErrors: () => undefined });
const fetchClient = { get: jest.fn(), post: jest.fn() };

jest.mock('@strapi/strapi/admin', () => ({
  useForm: (_consumer: string, select: (state: FormState) => unknown) => select(React.useContext(FormStateContext)),
  useFetchClient: () => fetchClient,
  useAPIErrorHandler: () => ({ formatAPIError: (error: Error) => error.message }),
  isFetchError: () => false,
}));

const setIn = (values: FormValues, path: string, value: unknown): FormValues => {
  const next = JSON.parse(JSON.stringify(values));
  const parts = path.split('.');
  const last = parts.pop()!;
  parts.reduce<any>((node, part) => node[part], next)[last] = value;
  return next;
};

/** A stand-in for the edit view's form: Strapi's `onChange(path, value)` on a values object. */
const EditView = ({ initial, initialErrors = {}, name, onChange }: { initial: FormValues; initialErrors?: FormValues; name: string; onChange: jest.Mock }) => {
  const [values, setValues] = React.useState(initial);
  const [errors, setErrors] = React.useState(initialErrors);
  const change = React.useCallback(
    (path: string, value: unknown) => {
      onChange(path, value);
      setValues((previous) => setIn(previous, path, value));
    },
    [onChange],
  );
  return (
    <FormStateContext.Provider value={{ values, errors, setErrors }}>
      <CreditInput name={name} label="credit" required onChange={change} />
      {/* Where the edit view shows the image field's error. */}
      <output aria-label="title field error">{errors.title ?? ''}</output>
      <output aria-label="image field error">{name.split('.').slice(0, -1).concat('image').reduce<any>((node, part) => node?.[part], errors) ?? ''}</output>
      {/* The media library's pick, as the Content Manager stores it: the file object. */}
      <button type="button" onClick={() => change(name.replace(/credit$/, 'image'), { id: 42, name: 'trench.jpg', mime: 'image/jpeg' })}>
        Pick trench.jpg
      </button>
    </FormStateContext.Provider>
  );
};

const body = () => [
  { __component: 'conflict-explainer.section-heading', question: 'What do the photos show?' },
  { __component: 'conflict-explainer.credited-image', image: null, credit: null, creator: null, copyrightHolder: 'AP', altText: null },
];

beforeEach(() => jest.resetAllMocks());

test('in a body block: reads that block’s image, prefills that block’s empty fields, strips through the admin API', async () => {
  fetchClient.get.mockResolvedValue({
    data: {
      data: {
        credit: 'Libkos/Getty Images',
        creator: 'Libkos',
        copyrightHolder: 'Getty Images',
        caption: null,
        gps: { latitude: 48.2801, longitude: 37.1799 },
        locationDecision: 'pending',
        locationDecidedBy: null,
        locationDecidedAt: null,
      },
    },
  });
  fetchClient.post.mockResolvedValue({ data: { data: { id: 42, gps: null, locationDecision: 'stripped', locationDecidedBy: 'Desk Editor', locationDecidedAt: '2025-11-07T10:00:00.000Z' } } });
  const onChange = jest.fn();
  // A refused publish left the gate's message under this block's image (and another under the title).
  const refusal = 'image “trench.jpg” records where it was taken: keep or strip the location';
  renderWithProviders(
    <EditView initial={{ title: 'Pokrovsk', body: body() }} initialErrors={{ title: 'too long', body: { 1: { image: refusal } } }} name="body.1.credit" onChange={onChange} />,
  );
  expect(fetchClient.get).not.toHaveBeenCalled();

  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Pick trench.jpg' }));
  const warning = await screen.findByTestId('credit-location-warning');
  expect(fetchClient.get).toHaveBeenCalledWith('/conflict-explainer/media/42/metadata');
  expect(onChange.mock.calls).toEqual([
    ['body.1.image', expect.objectContaining({ id: 42 })],
    ['body.1.credit', 'Libkos/Getty Images'],
    ['body.1.creator', 'Libkos'],
  ]);
  expect((screen.getByRole('textbox', { name: /credit/ }) as HTMLInputElement).value).toBe('Libkos/Getty Images');
  expect(screen.getByText('Prefilled from the file’s metadata: credit and creator.')).toBeInTheDocument();
  expect(warning).toHaveTextContent('This photo records where it was taken (48.28, 37.18).');

  expect(screen.getByRole('status', { name: 'image field error' })).toHaveTextContent(refusal);
  await user.click(within(warning).getByRole('button', { name: 'Strip location' }));
  expect(fetchClient.post).toHaveBeenCalledWith('/conflict-explainer/media/42/strip-location');
  expect(await screen.findByText('Location stripped: the file no longer records where the photo was taken.')).toBeInTheDocument();
  expect(screen.queryByTestId('credit-location-warning')).not.toBeInTheDocument();
  // The refusal is answered: it leaves the image field; other errors stay until the next publish.
  expect(screen.getByRole('status', { name: 'image field error' })).toHaveTextContent(/^$/);
  expect(screen.getByRole('status', { name: 'title field error' })).toHaveTextContent('too long');
});

test('the hero image: typing sets heroImage.credit, an emptied input sets null as Strapi’s own inputs do', async () => {
  const onChange = jest.fn();
  renderWithProviders(<EditView initial={{ heroImage: { image: null, credit: null, creator: null, copyrightHolder: null } }} name="heroImage.credit" onChange={onChange} />);
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: /credit/ }), 'AF');
  expect(onChange).toHaveBeenLastCalledWith('heroImage.credit', 'AF');
  await user.clear(screen.getByRole('textbox', { name: /credit/ }));
  expect(onChange).toHaveBeenLastCalledWith('heroImage.credit', null);
  expect(fetchClient.get).not.toHaveBeenCalled();
});
