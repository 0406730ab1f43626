export { readConfig, type Config } from "./env.ts";
export { pipelinedTransaction, type PipelinedTransaction } from "./pipeline.ts";
export { reusable } from "./reusable.ts";
export {
  migrationsFolder,
  openDatabase,
  targetFromConfig,
  type Backend,
  type Database,
  type DatabaseHandle,
  type DatabaseTarget,
  type Transaction,
} from "./client.ts";
export {
  countRows,
  demoAccounts,
  demoAssignments,
  demoClass,
  demoLearnerIds,
  demoPassword,
  seedDemo,
  type PasswordHasher,
} from "./seed.ts";
export * as schema from "./schema.ts";
export type { Role } from "./schema.ts";
export { answerReleases, assignmentStatuses, latePolicies, roles, submissionStatuses } from "./schema.ts";
