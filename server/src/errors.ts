import { errors } from '@strapi/utils';

/**
 * The plugin's own error classes, in one module every layer may import (services, middlewares and
 * controllers alike), so throwing one never makes a layer depend on another.
 */

/** A save based on a version someone else has already replaced. Answered with 409 (see conflict-status). */
export class StaleVersionError extends errors.ApplicationError {
  constructor(message: string, details: Record<string, unknown>) {
    super(message, details);
    (this as { name: string }).name = 'ConflictError';
  }
}

/** Any problem with a preview token (missing, tampered, expired, unknown draft): one 401 that tells nothing more. */
export class PreviewUnauthorizedError extends errors.UnauthorizedError {
  constructor() {
    super('A valid preview token is required');
  }
}
