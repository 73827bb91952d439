import { PLUGIN_ID } from '../constants';
import type { Publishing } from '../publishing/types';
import type { AlertsService } from '../services/alerts';
import type { ClaimsDeskService } from '../services/claims-desk';
import type { EditionsService } from '../services/editions';
import type { ExplainersService } from '../services/explainers';
import type { MapsService } from '../services/maps';
import type { MediaService } from '../services/media';
import type { NeedsCheckingService } from '../services/needs-checking';
import type { PreviewService } from '../services/preview';
import type { PublicationsService } from '../services/publications';
import type { RevisionsService } from '../services/revisions';
import type { SyncService } from '../services/sync';

type Services = {
  revisions: RevisionsService;
  explainers: ExplainersService;
  editions: EditionsService;
  publications: PublicationsService;
  publishing: Publishing;
  'claims-desk': ClaimsDeskService;
  sync: SyncService;
  media: MediaService;
  maps: MapsService;
  preview: PreviewService;
  'needs-checking': NeedsCheckingService;
  alerts: AlertsService;
};

/** Typed access to the plugin's own services. */
export const getService = <Name extends keyof Services>(name: Name): Services[Name] =>
  strapi.plugin(PLUGIN_ID).service(name) as Services[Name];
