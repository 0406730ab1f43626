"use client";
// The playground renders in the browser only: the simulator it imports (disassemble for the stepper,
// the worker's protocol) has no business running during server rendering.
import dynamic from "next/dynamic";

const Playground = dynamic(() => import("./playground").then((m) => m.Playground), {
  ssr: false,
  loading: () => (
    <div>
      <h1>Playground</h1>
      <p role="status">Loading the editor and the simulator…</p>
    </div>
  ),
});

export function PlaygroundLoader() {
  return <Playground />;
}
