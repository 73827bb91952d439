/**
 * What the GeoJSON map field needs from Strapi: the server's own map validator and the map's earlier
 * versions (admin routes under /conflict-explainer, with the editor's admin JWT through Strapi's fetch
 * client), and the other fields of the form it sits in (source line, as-of date, frame).
 */
import * as React from 'react';
import { useFetchClient, useForm } from '@strapi/strapi/admin';
import { useParams } from 'react-router-dom';
import { PLUGIN_ID } from '../pluginId';
import type {
  MapIssue,
  MapValidateRequest,
  MapValidateResponse,
  MapValidation,
  MapVersion,
  MapVersionsResponse,
} from '../../../shared/contracts/maps';

export type { MapIssue, MapValidation, MapVersion };
export { useErrorMessage } from './useErrorMessage';

export interface MapsApi {
  validate(geojson: unknown, options?: { signal?: AbortSignal }): Promise<MapValidation>;
  listVersions(documentId: string): Promise<MapVersion[]>;
}

type Client = ReturnType<typeof useFetchClient>;

export const createMapsApi = (client: Pick<Client, 'get' | 'post'>): MapsApi => ({
  async validate(geojson, { signal } = {}) {
    const { data } = await client.post<MapValidateResponse, MapValidateRequest>(`/${PLUGIN_ID}/maps/validate`, { geojson }, { signal });
    return data.data;
  },
  async listVersions(documentId) {
    const { data } = await client.get<MapVersionsResponse>(`/${PLUGIN_ID}/maps/${encodeURIComponent(documentId)}/versions`);
    return data.data;
  },
});

export const useMapsApi = (): MapsApi => {
  const client = useFetchClient();
  return React.useMemo(() => createMapsApi(client), [client]);
};

export interface MapFormContext {
  /** The map being edited; null while creating one. */
  documentId: string | null;
  title: unknown;
  sourceLine: unknown;
  asOf: unknown;
  frame: unknown;
}

/**
 * The sibling fields of the GeoJSON field in the Content Manager's form (`title`, `sourceLine`,
 * `asOf`, `frame` next to `geojson`, also when the field sits in a component), and the edited document's id
 * from the edit view's URL (`…/collection-types/:slug/:id`, `create` for a new one).
 */
export const useMapFormContext = (name: string): MapFormContext => {
  const parent = name.includes('.') ? name.slice(0, name.lastIndexOf('.') + 1) : '';
  const read = (state: { values: unknown }, key: string) =>
    `${parent}${key}`
      .split('.')
      .reduce<unknown>((value, part) => (value && typeof value === 'object' ? (value as any)[part] : undefined), state.values);
  const title = useForm('GeoJsonInput', (state) => read(state, 'title'));
  const sourceLine = useForm('GeoJsonInput', (state) => read(state, 'sourceLine'));
  const asOf = useForm('GeoJsonInput', (state) => read(state, 'asOf'));
  const frame = useForm('GeoJsonInput', (state) => read(state, 'frame'));
  const { id, origin } = useParams<{ id?: string; origin?: string }>();
  const documentId = origin || (id && id !== 'create' ? id : null);
  return { documentId, title, sourceLine, asOf, frame };
};
