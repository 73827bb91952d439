import type { Core } from '@strapi/strapi';
import { registerComponents } from './components';
import { applyContentTypeNames, applyEditorNamePrivacy } from './content-type-names';
import { keepInternalModelsOutOfContentManager } from './internal-models';
import { registerBlockHeaders } from './middlewares/block-headers';
import { registerClaimEditions } from './middlewares/claim-editions';
import { registerAppendOnlyRecords, registerClaimVersioning } from './middlewares/claim-versioning';
import { registerConflictStatus } from './middlewares/conflict-status';
import { registerMapVersions } from './middlewares/map-versions';
import { registerPublicReadFastPath } from './middlewares/public-read';
import { registerRevisionRecording } from './middlewares/record-revisions';
import { registerRequestGuards } from './middlewares/request-guard';
import { registerDocumentValidation } from './middlewares/validate-documents';
import { registerEditionWrites } from './middlewares/edition-writes';
import { applyPublicApiAuth } from './routes/content-api';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.customFields.register({ name: 'geojson', plugin: 'conflict-explainer', type: 'json' });
  // The credited image's credit: a string, prefilled in the admin from the picked file's metadata.
  strapi.customFields.register({ name: 'image-credit', plugin: 'conflict-explainer', type: 'string' });
  registerComponents(strapi);
  registerRequestGuards(strapi);
  // The edition is checked first, then the values: a refused write never reaches the revision recorder.
  registerEditionWrites(strapi);
  registerDocumentValidation(strapi);
  // Outside the writes below: block headers are rewritten once a write (and its revision) is done.
  registerBlockHeaders(strapi);
  registerClaimVersioning(strapi);
  registerClaimEditions(strapi);
  registerAppendOnlyRecords(strapi);
  registerMapVersions(strapi);
  registerRevisionRecording(strapi);
  applyPublicApiAuth(strapi);
  registerPublicReadFastPath(strapi);
  registerConflictStatus(strapi);
  keepInternalModelsOutOfContentManager(strapi);
  applyContentTypeNames(strapi);
  applyEditorNamePrivacy(strapi);
};

export default register;
