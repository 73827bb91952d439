import type { EditionSummary } from './editions';

/** One explainer in the plugin's lists (GET /conflict-explainer/explainers). */
export interface ExplainerSummary {
  documentId: string;
  title: string;
  slug: string | null;
  /** As the Content Manager shows it: never published, published as drafted, or changed since. */
  status: 'draft' | 'published' | 'modified';
  /** When the draft was last saved. */
  updatedAt: string;
  /** The revision readers see now; null when the piece is not live. */
  latestRevision: number | null;
  /** Every edition (the source first), with how far each translation is behind. */
  editions: EditionSummary[];
}
