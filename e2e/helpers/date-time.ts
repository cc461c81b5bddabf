import type { Locator, Page } from '@playwright/test';
import { formatDateTimeText } from '../../lib/vi/time';

/**
 * Types a Vietnam time into the newsroom's date-and-time field (app/admin/_components/date-time-field.tsx),
 * found by its label: an instant (printed dd/mm/yyyy HH:mm:ss) or the text as staff type it.
 */
export async function fillDateTime(scope: Page | Locator, label: string, at: Date | string): Promise<void> {
  const [date = '', time = ''] = (typeof at === 'string' ? at : formatDateTimeText(at, true)).split(' ');
  const group = scope.getByRole('group', { name: label });
  await group.getByLabel('Ngày', { exact: true }).fill(date);
  await group.getByLabel('Giờ', { exact: true }).fill(time);
}
