import { expect, test } from "@playwright/test";

test("the home page shows what the API read from the database", async ({ page }, testInfo) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Interleave" })).toBeVisible();
  await expect(page.getByTestId("counts")).toHaveText("4 users, 1 class");
  await expect(page.getByText("Concurrency 101 — taught by Grace Teacher")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("home.png"), fullPage: true });
});

test("a demo learner signs in and the page knows who they are", async ({ page }, testInfo) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("ada@interleave.test");
  await page.getByLabel("Password").fill("interleave");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/");
  await expect(page.getByTestId("signed-in")).toContainText("Signed in as Ada Lovelace (learner)");
  await page.screenshot({ path: testInfo.outputPath("signed-in.png"), fullPage: true });
});

test("a wrong password is refused with a message", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("bob@interleave.test");
  await page.getByLabel("Password").fill("wrong-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("sign-in-error")).toContainText(/invalid/i);
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("a tRPC call with an oversized body is refused with 413, and the server goes on answering", async ({ request }) => {
  const tooLarge = await request.post("/api/trpc/health.ping", { data: "x".repeat(5 * 2 ** 20), headers: { "content-type": "application/json" } });
  expect(tooLarge.status()).toBe(413);
  expect(await tooLarge.text()).toContain("request body over");
  const ping = await request.get("/api/trpc/health.ping");
  expect(ping.ok()).toBe(true);
});
