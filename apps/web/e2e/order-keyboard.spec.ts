// The keyboard alternative to drag-to-order, and drafts kept across a reload. Runs after home.spec
// (it adds a user and an assignment).
import { expect, test, type Page } from "@playwright/test";
import { callMutation, joinDemoClass, SERVER_WAIT, signIn, signUpLearner } from "./helpers";

async function linesInOrder(page: Page): Promise<string[]> {
  return page.locator(".order-list li code").allInnerTexts();
}

test("a learner orders lines with the keyboard alone, and the draft survives a reload", async ({ page, browser }) => {
  test.setTimeout(180_000);
  // The teacher sets an assignment with the event-wait exercise (an order question).
  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  await signIn(teacher, "teacher");
  const { id } = await callMutation<{ id: string }>(teacher, "assignments.create", { classId: "demo-class", title: "Events in order", exerciseIds: ["event-wait"], answerRelease: "immediately" });
  await callMutation(teacher, "assignments.publish", { assignmentId: id });
  await teacherContext.close();

  await signUpLearner(page, "Keyboard Learner");
  await joinDemoClass(page);
  await page.getByRole("link", { name: "Events in order" }).click();
  await expect(page.getByRole("heading", { name: "Waiting for an Event" })).toBeVisible(SERVER_WAIT);
  const start = await linesInOrder(page);
  expect(start).toHaveLength(3);
  const [first, second, third] = start as [string, string, string];

  // Start on the first line's "down" button ("up" is disabled there, so Tab skips it).
  await page.getByRole("button", { name: `Move "${first}" down` }).focus();
  await page.keyboard.press("Enter");
  expect(await linesInOrder(page)).toEqual([second, first, third]);
  // Focus followed the line; Space moves it again, to the end, where only "up" is left to focus.
  await expect(page.getByRole("button", { name: `Move "${first}" down` })).toBeFocused();
  await page.keyboard.press("Space");
  expect(await linesInOrder(page)).toEqual([second, third, first]);
  await expect(page.getByRole("button", { name: `Move "${first}" up` })).toBeFocused();
  // Alt+↑ moves the focused line too; the move is announced to screen readers.
  await page.keyboard.press("Alt+ArrowUp");
  expect(await linesInOrder(page)).toEqual([second, first, third]);
  await expect(page.getByText(`${first} moved to position 2 of 3`)).toBeAttached();

  await expect(page.getByText("Draft saved")).toBeVisible(SERVER_WAIT);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Waiting for an Event" })).toBeVisible(SERVER_WAIT);
  expect(await linesInOrder(page)).toEqual([second, first, third]);
});
