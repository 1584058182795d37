//! Informed consent (L207) and partial consent (L209).

use super::parent::{check_signer, Signer};
use crate::calendar::CalendarSet;
use crate::compliance::Finding;
use crate::rules::RuleSettings;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ConsentKind {
    InitialEvaluation,
    InitialProvisionOfServices,
    AdditionalAssessments,
}

/// What the parent must be told before consenting (L207).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS, schemars::JsonSchema)]
#[serde(default)]
pub struct Disclosures {
    /// Which records will be shared and with whom.
    pub records_shared: bool,
    /// What testing will be done.
    pub testing: bool,
    pub may_decline: bool,
    pub may_revoke: bool,
    /// A revocation does not undo what was already done.
    pub revocation_not_retroactive: bool,
}

/// One proposed activity and the parent's answer (partial consent, L209).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema)]
pub struct ConsentItem {
    pub activity: String,
    pub consented: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema)]
pub struct Consent {
    pub kind: ConsentKind,
    pub signer: Signer,
    pub signed_in_writing: bool,
    pub received_on: NaiveDate,
    pub disclosures: Disclosures,
    pub items: Vec<ConsentItem>,
    /// When the supervisor of school psychologists was consulted on a partial consent (L209).
    pub supervisor_consulted_on: Option<NaiveDate>,
    pub revoked_on: Option<NaiveDate>,
}

impl Consent {
    pub fn is_partial(&self) -> bool {
        self.items.iter().any(|i| i.consented) && self.items.iter().any(|i| !i.consented)
    }
}

/// The activities that may start on `on`: those consented to, when the consent is written, given
/// by someone who may sign, and not revoked by then. A partial consent is processed as full for
/// the timeline (L209) but only its consented activities may be done; a revocation applies from
/// its date on (L207).
pub fn what_can_start<'a>(
    c: &'a Consent,
    on: NaiveDate,
    calendars: &CalendarSet,
    settings: &RuleSettings,
) -> Vec<&'a str> {
    let blocked = !c.signed_in_writing
        || c.revoked_on.is_some_and(|r| r <= on)
        || check_signer(&c.signer, c.kind, c.received_on, calendars, settings)
            .iter()
            .any(Finding::blocks);
    if blocked {
        return Vec::new();
    }
    c.items
        .iter()
        .filter(|i| i.consented)
        .map(|i| i.activity.as_str())
        .collect()
}

pub fn check_consent(
    c: &Consent,
    calendars: &CalendarSet,
    settings: &RuleSettings,
) -> Vec<Finding> {
    let mut f = check_signer(&c.signer, c.kind, c.received_on, calendars, settings);
    if !c.signed_in_writing {
        f.push(
            Finding::error(
                "consent-not-written",
                "L207",
                "Consent must be given in writing, with the parent's signature.",
            )
            .at("signed_in_writing"),
        );
    }
    let d = &c.disclosures;
    let missing: Vec<&str> = [
        (
            d.records_shared,
            "which records will be shared and with whom",
        ),
        (d.testing, "what testing will be done"),
        (d.may_decline, "that consent may be declined"),
        (d.may_revoke, "that consent may be revoked at any time"),
        (
            d.revocation_not_retroactive,
            "that a revocation does not undo what was already done",
        ),
    ]
    .into_iter()
    .filter_map(|(told, what)| (!told).then_some(what))
    .collect();
    if !missing.is_empty() {
        f.push(
            Finding::error(
                "consent-disclosure-missing",
                "L207",
                format!(
                    "The parent was not told {}; consent is informed only when they were.",
                    missing.join(", ")
                ),
            )
            .at("disclosures"),
        );
    }
    if c.items.is_empty() {
        f.push(
            Finding::error(
                "consent-items-missing",
                "L209",
                "List the proposed activities the parent consents (or not) to.",
            )
            .at("items"),
        );
    }
    if c.is_partial() && c.supervisor_consulted_on.is_none() {
        f.push(Finding::warning("partial-consent-escalate", "L209",
            "The parent consented to some activities only: process the form as full consent and consult the supervisor of school psychologists on how to proceed.").at("supervisor_consulted_on"));
    }
    f
}
