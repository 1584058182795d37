// TEST DOUBLE. A few goal-bank entries for the in-memory backend (the real bank has 160, in
// assets/data/goal-bank.toml, and the real `goal` comes from Rust's BankGoal::to_annual_goal).
import type { BankGoal, GoalBankEntry } from "../bindings";

function entry(bank: BankGoal): GoalBankEntry {
  return {
    bank,
    goal: {
      id: "",
      bank_id: bank.id,
      need_area: bank.area,
      need_ids: [],
      skill: bank.skill,
      condition: bank.condition,
      criterion: bank.criterion,
      method: bank.method,
      schedule: bank.schedule,
      objective_kind: bank.benchmarks.length > 0 ? "benchmarks" : "none",
      objectives: bank.benchmarks.map((text) => ({ text, by: null })),
      postsecondary_goal_id: null,
    },
  };
}

export const MEMORY_GOAL_BANK: GoalBankEntry[] = [
  entry({
    id: "read-decode-multisyllabic",
    area: "reading",
    skill: "will decode multisyllabic words using syllable types",
    condition: "Given a list of 20 unfamiliar multisyllabic words at grade level",
    criterion: "with 80% accuracy in 4 of 5 trials",
    method: "curriculum_based_measurement",
    schedule: "biweekly",
    benchmarks: ["By the first progress report: with 60% accuracy in 4 of 5 trials"],
  }),
  entry({
    id: "read-fluency-wcpm",
    area: "reading",
    skill: "will read aloud a grade-level passage at 110 words correct per minute",
    condition: "Given an unpracticed grade-level passage",
    criterion: "on 3 consecutive weekly probes",
    method: "curriculum_based_measurement",
    schedule: "weekly",
    benchmarks: [],
  }),
  entry({
    id: "math-word-problems",
    area: "math",
    skill: "will solve two-step word problems and show the operations used",
    condition: "Given 10 grade-level word problems",
    criterion: "with 80% accuracy in 4 of 5 trials",
    method: "work_samples",
    schedule: "monthly",
    benchmarks: [],
  }),
  entry({
    id: "se-coping-strategy",
    area: "social_emotional",
    skill: "will name the feeling and use a coping strategy from a list",
    condition: "When frustrated during class work",
    criterion: "in 4 of 5 observed opportunities",
    method: "observation",
    schedule: "weekly",
    benchmarks: [],
  }),
];
