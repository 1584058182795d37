//! The goal bank (assets/data/goal-bank.toml, compiled in): measurable annual goals across the
//! areas of need, each structured so that picking one fills an [`AnnualGoal`] the team then edits,
//! and so the parent documents can translate it by its stable id.

use super::common::{is_measurable, NeedArea};
use super::goals::{AnnualGoal, GoalMethod, GoalSchedule, Objective, ObjectiveKind};
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;
use ts_rs::TS;

const GOAL_BANK_TOML: &str = include_str!("../../../../assets/data/goal-bank.toml");

/// One goal of the bank.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct BankGoal {
    /// Stable: documents translate by it; never renumbered or reused.
    pub id: String,
    pub area: NeedArea,
    /// What the student will do, after "the student" ("will ...").
    pub skill: String,
    pub condition: String,
    pub criterion: String,
    pub method: GoalMethod,
    pub schedule: GoalSchedule,
    /// Suggested benchmarks, where natural.
    #[serde(default)]
    pub benchmarks: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    goal: Vec<BankGoal>,
}

/// Why the bank could not be read (a build with a broken bank fails its tests, never a user).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GoalBankError {
    #[error("goal-bank.toml: {0}")]
    Parse(String),
    #[error("goal-bank.toml: goal id `{0}` appears twice")]
    DuplicateId(String),
    #[error("goal-bank.toml: goal `{id}`: {problem}")]
    Malformed { id: String, problem: String },
}

/// Reads and checks a goal bank: ids unique and kebab-case, every part written, every criterion
/// measurable (a number, a percentage or a count of trials, L2115).
pub fn parse(text: &str) -> Result<Vec<BankGoal>, GoalBankError> {
    let file: File = toml::from_str(text).map_err(|e| GoalBankError::Parse(e.to_string()))?;
    let mut seen = std::collections::HashSet::new();
    for g in &file.goal {
        if !seen.insert(g.id.as_str()) {
            return Err(GoalBankError::DuplicateId(g.id.clone()));
        }
        let bad = |problem: &str| {
            Err(GoalBankError::Malformed {
                id: g.id.clone(),
                problem: problem.into(),
            })
        };
        if g.id.is_empty()
            || !g
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            return bad("the id must be kebab-case");
        }
        if !g.skill.starts_with("will ") {
            return bad("the skill reads after \"the student\": it starts with \"will \"");
        }
        if g.condition.trim().is_empty() {
            return bad("the condition is empty");
        }
        if !is_measurable(&g.criterion) {
            return bad(
                "the criterion is not measurable (no number, percentage or count of trials)",
            );
        }
        if g.benchmarks.iter().any(|b| !is_measurable(b)) {
            return bad("a benchmark is not measurable");
        }
    }
    Ok(file.goal)
}

/// The shipped goal bank.
pub fn goal_bank() -> &'static [BankGoal] {
    static BANK: OnceLock<Vec<BankGoal>> = OnceLock::new();
    BANK.get_or_init(|| parse(GOAL_BANK_TOML).expect("the shipped goal bank is valid (tested)"))
}

/// A bank goal by id.
pub fn find(id: &str) -> Option<&'static BankGoal> {
    goal_bank().iter().find(|g| g.id == id)
}

impl BankGoal {
    /// The annual goal this bank goal fills: every structured part, the benchmarks as benchmarks,
    /// and `bank_id` set. Ids and need links are the team's to add (the id is given on saving).
    pub fn to_annual_goal(&self) -> AnnualGoal {
        AnnualGoal {
            bank_id: Some(self.id.clone()),
            need_area: Some(self.area),
            skill: self.skill.clone(),
            condition: self.condition.clone(),
            criterion: self.criterion.clone(),
            method: Some(self.method),
            schedule: Some(self.schedule),
            objective_kind: if self.benchmarks.is_empty() {
                ObjectiveKind::None
            } else {
                ObjectiveKind::Benchmarks
            },
            objectives: self
                .benchmarks
                .iter()
                .map(|b| Objective {
                    text: b.clone(),
                    by: None,
                })
                .collect(),
            ..AnnualGoal::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{StartIepDraft, StudentId};

    #[test]
    fn the_shipped_bank_parses_with_at_least_150_goals_in_every_area() {
        let bank = parse(GOAL_BANK_TOML).unwrap();
        assert!(bank.len() >= 150, "{} goals", bank.len());
        for area in NeedArea::ALL {
            let n = bank.iter().filter(|g| g.area == area).count();
            assert!(n >= 10, "{area:?} has {n} goals");
        }
    }

    #[test]
    fn every_criterion_and_benchmark_is_measurable() {
        for g in goal_bank() {
            assert!(is_measurable(&g.criterion), "{}", g.id);
            assert!(g.benchmarks.iter().all(|b| is_measurable(b)), "{}", g.id);
        }
    }

    #[test]
    fn duplicate_ids_and_vague_criteria_are_refused() {
        let one = "[[goal]]\nid = \"x-1\"\narea = \"math\"\nskill = \"will add\"\ncondition = \"Given problems\"\ncriterion = \"CRIT\"\nmethod = \"work_samples\"\nschedule = \"weekly\"\n";
        let ok = one.replace("CRIT", "in 4 of 5 trials");
        assert_eq!(
            parse(&format!("{ok}{ok}")),
            Err(GoalBankError::DuplicateId("x-1".into()))
        );
        let vague = one.replace("CRIT", "with good accuracy");
        assert!(matches!(
            parse(&vague),
            Err(GoalBankError::Malformed { .. })
        ));
        assert!(matches!(
            parse(&ok.replace("area = \"math\"", "area = \"cooking\"")),
            Err(GoalBankError::Parse(_))
        ));
    }

    #[test]
    fn picking_a_goal_fills_an_annual_goal_the_team_can_save() {
        let g = find("read-main-idea").unwrap();
        let goal = g.to_annual_goal();
        assert_eq!(goal.bank_id.as_deref(), Some("read-main-idea"));
        assert_eq!(goal.need_area, Some(NeedArea::Reading));
        assert_eq!(goal.criterion, g.criterion);
        assert_eq!(goal.objective_kind, ObjectiveKind::Benchmarks);
        assert_eq!(goal.objectives.len(), 2);
        let mut iep = StartIepDraft {
            student_id: StudentId::new(),
        }
        .start(1)
        .0;
        iep.edit("annual_goals.goals", serde_json::json!([goal]))
            .unwrap();
        assert!(!iep.content.annual_goals.goals[0].id.is_empty());
        assert_eq!(iep.content.annual_goals.goals[0].skill, g.skill);
    }
}
