import { LOCATION_DECISIONS } from '../../../shared/contracts/media';
import { internalModel } from './internal-model';

/**
 * What an uploaded image's IPTC/XMP/EXIF said, read before Strapi's optimisation strips it, and the
 * editor's decision about a recorded GPS position (pending until someone keeps or strips it).
 */
export default internalModel(
  'conflict_explainer_image_metadata',
  { singularName: 'image-metadata', pluralName: 'image-metadatas', displayName: 'Image metadata' },
  {
    fileId: { type: 'integer', required: true, unique: true },
    credit: { type: 'string' },
    creator: { type: 'string' },
    copyrightHolder: { type: 'string' },
    caption: { type: 'text' },
    latitude: { type: 'float' },
    longitude: { type: 'float' },
    locationDecision: { type: 'enumeration', enum: [...LOCATION_DECISIONS], default: 'none' },
    locationDecidedBy: { type: 'string' },
    locationDecidedAt: { type: 'datetime' },
  }
);
