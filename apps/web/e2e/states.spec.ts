// Empty, loading and error states. Runs after home.spec (it adds a user and a class).
import { expect, test } from "@playwright/test";
import { SERVER_WAIT, signIn, signUpLearner } from "./helpers";

test("a learner in no class sees what to do instead of empty lists", async ({ page }) => {
  await signUpLearner(page, "Empty Learner");
  await expect(page.getByText("No assignments yet. Join a class with the code your teacher gave you.")).toBeVisible(SERVER_WAIT);
  await expect(page.getByText("You are not in a class yet.")).toBeVisible();
  await expect(page.getByLabel("Join code")).toBeVisible();
  // A wrong code is refused with the reason, not a crash.
  await page.getByLabel("Join code").fill("NOPE99");
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "No class has this join code" })).toBeVisible(SERVER_WAIT);
});

test("the dashboard shows a loading indicator until its data arrives", async ({ page }) => {
  await signIn(page, "ada");
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname.startsWith("/api/trpc/") && url.pathname.includes("assignments.listMine"),
    async (route) => {
      await released;
      await route.continue();
    },
  );
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "Loading your assignments…" })).toBeVisible(SERVER_WAIT);
  release();
  await expect(page.getByRole("link", { name: "Warm-up: programs without threads" })).toBeVisible(SERVER_WAIT);
  await expect(page.getByText("Loading your assignments…")).toHaveCount(0);
});

test("a new class shows empty assignment and member lists", async ({ page }) => {
  await signIn(page, "teacher");
  await page.getByLabel("New class name").fill("Empty class");
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Created Empty class" })).toBeVisible(SERVER_WAIT);
  await page.getByRole("link", { name: "Empty class" }).click();
  await expect(page.getByRole("heading", { name: "Empty class", level: 1 })).toBeVisible(SERVER_WAIT);
  await expect(page.getByText("No assignments yet.")).toBeVisible(SERVER_WAIT);
  await expect(page.getByText("No learners yet: give them the join code.")).toBeVisible(SERVER_WAIT);
});

test("a link to something that does not exist shows a not-found page", async ({ page }, testInfo) => {
  await signIn(page, "teacher");
  for (const [path, reason] of [
    ["/classes/no-such-class", "No such class"],
    ["/assignments/no-such-assignment", "No such assignment"],
    ["/classes/no-such-class/progress", "No such class"],
  ] as const) {
    await page.goto(path);
    const notFound = page.getByTestId("not-found");
    await expect(notFound.getByRole("heading", { name: "Not found", level: 1 })).toBeVisible(SERVER_WAIT);
    await expect(notFound).toContainText(reason);
    await expect(notFound.getByRole("link", { name: "Back to the home page" })).toBeVisible();
  }
  await page.screenshot({ path: testInfo.outputPath("not-found.png"), fullPage: true });

  // A learner gets the same page.
  await signIn(page, "bob");
  await page.goto("/classes/no-such-class");
  await expect(page.getByTestId("not-found")).toContainText("No such class", SERVER_WAIT);

  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible(SERVER_WAIT);
});
