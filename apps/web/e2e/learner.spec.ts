import { expect, test } from "@playwright/test";
import { answerDownloadsExercise, openMissedWitness, SERVER_WAIT, signIn } from "./helpers";

test("a learner joins a class, answers an exercise, submits and sees the feedback", async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  await signIn(page, "ada");
  await page.getByLabel("Join code").fill("demo01");
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You joined Concurrency 101" })).toBeVisible(SERVER_WAIT);
  await page.screenshot({ path: testInfo.outputPath("learner-dashboard.png"), fullPage: true });

  await page.getByRole("link", { name: "Warm-up: programs without threads" }).click();
  await expect(page.getByRole("heading", { name: "Downloads one after another" })).toBeVisible(SERVER_WAIT);
  await expect(page.getByTestId("machine")).toHaveText("CPython with a GIL, 4 cores, output to a terminal");
  await expect(page.getByTestId("attempts-left")).toHaveText("3 attempts left");
  await answerDownloadsExercise(page);
  await expect(page.getByText("Draft saved")).toBeVisible(SERVER_WAIT);
  await page.screenshot({ path: testInfo.outputPath("learner-exercise.png"), fullPage: true });

  await page.getByRole("button", { name: "Submit answers" }).click();
  const result = page.getByTestId("result");
  await expect(result.getByTestId("submission-score")).toHaveText("Score: 2 / 2", SERVER_WAIT);
  await expect(result.getByTestId("feedback").first()).toContainText("Correct");
  await expect(result.getByTestId("explanation")).toContainText("Waits in a row add up");
  await expect(page.getByTestId("attempts-left")).toHaveText("2 attempts left", SERVER_WAIT);
  await page.screenshot({ path: testInfo.outputPath("learner-result.png"), fullPage: true });

  // A wrong answer is graded too, with feedback naming what the program prints.
  await page.getByLabel("Answer to: What does the program print?").fill("took 0.0 s");
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(result.getByTestId("submission-score")).toHaveText(/Score: 1 \/ 2/, SERVER_WAIT);
  await expect(result.getByText("Not quite")).toBeVisible();
  await expect(page.getByTestId("attempts-left")).toHaveText("1 attempt left", SERVER_WAIT);

  await page.getByRole("link", { name: "My assignments" }).click();
  await expect(page.getByRole("article", { name: "Warm-up: programs without threads" }).getByTestId("assignment-score")).toContainText("2 / 5 points", SERVER_WAIT);
});

test("a learner steps through the witness of an outcome they missed", async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  await signIn(page, "bob");
  await openMissedWitness(page);
  const stepper = page.getByTestId("result").getByTestId("stepper");
  await stepper.getByRole("button", { name: "Next" }).click();
  await expect(stepper.getByTestId("stepper-position")).toContainText(/^Step 2 of \d+/);
  // Step on to the first instruction of `counter += 1`: its line and bytecode (load / add / store).
  const bytecode = stepper.getByTestId("stepper-bytecode");
  const next = stepper.getByRole("button", { name: "Next" });
  while (!(await bytecode.filter({ hasText: "BINARY_OP" }).isVisible()) && (await next.isEnabled())) await next.click();
  await expect(bytecode).toContainText(/LOAD_GLOBAL[\s\S]*BINARY_OP[\s\S]*STORE_GLOBAL/);
  await expect(stepper.locator('[aria-current="step"]')).toContainText("counter += 1");
  await page.screenshot({ path: testInfo.outputPath("learner-witness-stepper.png"), fullPage: true });
  // The README's pictures of the stepper and the timeline (apps/web/docs) come from these two.
  await stepper.screenshot({ path: testInfo.outputPath("stepper.png") });
  await page.getByTestId("result").getByTestId("timeline").screenshot({ path: testInfo.outputPath("timeline.png") });
});
