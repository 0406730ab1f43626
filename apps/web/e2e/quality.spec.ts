// Accessibility and phone-width checks over every main page, role by role. On each page: axe-core
// finds no serious or critical WCAG 2.1 A/AA violation at desktop width; then at 375×740 the page does
// not scroll sideways and its main controls fit on the screen.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { joinDemoClass, openMissedWitness, SERVER_WAIT, signIn, signUpLearner } from "./helpers";

const PHONE = { width: 375, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

type MainPage = {
  name: string;
  /** Absent when the test has already brought the page up. */
  path?: string;
  /** A heading that shows the page's data is there. */
  heading: string | RegExp;
  controls: (page: Page) => Locator[];
};

async function expectNoSeriousViolations(page: Page, name: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const report = serious.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(report, `axe violations on ${name}`).toEqual([]);
}

async function expectFitsPhone(page: Page, target: MainPage): Promise<void> {
  await page.setViewportSize(PHONE);
  const widths = await page.evaluate(() => ({ scroll: document.scrollingElement!.scrollWidth, viewport: window.innerWidth }));
  expect(widths.scroll, `${target.name} scrolls sideways at ${PHONE.width} px`).toBeLessThanOrEqual(widths.viewport);
  for (const control of target.controls(page)) {
    await control.scrollIntoViewIfNeeded();
    await expect(control, `${target.name}: a main control is cut off at ${PHONE.width} px`).toBeInViewport({ ratio: 1 });
  }
  await page.screenshot({ path: test.info().outputPath(`phone-${target.name.replace(/\W+/g, "-")}.png`), fullPage: true });
  await page.setViewportSize(DESKTOP);
}

async function checkPage(page: Page, target: MainPage): Promise<void> {
  await test.step(target.name, async () => {
    if (target.path) await page.goto(target.path);
    await expect(page.getByRole("heading", { name: target.heading, level: 1 }).or(page.getByRole("heading", { name: target.heading, level: 2 }))).toBeVisible(SERVER_WAIT);
    for (const control of target.controls(page)) await expect(control).toBeVisible(SERVER_WAIT);
    await expectNoSeriousViolations(page, target.name);
    await expectFitsPhone(page, target);
  });
}

test.use({ viewport: DESKTOP });

test("the sign-in page is accessible and fits a phone", async ({ page }) => {
  await checkPage(page, {
    name: "sign-in",
    path: "/sign-in",
    heading: "Sign in",
    controls: (p) => [p.getByLabel("Email"), p.getByLabel("Password"), p.getByRole("button", { name: "Sign in" })],
  });
});

test("the learner's dashboard and exercise page are accessible and fit a phone", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "ada");
  await checkPage(page, {
    name: "learner dashboard",
    path: "/",
    heading: "Hello, Ada Lovelace",
    controls: (p) => [p.getByRole("link", { name: "Warm-up: programs without threads" }), p.getByLabel("Join code"), p.getByRole("button", { name: "Join class" })],
  });
  await checkPage(page, {
    name: "exercise page",
    path: "/assignments/demo-warm-up",
    heading: "Downloads one after another",
    controls: (p) => [p.getByRole("tab", { name: "main.py", exact: true }), p.locator(".code-view").first(), p.getByLabel("Wall time"), p.getByRole("button", { name: "Submit answers" })],
  });
});

test("the result page with a witness's stepper and timeline is accessible and fits a phone", async ({ page }) => {
  test.setTimeout(300_000);
  await signUpLearner(page, "Quality Learner");
  await joinDemoClass(page);
  await openMissedWitness(page);
  await checkPage(page, {
    name: "result with stepper",
    heading: "Result of attempt 1",
    controls: (p) => [p.getByTestId("submission-score"), p.getByRole("button", { name: "Next" }), p.getByRole("button", { name: "Previous" }), p.getByRole("slider", { name: "Step" })],
  });
});

test("the teacher's class, new assignment, assignment, progress and authoring pages are accessible and fit a phone", async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page, "teacher");
  await checkPage(page, { name: "teacher home", path: "/", heading: "My classes", controls: (p) => [p.getByRole("link", { name: "Concurrency 101" })] });
  await checkPage(page, {
    name: "class page",
    path: "/classes/demo-class",
    heading: "Concurrency 101",
    controls: (p) => [p.getByRole("link", { name: "New assignment" }), p.getByRole("link", { name: "Class progress" }), p.getByRole("button", { name: "Remove Bob Learner" })],
  });
  await checkPage(page, {
    name: "new assignment",
    path: "/classes/demo-class/assignments/new",
    heading: "New assignment",
    controls: (p) => [p.getByLabel("Title"), p.getByLabel("Concept"), p.getByRole("button", { name: "Create and publish" })],
  });
  await checkPage(page, {
    name: "assignment page",
    path: "/assignments/demo-warm-up",
    heading: "Warm-up: programs without threads",
    controls: (p) => [p.getByRole("heading", { name: "Submissions per learner" })],
  });
  await checkPage(page, {
    name: "class progress",
    path: "/classes/demo-class/progress",
    heading: "Progress: Concurrency 101",
    controls: (p) => [p.getByTestId("assignment-charts").locator("svg").first(), p.getByRole("button", { name: "Download grades (CSV)" })],
  });
  await checkPage(page, {
    name: "authoring",
    path: "/exercises/new",
    heading: "Author an exercise",
    controls: (p) => [p.locator(".cm-editor").first(), p.getByRole("button", { name: "Save exercise" })],
  });
});

test("the admin's class list and users page are accessible and fit a phone", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "admin");
  await checkPage(page, { name: "admin classes", path: "/", heading: "All classes", controls: (p) => [p.getByRole("link", { name: "Progress of Concurrency 101" })] });
  await checkPage(page, { name: "admin users", path: "/admin/users", heading: "Users", controls: (p) => [p.getByLabel("Role of Grace Teacher")] });
});

test("the playground is accessible and fits a phone", async ({ page }) => {
  test.setTimeout(180_000);
  await checkPage(page, {
    name: "playground",
    path: "/playground",
    heading: "Playground",
    controls: (p) => [p.getByTestId("code-editor"), p.getByRole("button", { name: "Run", exact: true }), p.getByRole("button", { name: "Explore every outcome" })],
  });
});
