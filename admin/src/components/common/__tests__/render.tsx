/** Renders admin components as Strapi does: design-system theme, react-intl (default messages unless `intl` is given), a router. */
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

/** `intl` renders in another admin language, with messages keyed as registerTrads gives them. */
type IntlSetup = { locale: string; messages: Record<string, string> };

const providers =
  ({ locale, messages }: IntlSetup) =>
  ({ children }: { children: React.ReactNode }) => (
    <MemoryRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <IntlProvider locale={locale} messages={messages} onError={() => {}} textComponent="span">
        <DesignSystemProvider locale={locale}>{children}</DesignSystemProvider>
      </IntlProvider>
    </MemoryRouter>
  );

const english = providers({ locale: 'en', messages: {} });

export const renderWithProviders = (ui: React.ReactElement, { intl, ...options }: Omit<RenderOptions, 'wrapper'> & { intl?: IntlSetup } = {}) =>
  render(ui, { wrapper: intl ? providers(intl) : english, ...options });
