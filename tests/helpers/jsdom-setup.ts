import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// The design-system selects and dialogs render slowly in jsdom when the API suites boot Strapi on
// the other core: give findBy/waitFor and each test room, so a loaded CI machine is not a failure.
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(60_000);
