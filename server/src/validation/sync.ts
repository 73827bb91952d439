import { yup } from '@strapi/utils';
import type { DeliveriesQuery, TargetInput } from '../../../shared/contracts/sync-admin';
import { MAX_INTEGER } from './fields';
import { validateWith } from './issues';

const httpUrl = yup.string().max(2048).matches(/^https?:\/\/[^\s]+$/, '${path} must be an absolute http(s) URL');
// Standard Webhooks secrets: base64 of 24-64 random bytes, optionally prefixed whsec_.
const secret = yup.string().matches(/^(whsec_)?[A-Za-z0-9+/]{32,88}={0,2}$/, 'secret must be a Standard Webhooks secret (whsec_ + base64 of 24-64 bytes)');

const target = {
  name: yup.string().max(120).matches(/^[^<>]*$/, 'name must be plain text'),
  url: httpUrl,
  enabled: yup.boolean(),
  payloadMode: yup.string().oneOf(['snapshot', 'event']),
  revalidateUrl: httpUrl.nullable(),
  timeoutMs: yup.number().integer().min(100).max(60000),
  maxAttempts: yup.number().integer().min(1).max(50).nullable(),
  secret,
};

const createTarget = yup
  .object({ ...target, name: target.name.required(), url: target.url.required(), secret: secret.required() })
  .noUnknown();
const updateTarget = yup.object(target).noUnknown();

const deliveriesQuery = yup
  .object({
    state: yup.string().oneOf(['pending', 'delivering', 'delivered', 'dead']),
    targetId: yup.number().integer().min(1).max(MAX_INTEGER),
    explainerDocumentId: yup.string().max(64).matches(/^[a-z0-9]+$/),
    page: yup.number().integer().min(1).max(MAX_INTEGER),
    pageSize: yup.number().integer().min(1).max(100),
  })
  .noUnknown();

export const validateCreateTarget = validateWith<TargetInput & Required<Pick<TargetInput, 'name' | 'url' | 'secret'>>>(createTarget);
export const validateUpdateTarget = validateWith<TargetInput>(updateTarget);
export const validateDeliveriesQuery = validateWith<DeliveriesQuery>(deliveriesQuery, { strict: false });
