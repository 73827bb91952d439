/** The map admin routes' requests and responses (under /conflict-explainer/maps, with the editor's admin JWT). */

/** One problem the server found, with its path from the field (`['geojson', 'features', 3, 'properties', 'type']`). */
export interface MapIssue {
  path: (string | number)[];
  message: string;
}

/** POST /maps/validate: the GeoJSON to check, as the field holds it. */
export interface MapValidateRequest {
  geojson: unknown;
}

export interface MapValidation {
  valid: boolean;
  issues: MapIssue[];
  /** The GeoJSON as it would be stored (rings rewound), when valid. */
  normalized: unknown | null;
}

export interface MapValidateResponse {
  data: MapValidation;
}

/** A map's earlier state, kept by the server whenever its lines or its as-of date changed. */
export interface MapVersion {
  id?: number;
  asOf: string;
  sourceLine: string | null;
  geojson: unknown;
  replacedAt: string;
  replacedBy: string | null;
}

/** GET /maps/:documentId/versions: newest first. */
export interface MapVersionsResponse {
  data: MapVersion[];
}
