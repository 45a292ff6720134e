/**
 * 三本帐导出: staff choose a ledger and a period, the export runs with its progress shown, the file is fetched
 * through export.url and downloaded (H5); the server's period refusal shows under 时段; street staff export their
 * street; recent exports can be opened again.
 */
import { fireEvent } from '@testing-library/react';
import type { ExportView } from '../../../types/exports';
import ExportsPage from '../../../src/app/staff/exports';
import { daysPeriod, periodText, presetPeriod } from '../../../src/app/staff/exports/period';
import { me } from '../builders';
import { api, refuse } from '../fake-api';
import { renderAs, screen, waitFor } from '../render';

const done = (over: Partial<ExportView> = {}): ExportView => ({
  id: 'x1', kind: 'problems', from: '2026-10-31T16:00:00.000Z', to: '2026-11-30T16:00:00.000Z', state: 'done', rows: 12,
  name: '东头村社区-问题帐-2026-11-01至2026-11-30.xlsx', fileId: '/files/x1.xlsx', byName: '李娟', at: '2026-11-28T02:00:00.000Z', ...over,
});

let clicked: { href: string; download: string }[];
beforeEach(() => {
  clicked = [];
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.getAttribute('href')!, download: this.download });
  });
  api.on('export.list', () => [done()]);
  api.on('export.url', ({ fileId }) => ({ url: `${fileId}?exp=1&sig=s`, name: '东头村社区-民意帐.xlsx' }));
});
afterEach(() => jest.restoreAllMocks());

test('staff export the chosen ledger for last month, see it running, and get the file', async () => {
  let finish!: (v: { fileId: string; name: string; rows: number }) => void;
  api.on('export.create', () => new Promise((resolve) => (finish = resolve)));
  await renderAs(me(['staff'], '李娟'), <ExportsPage />);
  expect(await screen.findByTestId('export-item')).toHaveTextContent('东头村社区-问题帐-2026-11-01至2026-11-30.xlsx');
  fireEvent.click(screen.getByTestId('export-kind-opinions'));
  expect(screen.getByText('居民评价、回访结果、未解决原因')).toBeInTheDocument();
  fireEvent.click(screen.getByText('上月'));
  fireEvent.click(screen.getByTestId('export-create'));
  await waitFor(() => expect(screen.getByTestId('export-progress')).toHaveTextContent('正在生成，已写入 0 行'));
  expect(api.callsOf('export.create')).toEqual([{ scope: { communityId: 'c1' }, kind: 'opinions', ...presetPeriod('last_month') }]);
  finish({ fileId: '/files/x2.xlsx', name: '东头村社区-民意帐.xlsx', rows: 3 });
  await waitFor(() => expect(clicked).toEqual([{ href: '/files/x2.xlsx?exp=1&sig=s', download: '东头村社区-民意帐.xlsx' }]));
  expect(screen.getByTestId('export-progress')).toHaveTextContent('');
});

test('a period the server refuses is explained under 时段', async () => {
  api.on('export.create', () => refuse('EXPORT.PERIOD_INVALID', { to: '导出时段有误：开始时间必须早于结束时间' }));
  await renderAs(me(['staff']), <ExportsPage />);
  fireEvent.click(await screen.findByText('自定义'));
  expect(screen.getByTestId('export-from')).toBeInTheDocument();
  fireEvent.click(screen.getByTestId('export-create'));
  expect(await screen.findByTestId('field-error-to')).toHaveTextContent('导出时段有误：开始时间必须早于结束时间');
  expect(clicked).toEqual([]);
});

test('street staff export their whole street; a recent export opens again', async () => {
  api.on('export.create', () => ({ fileId: '/files/x3.xlsx', name: '全街道-问题帐.xlsx', rows: 0 }));
  await renderAs(me(['street_staff'], '周明'), <ExportsPage />);
  fireEvent.click(await screen.findByTestId('export-open'));
  await waitFor(() => expect(clicked).toHaveLength(1));
  expect(api.callsOf('export.url')).toEqual([{ fileId: '/files/x1.xlsx' }]);
  expect(api.callsOf('export.list')[0]).toEqual({ scope: { streetId: 'st1' } });
  fireEvent.click(screen.getByTestId('export-create'));
  await waitFor(() => expect(api.callsOf('export.create')).toHaveLength(1));
  expect(api.callsOf('export.create')[0]).toMatchObject({ scope: { streetId: 'st1' }, kind: 'problems' });
});

test('residents and members are told the page is for staff', async () => {
  await renderAs(me(['resident', ['member', 'verified']]), <ExportsPage />);
  expect(await screen.findByText('只有社区和街道工作人员可以导出台账')).toBeInTheDocument();
  expect(api.callsOf('export.list')).toEqual([]);
});

test('periods are Beijing calendar spans, whatever the phone’s time zone', () => {
  const jan15 = new Date('2026-01-15T00:00:00Z');
  expect(presetPeriod('this_month', jan15)).toEqual({ from: '2025-12-31T16:00:00.000Z', to: '2026-01-31T16:00:00.000Z' });
  expect(presetPeriod('last_month', jan15)).toEqual({ from: '2025-11-30T16:00:00.000Z', to: '2025-12-31T16:00:00.000Z' });
  expect(presetPeriod('this_quarter', jan15)).toEqual({ from: '2025-12-31T16:00:00.000Z', to: '2026-03-31T16:00:00.000Z' });
  expect(presetPeriod('this_year', jan15)).toEqual({ from: '2025-12-31T16:00:00.000Z', to: '2026-12-31T16:00:00.000Z' });
  // 01:00 on 1 April in Beijing is still 31 March in UTC: already the second quarter.
  const april1 = new Date('2026-03-31T17:00:00Z');
  expect(presetPeriod('this_month', april1)).toEqual({ from: '2026-03-31T16:00:00.000Z', to: '2026-04-30T16:00:00.000Z' });
  expect(presetPeriod('this_quarter', april1)).toEqual({ from: '2026-03-31T16:00:00.000Z', to: '2026-06-30T16:00:00.000Z' });
  expect(daysPeriod('2026-11-01', '2026-11-30')).toEqual({ from: '2026-10-31T16:00:00.000Z', to: '2026-11-30T16:00:00.000Z' });
  expect(periodText(daysPeriod('2026-11-01', '2026-11-30'))).toBe('2026-11-01 至 2026-11-30');
});
