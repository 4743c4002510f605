import { test, expect } from './support/fixtures';

test.describe('keyboard only', () => {
  test('search with arrows and Enter, then reach, sort and use the relations table', async ({ explorer, page }) => {
    await explorer.open();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the relations table' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(explorer.search).toBeFocused();
    await page.keyboard.type('wash');
    await page.keyboard.press('ArrowDown');
    await expect(explorer.search).toHaveAttribute('aria-activedescendant', /.+/);
    await page.keyboard.press('Enter');
    await expect(explorer.detailsHeading).toHaveText('United States');

    // Back to the skip link and into the table.
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('link', { name: 'Skip to the relations table' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const sortSource = explorer.table.getByRole('button', { name: 'Source' });
    await expect(sortSource).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(explorer.table.getByRole('columnheader', { name: /Relation/ })).toHaveAttribute('aria-sort', 'ascending');
    const firstType = (await explorer.tableRows.first().getByRole('button').textContent())!.trim();

    // Past the other sort buttons (Target, Date, Status, Evidence, Reports, Outlets) to the first row.
    for (let i = 0; i < 7; i += 1) await page.keyboard.press('Tab');
    const rowButton = explorer.tableRows.first().getByRole('button');
    await expect(rowButton).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(explorer.details.getByText(`Relation · ${firstType}`)).toBeVisible();
    await expect(explorer.tableRows.first()).toHaveAttribute('aria-current', 'true');
  });
});
