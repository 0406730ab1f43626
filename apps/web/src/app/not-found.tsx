import { NotFound } from "@/components/states";

export default function PageNotFound() {
  return <NotFound title="Page not found" reason="There is no page at this address." />;
}
