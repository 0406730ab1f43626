// Shared steps of the journeys. Waits on server responses are generous: grading and the first
// compile of a page can take a while on a loaded 2-core machine.
import { expect, type Page } from "@playwright/test";

export const SERVER_WAIT = { timeout: 90_000 };

export async function signIn(page: Page, who: "admin" | "teacher" | "ada" | "bob"): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(`${who}@interleave.test`);
  await page.getByLabel("Password").fill("interleave");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/", SERVER_WAIT);
  await expect(page.getByTestId("signed-in")).toBeVisible(SERVER_WAIT);
}

/** Reads the learner's variant of io-sequential from the program shown and answers it correctly. */
export async function answerDownloadsExercise(page: Page): Promise<void> {
  const code = await page.locator(".cm-content").first().innerText(SERVER_WAIT);
  const downloads = Number(/DOWNLOADS = (\d+)/.exec(code)?.[1]);
  const delay = Number(/DELAY = ([\d.]+)/.exec(code)?.[1]);
  expect(downloads * delay).toBeGreaterThan(0);
  const seconds = downloads * delay;
  await page.getByLabel("Answer to: What does the program print?").fill(`took ${seconds.toFixed(1)} s`);
  await page.getByLabel("Wall time").fill(String(seconds));
}

/**
 * Signs up a new learner (no classes yet) and leaves them signed in on the dashboard. Specs that call
 * this add users, so they must run after home.spec, which counts the seeded ones (files run in name
 * order, one worker).
 */
export async function signUpLearner(page: Page, name: string): Promise<void> {
  await page.goto("/sign-in");
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}@interleave.test`;
  // better-auth's own endpoint, from the page so the request carries the app's origin.
  const status = await page.evaluate(
    async (body) => (await fetch("/api/auth/sign-up/email", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })).status,
    { email, name, password: "interleave-e2e" },
  );
  expect(status).toBe(200);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: `Hello, ${name}` })).toBeVisible(SERVER_WAIT);
}

/** Joins the demo class from the learner's dashboard. */
export async function joinDemoClass(page: Page): Promise<void> {
  await page.getByLabel("Join code").fill("DEMO01");
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You joined Concurrency 101" })).toBeVisible(SERVER_WAIT);
}

/** Submits an answer that misses every value the race can print, then opens the stepper of a missed outcome. */
export async function openMissedWitness(page: Page): Promise<void> {
  await page.getByRole("link", { name: "Threads, the GIL and lost updates" }).click();
  await expect(page.getByRole("heading", { name: "counter += 1 under the GIL" })).toBeVisible(SERVER_WAIT);
  await page.getByLabel("Value", { exact: true }).fill("0");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByRole("list", { name: "Your values" })).toContainText("0");
  await page.getByRole("button", { name: "Submit answers" }).click();
  const result = page.getByTestId("result");
  await expect(result.getByTestId("submission-score")).toContainText("Score: 0 /", SERVER_WAIT);
  await result.getByText(/Outcomes you missed/).first().click();
  await result.getByRole("button", { name: "Step through how it happens" }).first().click();
  await expect(result.getByTestId("stepper-position")).toContainText(/^Step 1 of \d+/, SERVER_WAIT);
  await expect(result.getByTestId("timeline")).toBeVisible();
}

/** Calls a tRPC mutation as the page's signed-in user (set-up steps the journeys do not cover). */
export async function callMutation<T>(page: Page, procedure: string, input: unknown): Promise<T> {
  const response = await page.request.post(`/api/trpc/${procedure}`, { data: input });
  expect(response.ok(), `${procedure}: ${await response.text()}`).toBe(true);
  return ((await response.json()) as { result: { data: T } }).result.data;
}
