import type { Locator } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Chooses a contact in an order form's handle picker (components/contacts/handle-picker.tsx): opens the combobox,
 * waits for the handles Joker lists for the TLD, and takes the first (or the one whose text matches `match`).
 * A picker the TLD's default from Settings already filled is left as it is.
 */
export async function pickHandle(form: Locator, label: string, match?: RegExp): Promise<string> {
  const box = form.getByRole('combobox', { name: label });
  await expect(box).toBeVisible({ timeout: 20_000 });
  const filled = await box.inputValue();
  if (filled && !match) return filled;
  await box.fill('');
  await box.click();
  if ((await box.getAttribute('aria-expanded')) !== 'true') await box.click();
  const listbox = form.page().locator(`[id="${await box.getAttribute('aria-controls')}"]`);
  const option = (match ? listbox.getByRole('option', { name: match }) : listbox.getByRole('option')).first();
  await expect(option).toBeVisible({ timeout: 20_000 });
  await option.click();
  await expect(box).not.toHaveValue('');
  return box.inputValue();
}
