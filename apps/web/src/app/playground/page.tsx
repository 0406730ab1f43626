import type { Metadata } from "next";
import { PlaygroundLoader } from "./playground-loader";

export const metadata: Metadata = { title: "Playground · Interleave" };

export default function PlaygroundPage() {
  return <PlaygroundLoader />;
}
