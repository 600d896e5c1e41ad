import type { Page } from 'playwright-core';

const live = '[data-testid=connection][data-status=live]';

/** Signs in through the page's own "sign in as" picker, and waits for the new user's live view. */
export async function signInAs(page: Page, as: 'operator' | 'analyst' | { customer: string }): Promise<void> {
  const picker = page.getByRole('form', { name: 'Sign in as' });
  if (typeof as === 'string') {
    await picker.getByRole('button', { name: as === 'operator' ? 'Operator' : 'Analyst' }).click();
  } else {
    await picker.locator('input[name=customerId]').fill(as.customer);
    await picker.getByRole('button', { name: 'Customer' }).click();
  }
  const id = typeof as === 'string' ? `dev-${as}` : as.customer;
  await page.locator(`[data-testid=signed-in-as][data-user-id="${id}"]`).waitFor();
  await page.locator(live).waitFor();
}

/** Signs in by pasting a token into the page's token form. */
export async function signInWithToken(page: Page, token: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Sign in with a token' });
  await form.locator('textarea[name=token]').fill(token);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

export async function signOut(page: Page): Promise<void> {
  await page.locator('[data-testid=signed-in-as]').getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('region', { name: 'Sign in' }).waitFor();
}
