/**
 * Renders a page or component inside the real SessionProvider, signed in as `who`.
 */
import { render, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { SessionProvider } from '../../src/services/session';
import type { Me } from '../../types/views';
import { api } from './fake-api';
import { router } from './stubs/taro';

export async function renderAs(who: Me, ui: ReactElement, params: Record<string, string> = {}) {
  router.params = params;
  api.on('session.me', () => who);
  const result = render(<SessionProvider>{ui}</SessionProvider>);
  await waitFor(() => expect(api.callsOf('session.me').length).toBeGreaterThan(0));
  return result;
}

export { screen, waitFor };
