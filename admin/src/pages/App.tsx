import { Page } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';
import { ProtectedClaimsPage } from './ClaimsPage';
import { PluginHome } from './PluginHome';
import { ProtectedRevisionsPage } from './RevisionsPage';
import { ProtectedTranslationPage } from './TranslationPage';

/**
 * The plugin's menu page (`/plugins/conflict-explainer/*`). Each page protects itself with its own
 * permission, so adding a page is one <Route> line.
 */
export const App = () => (
  <Routes>
    <Route index element={<PluginHome />} />
    <Route path="claims" element={<ProtectedClaimsPage />} />
    <Route path="revisions/:documentId" element={<ProtectedRevisionsPage />} />
    <Route path="translation/:documentId" element={<ProtectedTranslationPage />} />
    <Route path="*" element={<Page.Error />} />
  </Routes>
);

export default App;
