import type { Core } from '@strapi/strapi';
import type { MapValidation, MapVersion } from '../../../shared/contracts/maps';
import { UID } from '../constants';
import { normalizeMapGeoJson, validateMapGeoJson } from '../validation/geojson';

/** Maps in the admin: the server's own GeoJSON check while drawing, and a map's earlier states. */
const createMapsService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The same check that gates saves, for the map field's live feedback. */
  async validate(geojson: unknown): Promise<MapValidation> {
    const issues = await validateMapGeoJson(geojson ?? null, ['geojson']);
    return { valid: issues.length === 0, issues, normalized: issues.length === 0 ? normalizeMapGeoJson(geojson) : null };
  },

  /** Newest first, the 50 latest. */
  async versions(mapDocumentId: string): Promise<MapVersion[]> {
    return strapi.db.query(UID.MAP_VERSION).findMany({ where: { mapDocumentId }, orderBy: { id: 'desc' }, limit: 50 });
  },
});

export type MapsService = ReturnType<typeof createMapsService>;
export default createMapsService;
