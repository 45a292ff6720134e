/**
 * 社区设置: the admin changes a number and only that key is sent; the server's range message shows beside it; staff
 * read the values and the audit list without a save button.
 */
import { fireEvent } from '@testing-library/react';
import SettingsPage from '../../../src/app/staff/settings';
import { DEFAULT_SETTINGS } from '../../../cloud/domain/policies';
import { SETTINGS, type SettingsView } from '../../../types/settings';
import { me } from '../builders';
import { api, refuse } from '../fake-api';
import { renderAs, screen, waitFor } from '../render';

const view = (mayEdit: boolean): SettingsView => ({
  communityId: 'c1',
  values: DEFAULT_SETTINGS,
  defs: SETTINGS,
  mayEdit,
  audit: [{ communityId: 'c1', key: 'autoCloseDays', old: 5, new: 7, by: 'u1', byName: '李娟', at: '2026-11-20T02:00:00.000Z' }],
});

test('the admin changes one setting: only it is sent; an out-of-range answer shows beside it', async () => {
  api.on('settings.get', () => view(true));
  api.on('settings.update', () => refuse('INPUT.INVALID', { 'patch.maxActiveClaims': '党员同时承接上限须在1至20单之间' }));
  await renderAs(me(['staff', 'admin']), <SettingsPage />);
  await screen.findByTestId('settings-page');
  expect(screen.getByTestId('settings-audit')).toHaveTextContent('李娟：未评价自动结单 5天 → 7天');
  fireEvent.change(screen.getByTestId('setting-maxActiveClaims'), { target: { value: '30' } });
  expect(screen.getByTestId('setting-maxActiveClaims')).toHaveValue('30');
  fireEvent.click(screen.getByTestId('settings-save'));
  await waitFor(() => expect(api.callsOf('settings.update')).toEqual([{ communityId: 'c1', patch: { maxActiveClaims: 30 } }]));
  expect(await screen.findByTestId('field-error-maxActiveClaims')).toHaveTextContent('党员同时承接上限须在1至20单之间');
});

test('staff read the settings and the audit list, with nothing to save', async () => {
  api.on('settings.get', () => view(false));
  await renderAs(me(['staff']), <SettingsPage />);
  await screen.findByTestId('settings-page');
  expect(screen.getByText('只有社区管理员可以修改设置，您可以查看当前设置和修改记录')).toBeInTheDocument();
  expect(screen.queryByTestId('settings-save')).not.toBeInTheDocument();
  expect(screen.getByTestId('setting-maxActiveClaims')).toHaveValue('3');
});
