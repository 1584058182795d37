// Fixed display text: role and grade labels, the seven Present Levels components, status words.
import type { Grade, IepStatus, PresentLevels, Role, StepStatus } from "./bindings";

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

export type PresentLevelKey = keyof PresentLevels;

/** The seven components of Present Levels of Performance and Individual Needs (SOPM L1993–L2017). */
export const PRESENT_LEVEL_FIELDS: ReadonlyArray<{ key: PresentLevelKey; title: string; hint: string; sopm: string }> = [
  {
    key: "evaluation_results",
    title: "Evaluation Results",
    hint: "Most recent evaluations with their dates, State and district-wide assessment results, and their instructional implications.",
    sopm: "L1995",
  },
  {
    key: "academic_achievement",
    title: "Academic Achievement, Functional Performance and Learning Characteristics",
    hint: "Strengths and needs, how the student learns, adaptive and daily-living skills, rate of progress, interests.",
    sopm: "L2015",
  },
  {
    key: "social_development",
    title: "Social Development",
    hint: "Relationships with peers and adults, self-image, and adjustment to school and community.",
    sopm: "L1999",
  },
  {
    key: "physical_development",
    title: "Physical Development",
    hint: "Motor and sensory development, health and vitality, physical abilities or limits that bear on learning.",
    sopm: "L2003",
  },
  {
    key: "management_needs",
    title: "Management Needs",
    hint: "The environmental modifications and the human and material resources the student needs.",
    sopm: "L2007",
  },
  {
    key: "effect_on_general_education",
    title: "Effect of Student Needs on Involvement and Progress in the General Education Curriculum",
    hint: "How the disability affects content, method, assessment, materials and physical environment in general education.",
    sopm: "L2011",
  },
  {
    key: "special_factor_needs",
    title: "Student Needs Relating to Special Factors",
    hint: "Behavior, English language learning, vision, hearing, communication and assistive technology needs the team considered.",
    sopm: "L2017",
  },
];

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
