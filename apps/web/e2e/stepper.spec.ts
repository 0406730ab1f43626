import { expect, test } from "@playwright/test";
import { SIM_TIMEOUT, openExample } from "./playground-helpers";

test("the stepper steps a run forward and back, showing who holds the GIL and the output so far", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await openExample(page, "Sleeping threads overlap their waits", "def io_task(name):");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByTestId("stdout")).toContainText("done", { timeout: SIM_TIMEOUT });
  await page.getByRole("tab", { name: "Step through" }).click();

  const stepper = page.getByTestId("stepper");
  const position = stepper.getByTestId("stepper-position");
  await expect(position).toContainText(/^Step 1 of \d+/);
  await expect(stepper.getByRole("button", { name: "Previous" })).toBeDisabled();
  await stepper.getByRole("button", { name: "Next" }).click();
  await expect(position).toContainText(/^Step 2 of \d+.*MainThread takes the GIL/);
  await expect(stepper.getByTestId("stepper-gil")).toHaveText("held by MainThread");
  await stepper.getByRole("button", { name: "Previous" }).click();
  await expect(position).toContainText(/^Step 1 of \d+/);

  // The slider jumps to the end: every thread has ended and the output is complete.
  const slider = stepper.getByRole("slider", { name: "Step" });
  await slider.focus();
  await page.keyboard.press("End");
  await expect(position).toContainText(/^Step (\d+) of \1\b/);
  await expect(stepper.getByTestId("stepper-output")).toContainText("t0 done");
  await expect(stepper.getByRole("button", { name: "Next" })).toBeDisabled();
  await page.screenshot({ path: testInfo.outputPath("stepper.png"), fullPage: true });
});
