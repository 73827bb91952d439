import activity from './activity';
import alertEvent from './alert-event';
import actor from './actor';
import claim from './claim';
import claimStatusEvent from './claim-status-event';
import explainer from './explainer';
import imageMetadata from './image-metadata';
import map from './map';
import mapVersion from './map-version';
import publication from './publication';
import revision from './revision';
import syncDelivery from './sync-delivery';
import syncTarget from './sync-target';

export default {
  explainer,
  claim,
  'claim-status-event': claimStatusEvent,
  actor,
  map,
  'map-version': mapVersion,
  'image-metadata': imageMetadata,
  revision,
  publication,
  activity,
  'sync-target': syncTarget,
  'sync-delivery': syncDelivery,
  'alert-event': alertEvent,
};
