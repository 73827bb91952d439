import activity from './activity';
import actor from './actor';
import claim from './claim';
import claimStatusEvent from './claim-status-event';
import explainer from './explainer';
import map from './map';
import publication from './publication';
import revision from './revision';

export default {
  explainer,
  claim,
  'claim-status-event': claimStatusEvent,
  actor,
  map,
  revision,
  publication,
  activity,
};
