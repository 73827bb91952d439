/** Renders admin components as Strapi does: design-system theme, react-intl (default messages), a router. */
import { DesignSystemProvider } from '@strapi/design-system';
import { render, type RenderOptions } from '@testing-library/react';
import * as React from 'react';
import { IntlProvider } from 'react-intl';
import { MemoryRouter } from 'react-router-dom';

// jsdom lacks these; the design system's popovers, scroll areas and select lists (loading more on scroll) use them.
class ObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}
const g = globalThis as any;
g.ResizeObserver ??= ObserverStub;
g.IntersectionObserver ??= ObserverStub;
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({ matches: false, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false }) as any;
}
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => {};
if (!Element.prototype.hasPointerCapture) Element.prototype.hasPointerCapture = () => false;
if (!Element.prototype.releasePointerCapture) Element.prototype.releasePointerCapture = () => {};

const Providers = ({ children }: { children: React.ReactNode }) => (
  <MemoryRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
    <IntlProvider locale="en" messages={{}} onError={() => {}} textComponent="span">
      <DesignSystemProvider locale="en">{children}</DesignSystemProvider>
    </IntlProvider>
  </MemoryRouter>
);

export const renderWithProviders = (ui: React.ReactElement, options?: Omit<RenderOptions, 'wrapper'>) =>
  render(ui, { wrapper: Providers, ...options });
