import { yup } from '@strapi/utils';
import type { AlertTargetInput } from '../../../shared/contracts/alerts';
import { validateWith } from './issues';

// The same rules as a sync target's URL and write-only secret (validation/sync.ts).
const alertTarget = yup
  .object({
    url: yup.string().max(2048).matches(/^https?:\/\/[^\s]+$/, '${path} must be an absolute http(s) URL'),
    secret: yup.string().matches(/^(whsec_)?[A-Za-z0-9+/]{32,88}={0,2}$/, 'secret must be a Standard Webhooks secret (whsec_ + base64 of 24-64 bytes)'),
    enabled: yup.boolean(),
  })
  .noUnknown();

export const validateAlertTarget = validateWith<AlertTargetInput>(alertTarget);
