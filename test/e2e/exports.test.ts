/**
 * 三本帐 in Chromium on the H5 build: staff open 三本帐导出 from 我的, export this year's 问题帐, and the browser
 * downloads a real .xlsx under its Chinese name (opened again here with exceljs); the export is listed as done.
 */
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describeInChromium, startWorld, type World } from './harness';

const byId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`).first();
const settle = (page: Page) => page.waitForTimeout(400); // Taro's page transition

describeInChromium('exports in Chromium', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
  }, 300_000);
  afterAll(() => w?.stop());

  test('staff export this year’s 问题帐 and the browser downloads it', async () => {
    const staff = await w.person('demo-staff');
    await staff.evaluate(() => (location.hash = '#/pages/mine/index'));
    await settle(staff);
    await staff.getByText('三本帐导出').click();
    await staff.waitForURL(/staff\/exports/);
    await settle(staff);
    await staff.getByText('本年', { exact: true }).click();
    const [download] = await Promise.all([staff.waitForEvent('download', { timeout: 60_000 }), staff.locator('.nut-button', { hasText: '导出 Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^东头村社区-问题帐-\d{4}-01-01至\d{4}-12-31\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path())!);
    const sheet = book.getWorksheet('问题帐')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('编号');
    expect(sheet.rowCount).toBeGreaterThan(1);
    await byId(staff, 'export-item').waitFor();
    expect(await byId(staff, 'export-item').getAttribute('data-state')).toBe('done');
    await w.shot(staff, 'exports-01-done');
  });
});
