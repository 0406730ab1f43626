"use client";
import { useId, useState } from "react";
import { TabList, tabPanelProps } from "@/components/tabs";
import { formatDate, plural } from "@/lib/format";
import type { RouterOutputs } from "@/lib/types";
import { ExerciseItem } from "./exercise-item";

export type Attempt = RouterOutputs["attempts"]["start"];
export type AttemptItem = Attempt["questions"][number];

/** An assignment's exercises, one at a time, with the assignment's rules at the top. */
export function AttemptView({ attempt, editable }: { attempt: Attempt; editable: boolean }) {
  const [position, setPosition] = useState(attempt.questions[0]?.position ?? 0);
  const selectedIndex = Math.max(0, attempt.questions.findIndex((q) => q.position === position));
  const item = attempt.questions[selectedIndex];
  const tabsId = useId();
  const { assignment } = attempt;
  return (
    <>
      <h1>{assignment.title}</h1>
      <p className="muted">
        Due {formatDate(assignment.dueAt)} · {assignment.attemptsAllowed === null ? "unlimited attempts" : `${plural(assignment.attemptsAllowed, "attempt")} per exercise`} · answers{" "}
        {attempt.answersReleased ? "shown after each submission" : assignment.answerRelease === "never" ? "not released" : "released after the due date"}
      </p>
      <TabList
        label="Exercises"
        idBase={tabsId}
        style={{ marginBottom: "1rem" }}
        tabs={attempt.questions.map((q, i) => ({ key: q.position, label: <>{i + 1}. {q.exercise.title} <ItemMark item={q} /></> }))}
        selected={selectedIndex}
        onSelect={(i) => setPosition(attempt.questions[i]!.position)}
      />
      <div {...tabPanelProps(tabsId, selectedIndex)}>{item && <ExerciseItem key={item.position} attemptId={attempt.id} item={item} assignment={assignment} editable={editable} />}</div>
    </>
  );
}

function ItemMark({ item }: { item: AttemptItem }) {
  const last = item.submissions.at(-1);
  if (!last || last.score === null) return null;
  return <span className="badge">{`${last.score}/${last.maxScore}`}</span>;
}
