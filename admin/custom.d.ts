declare module '@strapi/strapi/admin' {
  export * from '@strapi/admin/strapi-admin';
  // @strapi/strapi/admin also re-exports these Content Manager hooks at runtime.
  export { unstable_useDocument } from '@strapi/content-manager/strapi-admin';
}
