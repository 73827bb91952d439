import type { ExplainerSnapshot } from '../../../shared/contracts/snapshot';
import { getService } from '../utils';

/** Step 6: the readers' head now serves this snapshot; returns the JSON text it serves (sent as is to sites). */
export const recordPublication = async (snapshot: ExplainerSnapshot): Promise<string> => {
  const snapshotJson = JSON.stringify(snapshot);
  await getService('publications').record(snapshot, snapshotJson);
  return snapshotJson;
};

/** A publish with nothing new, or a withdrawal: the existing head goes live again, or off the public API. */
export const setPublicationLive = (documentId: string, locale: string | null | undefined, live: boolean): Promise<void> =>
  getService('publications').setLive(documentId, locale, live);
