// Simulator visualisations, for the playground and the exercise result page (see README.md here).
export { RunTimeline, type RunTimelineProps } from "./run-timeline";
export { timelineFromRun, formatDuration, type RunTimelineModel, type RunTimelineRow, type RunTimelineSegment, type RunSegmentKind } from "./run-timeline-model";
export { Stepper, type StepperProps } from "./stepper";
export { stepsFromTrace, bytecodeByLine, type StepperStep, type StepperThread, type StepLocation } from "./stepper-model";
export { ProcessTreeView, type ProcessTreeViewProps } from "./process-tree-view";
export { CodeEditor, type CodeEditorProps } from "./code-editor";
export { useSimWorker, type SimJob, type SimJobRequest, type SimWorkerState } from "./use-sim-worker";
export { RunOutput, type RunOutputProps } from "./run-output";
export { SampleOutcomes } from "./sample-outcomes";
export { ExploreOutcomes, type ExploreOutcomesProps } from "./explore-outcomes";
