// Fixed display text: role and grade labels, status words. (IEP field labels come from the content
// schema, never from here.)
import type { Grade, IepStatus, Role, StepStatus } from "./bindings";

export const ROLES: ReadonlyArray<{ value: Role; label: string }> = [
  { value: "case_manager", label: "Case manager" },
  { value: "social_worker", label: "Social worker" },
  { value: "provider", label: "Related-service provider" },
  { value: "supervisor", label: "Supervisor" },
];

export function roleLabel(role: Role): string {
  return ROLES.find((r) => r.value === role)?.label ?? role;
}

export const GRADES: readonly Grade[] = ["3K", "PK", "K", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "UG"];

export function gradeLabel(grade: Grade): string {
  switch (grade) {
    case "3K":
      return "3-K";
    case "PK":
      return "Pre-K";
    case "K":
      return "Kindergarten";
    case "UG":
      return "Ungraded";
    default:
      return `Grade ${grade}`;
  }
}

export const STEP_STATUS_LABELS: Record<StepStatus, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  complete: "Complete",
  blocked: "Blocked",
  not_required: "Not required",
};

export function iepStatusLabel(status: IepStatus): string {
  switch (status.kind) {
    case "draft":
      return "Draft";
    case "finalized":
      return "Finalized";
    case "amended":
      return "Amended";
  }
}

/** `Last, First`, as lists in NYC schools show names. */
export function listName(name: { first: string; last: string }): string {
  return `${name.last}, ${name.first}`;
}
