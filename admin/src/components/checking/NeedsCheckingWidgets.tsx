import { Flex, Loader, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useNeedsCheckingApi, type NeedsChecking, type NeedsCheckingList } from '../../api/needsChecking';
import { useErrorMessage } from '../../api/useErrorMessage';
import { useRequest } from '../../api/useRequest';
import { messages } from '../../translations/messages';
import { DueClaimsList, FailingDeliveriesList, OldMapsList } from './NeedsCheckingLists';

/** The home page's "What needs checking" widgets: one list each, loaded when the home page opens. */
const useList = (list: NeedsCheckingList) => {
  const api = useNeedsCheckingApi();
  return useRequest(() => api.get(list), list);
};

const Loaded = ({ list, children }: { list: NeedsCheckingList; children: (data: NeedsChecking) => React.ReactNode }) => {
  const { formatMessage } = useIntl();
  const errorMessage = useErrorMessage();
  const request = useList(list);
  if (request.isLoading && !request.data) {
    return (
      <Flex justifyContent="center" padding={4}>
        <Loader small>{formatMessage(messages['checking.loading'])}</Loader>
      </Flex>
    );
  }
  if (!request.data) {
    return (
      <Typography variant="omega" textColor="danger600">
        {formatMessage(messages['checking.error'], { message: errorMessage(request.error) })}
      </Typography>
    );
  }
  return <>{children(request.data)}</>;
};

export const DueClaimsWidget = () => <Loaded list="claims">{(data) => data.claims && <DueClaimsList section={data.claims} />}</Loaded>;
export const OldMapsWidget = () => <Loaded list="maps">{(data) => data.maps && <OldMapsList section={data.maps} />}</Loaded>;
export const FailingDeliveriesWidget = () => (
  <Loaded list="deliveries">{(data) => data.deliveries && <FailingDeliveriesList section={data.deliveries} />}</Loaded>
);
