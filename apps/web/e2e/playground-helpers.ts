// Shared steps of the playground and stepper tests.
import { expect, type Page } from "@playwright/test";

// The simulator runs in a Web Worker in the browser; on a loaded machine a run can take seconds.
export const SIM_TIMEOUT = 90_000;

/** Opens the playground with an example loaded (after hydration: the editor mounts in the browser). */
export async function openExample(page: Page, title: string, firstLine: string) {
  await page.goto("/playground");
  const editor = page.getByRole("textbox", { name: "Code of main.py" });
  await expect(editor).toBeVisible({ timeout: SIM_TIMEOUT });
  await page.getByLabel("Start from an example").selectOption(title);
  await expect(editor).toContainText(firstLine);
}

