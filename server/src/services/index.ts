import { factories } from '@strapi/strapi';
import { UID } from '../constants';
import alerts from './alerts';
import claimsDesk from './claims-desk';
import editions from './editions';
import explainers from './explainers';
import maps from './maps';
import media from './media';
import needsChecking from './needs-checking';
import preview from './preview';
import publications from './publications';
import publishing from './publishing';
import revisions from './revisions';
import sync from './sync';

export default {
  revisions,
  explainers,
  editions,
  publications,
  publishing,
  'claims-desk': claimsDesk,
  sync,
  media,
  maps,
  preview,
  'needs-checking': needsChecking,
  alerts,
  // Core services behind the core REST controllers (strapi.service(uid) resolves to these names).
  explainer: factories.createCoreService(UID.EXPLAINER),
  claim: factories.createCoreService(UID.CLAIM),
  actor: factories.createCoreService(UID.ACTOR),
  map: factories.createCoreService(UID.MAP),
};
