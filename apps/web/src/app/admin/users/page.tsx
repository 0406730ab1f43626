"use client";
import { UserAdmin } from "@/components/admin/user-admin";

export default function Page() {
  return <UserAdmin />;
}
