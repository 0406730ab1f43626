import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { answerDownloadsExercise, SERVER_WAIT, signIn } from "./helpers";

test("an admin sees every class and its progress, downloads the CSV and sees the users", async ({ page, browser }, testInfo) => {
  test.setTimeout(240_000);
  // Bob answers the warm-up's first exercise, so the class has progress to show.
  const bobContext = await browser.newContext();
  const bob = await bobContext.newPage();
  await signIn(bob, "bob");
  await bob.getByRole("link", { name: "Warm-up: programs without threads" }).click();
  await answerDownloadsExercise(bob);
  await bob.getByRole("button", { name: "Submit answers" }).click();
  await expect(bob.getByTestId("submission-score")).toHaveText("Score: 2 / 2", SERVER_WAIT);
  await bobContext.close();

  await signIn(page, "admin");
  const classes = page.getByTestId("admin-classes");
  await expect(classes.getByRole("row", { name: /Concurrency 101/ })).toContainText("Grace Teacher", SERVER_WAIT);
  await page.getByRole("link", { name: "Progress of Concurrency 101" }).click();
  await expect(page.getByRole("heading", { name: "Progress: Concurrency 101" })).toBeVisible(SERVER_WAIT);
  await expect(page.getByTestId("assignment-charts")).toContainText("Threads, the GIL and lost updates", SERVER_WAIT);
  const heatMap = page.getByTestId("heat-map");
  await expect(heatMap.getByRole("row", { name: /Ada Lovelace/ })).toBeVisible(SERVER_WAIT);
  // io-bound: Bob has the 2 points of the warm-up's first exercise, of the class's io-bound points.
  await expect(heatMap.getByRole("row", { name: /Bob Learner/ })).toContainText(/[1-9]\d*%/, SERVER_WAIT);
  await page.screenshot({ path: testInfo.outputPath("admin-progress.png"), fullPage: true });

  const download = page.waitForEvent("download", SERVER_WAIT);
  await page.getByRole("button", { name: "Download grades (CSV)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("Concurrency-101-grades.csv");
  const csv = await readFile((await file.path())!, "utf8");
  expect(csv.split("\n")[0]).toContain("Warm-up: programs without threads");
  expect(csv).toContain("ada@interleave.test");
  expect(csv.split("\r\n").find((line) => line.includes("bob@interleave.test"))).toMatch(/^[^,]*,bob@interleave\.test,.*\b2(,|$)/);

  await page.getByRole("link", { name: "Users" }).click();
  await expect(page.getByTestId("users")).toContainText("bob@interleave.test", SERVER_WAIT);
  await expect(page.getByLabel("Role of Grace Teacher")).toHaveValue("teacher");
  await page.screenshot({ path: testInfo.outputPath("admin-users.png"), fullPage: true });
});
