//! A compliance finding: one rule of the manual that a record breaks, said so a person can fix it.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Blocks finalizing the IEP (or issuing the notice).
    Error,
    /// Should be fixed or looked at; does not block.
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Finding {
    /// Stable kebab-case id; the UI and tests key on it, never on the message.
    pub rule_id: String,
    pub severity: Severity,
    /// Plain English: which member or record is missing and why.
    pub message: String,
    /// The SOPM line(s) the rule implements, e.g. "L1725" or "L1349–1353".
    pub sopm: String,
    /// The field the finding concerns, as a path (`participants[2].left_at`), when there is one.
    pub field: Option<String>,
}

impl Finding {
    pub fn error(rule_id: &str, sopm: &str, message: impl Into<String>) -> Self {
        Self::new(rule_id, Severity::Error, sopm, message)
    }

    pub fn warning(rule_id: &str, sopm: &str, message: impl Into<String>) -> Self {
        Self::new(rule_id, Severity::Warning, sopm, message)
    }

    fn new(rule_id: &str, severity: Severity, sopm: &str, message: impl Into<String>) -> Self {
        Self {
            rule_id: rule_id.into(),
            severity,
            message: message.into(),
            sopm: sopm.into(),
            field: None,
        }
    }

    pub fn at(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }

    pub fn blocks(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// The blocking findings as the field errors of a refused finalize or issue, each at its field
/// with its SOPM line and rule; `Ok` when none blocks.
pub fn refuse_if_blocked(findings: &[Finding]) -> Result<(), crate::DomainError> {
    let blockers: Vec<crate::FieldError> = findings
        .iter()
        .filter(|f| f.blocks())
        .map(|f| {
            crate::FieldError::new(
                f.field.clone().unwrap_or_default(),
                format!("{} (SOPM {}; rule {})", f.message, f.sopm, f.rule_id),
            )
        })
        .collect();
    if blockers.is_empty() {
        Ok(())
    } else {
        Err(crate::DomainError::Invalid(blockers))
    }
}
