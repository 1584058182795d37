//! The goal bank as the annual-goals step's picker shows it: each bank goal with the annual goal
//! picking it adds (`BankGoal::to_annual_goal`), so the UI never rebuilds a goal from its parts.

use crate::App;
use iepdesk_domain::iep::goal_bank;
use iepdesk_domain::iep::{AnnualGoal, BankGoal};
use serde::Serialize;
use ts_rs::TS;

/// One goal of the bank and the annual goal it fills.
#[derive(Debug, Clone, Serialize, TS)]
pub struct GoalBankEntry {
    pub bank: BankGoal,
    /// What picking it adds to `annual_goals.goals`; the team then edits it.
    pub goal: AnnualGoal,
}

impl App {
    /// Every goal of the shipped bank, in the bank's order (by area).
    pub fn goal_bank(&self) -> Vec<GoalBankEntry> {
        goal_bank()
            .iter()
            .map(|b| GoalBankEntry {
                bank: b.clone(),
                goal: b.to_annual_goal(),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_fills_a_goal_from_its_bank_goal() {
        let dir = tempfile::tempdir().unwrap();
        let app = App::open(dir.path().join("t.sqlite3")).unwrap();
        let bank = app.goal_bank();
        assert!(bank.len() >= 150, "{}", bank.len());
        for e in &bank {
            assert_eq!(e.goal.bank_id.as_deref(), Some(e.bank.id.as_str()));
            assert_eq!(e.goal.skill, e.bank.skill);
            assert_eq!(e.goal.need_area, Some(e.bank.area));
            assert!(
                e.goal.id.is_empty(),
                "the id is given when the goal is saved"
            );
        }
    }
}
