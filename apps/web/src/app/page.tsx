"use client";
import { AdminHome } from "@/components/admin/admin-home";
import { LearnerDashboard } from "@/components/learner/dashboard";
import { Landing } from "@/components/landing";
import { Loading } from "@/components/states";
import { TeacherHome } from "@/components/teacher/teacher-home";
import { useMe } from "@/lib/session";

export default function HomePage() {
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (!me.data) return <Landing />;
  if (me.data.role === "learner") return <LearnerDashboard name={me.data.name} />;
  if (me.data.role === "teacher") return <TeacherHome />;
  return <AdminHome />;
}
