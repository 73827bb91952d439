import { screen, within } from '@testing-library/react';
import type { RevisionsApi } from '../../../api/types';
import { ComparePanel } from '../ComparePanel';
import { comparison } from './fixtures';
import { renderWithProviders } from '../../common/__tests__/render';

const api = { compareRevisions: jest.fn() } as unknown as jest.Mocked<RevisionsApi>;
jest.mock('../../../api/revisions', () => ({
  ...jest.requireActual('../../../api/errors'),
  ...jest.requireActual('../../../api/useRequest'),
  useRevisionsApi: () => api,
  useErrorMessage: () => (error: Error) => error.message,
}));

beforeEach(() => jest.resetAllMocks());

/** A paragraph whose whole text (across marked words) is `text`. */
const paragraph = (text: string) => (_: string, element: Element | null) => element?.tagName === 'P' && element.textContent === text;

const section = (name: string) => within(screen.getByRole('region', { name }));

test('compares two revisions and renders a readable diff', async () => {
  api.compareRevisions.mockResolvedValue(comparison());
  renderWithProviders(<ComparePanel documentId="doc-pokrovsk" latest={2} from={1} to={2} onChange={jest.fn()} />);

  expect(await screen.findByText('From revision 1 to revision 2')).toBeInTheDocument();
  expect(api.compareRevisions).toHaveBeenCalledWith('doc-pokrovsk', 1, 2);

  // Fields: the standfirst before and after, with the changed words marked.
  const fields = section('Fields changed');
  expect(fields.getByText('Standfirst')).toBeInTheDocument();
  expect(fields.getByText('are closing in on', { selector: 'del' })).toBeInTheDocument();
  expect(fields.getByText('have entered', { selector: 'ins' })).toBeInTheDocument();

  // Sections: the edited one shows the changed paragraph before/after, the rest collapse.
  const sections = section('Sections');
  expect(sections.getByText('Why does Pokrovsk matter?')).toBeInTheDocument();
  expect(sections.getByText('the last', { selector: 'ins' })).toBeInTheDocument();
  expect(sections.getByText('1 unchanged paragraph')).toBeInTheDocument();
  expect(sections.getByText('What happens next?')).toBeInTheDocument();
  expect(sections.getByText('Kostiantynivka is next.')).toBeInTheDocument();
  expect(sections.getByText('What did the city look like?')).toBeInTheDocument();
  expect(sections.getByText('A mining town.')).toBeInTheDocument();
  // The claim embedded in the edited section reads as a line with its new status.
  expect(sections.getByText(paragraph('[Claim, denied] Russian Ministry of Defence: Ukrainian units in Pokrovsk are encircled'))).toBeInTheDocument();
  expect(sections.getByText(paragraph('It sits on the last roads that supply the front.'))).toBeInTheDocument();
  expect(sections.getByText(paragraph('It sits on roads that supply the front.'))).toBeInTheDocument();

  // Claims: status from → to.
  const claims = section('Claim status changes');
  expect(claims.getByText('disputed')).toBeInTheDocument();
  expect(claims.getByText('denied')).toBeInTheDocument();
  expect(claims.getByText('Ukrainian units in Pokrovsk are encircled')).toBeInTheDocument();

  // Maps: the new as-of date.
  const maps = section('Maps updated');
  expect(maps.getByText('Who controls Pokrovsk')).toBeInTheDocument();
  expect(maps.getByText('as of 2025-11-01 → as of 2025-11-07')).toBeInTheDocument();
});

test('says so when the two revisions have the same content', async () => {
  const same = comparison();
  same.right = same.left;
  same.summary = { ...same.summary, fieldsChanged: [], sectionsEdited: [], sectionsAdded: [], sectionsRemoved: [], claimsStatusChanged: [], mapsUpdated: [] };
  api.compareRevisions.mockResolvedValue(same);
  renderWithProviders(<ComparePanel documentId="doc-pokrovsk" latest={3} from={1} to={3} onChange={jest.fn()} />);
  expect(await screen.findByText('These revisions have the same content.')).toBeInTheDocument();
});

test('shows the server’s error when the comparison fails', async () => {
  api.compareRevisions.mockRejectedValue(new Error('Revision 9 does not exist'));
  renderWithProviders(<ComparePanel documentId="doc-pokrovsk" latest={2} from={1} to={2} onChange={jest.fn()} />);
  expect(await screen.findByText('Could not compare: Revision 9 does not exist')).toBeInTheDocument();
});

test('with a single revision there is nothing to compare', () => {
  renderWithProviders(<ComparePanel documentId="doc-pokrovsk" latest={1} from={1} to={1} onChange={jest.fn()} />);
  expect(screen.getByText('There is only one revision; there is nothing to compare yet.')).toBeInTheDocument();
  expect(api.compareRevisions).not.toHaveBeenCalled();
});
