import { expect, test } from "@playwright/test";
import { answerDownloadsExercise, SERVER_WAIT, signIn } from "./helpers";

test("a teacher creates and publishes an assignment and sees the learner's submission", async ({ page, browser }, testInfo) => {
  test.setTimeout(300_000);
  await signIn(page, "teacher");
  await page.getByRole("link", { name: "Concurrency 101" }).click();
  // The home page lists every class's join code: wait for the class's own page.
  await expect(page.getByRole("heading", { name: "Concurrency 101", level: 1 })).toBeVisible(SERVER_WAIT);
  await expect(page.getByTestId("join-code")).toHaveText("DEMO01", SERVER_WAIT);
  await expect(page.getByTestId("members")).toContainText("Bob Learner");
  await page.getByRole("link", { name: "New assignment" }).click();

  await page.getByLabel("Title").fill("Waiting on I/O");
  await page.getByLabel("Concept").selectOption("io-bound");
  await page.getByLabel("Difficulty").selectOption("1");
  await page.getByRole("button", { name: "Preview Downloads one after another" }).click();
  await page.getByRole("button", { name: "Derive the answers" }).click();
  await expect(page.getByTestId("derived-answers")).toContainText(/took \d\.\d s/, SERVER_WAIT);
  await page.getByLabel("Use Downloads one after another").check();
  await page.screenshot({ path: testInfo.outputPath("teacher-new-assignment.png"), fullPage: true });
  await page.getByRole("button", { name: "Create and publish" }).click();
  await expect(page.getByTestId("assignment-status")).toHaveText("published", SERVER_WAIT);
  const assignmentUrl = page.url();

  // Bob answers it in his own browser context.
  const bobContext = await browser.newContext();
  const bob = await bobContext.newPage();
  await signIn(bob, "bob");
  await bob.getByRole("link", { name: "Waiting on I/O" }).click();
  await answerDownloadsExercise(bob);
  await bob.getByRole("button", { name: "Submit answers" }).click();
  await expect(bob.getByTestId("submission-score")).toHaveText("Score: 2 / 2", SERVER_WAIT);
  await bobContext.close();

  await page.goto(assignmentUrl);
  const scores = page.getByTestId("learner-scores");
  await expect(scores.getByRole("row", { name: /Bob Learner/ })).toContainText("2 / 2", SERVER_WAIT);
  await expect(page.getByTestId("item-stats").first()).toContainText("100%");
  await page.screenshot({ path: testInfo.outputPath("teacher-assignment.png"), fullPage: true });
  await page.getByRole("link", { name: "View Bob Learner's answers" }).click();
  await expect(page.getByTestId("submission-score")).toHaveText("Score: 2 / 2", SERVER_WAIT);
  await page.screenshot({ path: testInfo.outputPath("teacher-learner-answers.png"), fullPage: true });
});
