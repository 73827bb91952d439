/** An uploaded image's metadata and the editor's decision about its GPS position (admin routes under /media/:id). */

/**
 * What happens to a position recorded in the file: `none` (the file records none), `pending` (it does
 * and nobody has decided: publishing an explainer that uses it is refused), `kept` or `stripped`.
 */
export const LOCATION_DECISIONS = ['none', 'pending', 'kept', 'stripped'] as const;
export type LocationDecision = (typeof LOCATION_DECISIONS)[number];

export interface GpsPosition {
  latitude: number;
  longitude: number;
}

/** GET /conflict-explainer/media/:id/metadata → `{ data: ImageMetadata }`. */
export interface ImageMetadata {
  credit: string | null;
  creator: string | null;
  copyrightHolder: string | null;
  caption: string | null;
  /** Where the photo was taken, if the file says so: a risk to people on the ground. */
  gps: GpsPosition | null;
  locationDecision: LocationDecision;
  /** Who kept or stripped the position, and when (ISO 8601). */
  locationDecidedBy: string | null;
  locationDecidedAt: string | null;
}

/** POST /conflict-explainer/media/:id/{strip,keep}-location → `{ data: LocationDecisionResult }`. */
export interface LocationDecisionResult {
  id: number;
  gps: GpsPosition | null;
  locationDecision: LocationDecision;
  locationDecidedBy: string | null;
  locationDecidedAt: string | null;
}
