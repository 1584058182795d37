//! Notice and consent rules, each citing the SOPM lines it implements. Fixtures are compliant;
//! each test breaks one thing.

use super::*;
use crate::calendar::CalendarSet;
use crate::compliance::Finding;
use crate::language::LanguageCode;
pub(crate) use crate::meeting::fixtures::{d, student};
use crate::rules::RuleSettings;

mod consent;
mod parent;
mod pwn;

pub(crate) fn cal() -> &'static CalendarSet {
    CalendarSet::standard()
}

pub(crate) fn rs() -> RuleSettings {
    RuleSettings::default()
}

pub(crate) fn ids(f: &[Finding]) -> Vec<&str> {
    f.iter().map(|f| f.rule_id.as_str()).collect()
}

pub(crate) fn birth_parent() -> Signer {
    Signer {
        name: "P. Reyes".into(),
        parent_type: ParentType::BirthOrAdoptive,
        named_by_court_order: false,
        birth_parent_status: BirthParentStatus::Intact,
        custody: None,
        gol_designation: None,
    }
}
