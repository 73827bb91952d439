import type { Core } from '@strapi/strapi';
import { registerComponents } from './components';
import { registerDocumentValidation } from './middlewares/validate-documents';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  registerComponents(strapi);
  registerDocumentValidation(strapi);
};

export default register;
