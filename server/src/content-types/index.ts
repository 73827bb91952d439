import actor from './actor';
import claim from './claim';
import claimStatusEvent from './claim-status-event';
import explainer from './explainer';
import map from './map';

export default {
  explainer,
  claim,
  'claim-status-event': claimStatusEvent,
  actor,
  map,
};
