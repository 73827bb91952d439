import { factories } from '@strapi/strapi';
import { UID } from '../constants';
import alerts from './alerts';
import claimsDesk from './claims-desk';
import explainers from './explainers';
import maps from './maps';
import media from './media';
import needsChecking from './needs-checking';
import preview from './preview';
import publicApi from './public';
import revisions from './revisions';
import sync from './sync';

/**
 * Strapi's core REST controllers for the editable models, mounted under /manage for scripts with an
 * API token. Every write still passes the Document Service validation gate.
 */
export default {
  alerts,
  'claims-desk': claimsDesk,
  explainers,
  maps,
  media,
  'needs-checking': needsChecking,
  preview,
  public: publicApi,
  revisions,
  sync,
  'manage-explainer': factories.createCoreController(UID.EXPLAINER),
  'manage-claim': factories.createCoreController(UID.CLAIM),
  'manage-actor': factories.createCoreController(UID.ACTOR),
  'manage-map': factories.createCoreController(UID.MAP),
};
