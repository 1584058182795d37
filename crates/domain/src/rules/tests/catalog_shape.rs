//! The catalog as a whole: ids, citations, coverage of the brief, serialization.

use super::*;
use std::collections::HashSet;

#[test]
fn ids_are_unique_kebab_case_and_cited() {
    let mut seen = HashSet::new();
    for rule in RuleCatalog::standard().rules() {
        assert!(seen.insert(rule.id.clone()), "duplicate id {}", rule.id);
        assert!(
            rule.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && !rule.id.starts_with('-')
                && !rule.id.ends_with('-')
                && !rule.id.contains("--"),
            "{} is not kebab-case",
            rule.id
        );
        assert!(!rule.title.is_empty(), "{}", rule.id);
        assert!(!rule.sopm_lines.is_empty(), "{} cites no SOPM line", rule.id);
        // The SOPM text dump has 3870 lines.
        assert!(rule.sopm_lines.iter().all(|&l| (1..=3870).contains(&l)), "{}", rule.id);
    }
    assert!(seen.len() >= 90, "{} rules", seen.len());
}

#[test]
fn the_brief_s_rules_are_all_there() {
    for id in [
        "initial-evaluation",
        "initial-placement",
        "reevaluation-placement",
        "requested-reevaluation",
        "notice-of-referral",
        "social-history-meeting-latest",
        "social-history-meeting-earliest",
        "notice-of-iep-meeting",
        "progress-report-request",
        "excusal-request",
        "parent-member-request",
        "iep-finalization",
        "annual-review",
        "three-year-reevaluation",
        "surrogate-appointment",
        "independent-assessment-decision",
        "withdrawal-of-consent-effective",
        "related-service-provider-assignment",
        "related-service-authorization",
        "setss-authorization",
        "p1-alert",
        "transfer-placement",
        "transfer-iep",
        "mdr-teacher-removal",
        "mdr-principal-suspension",
        "mdr-superintendent-suspension",
        "age-21-eligibility",
        "transition-planning",
        "vocational-assessment-age",
    ] {
        assert!(RuleCatalog::standard().get(id).is_some(), "missing {id}");
    }
}

#[test]
fn every_rule_computes_inside_the_loaded_years() {
    let cal = CalendarSet::standard();
    for rule in RuleCatalog::standard().rules() {
        let trigger = if rule.trigger == Trigger::DateOfBirth { d(2010, 3, 15) } else { d(2025, 10, 1) };
        let deadline =
            rule.deadline(trigger, cal, &RuleSettings::default()).unwrap_or_else(|e| panic!("{}: {e}", rule.id));
        assert!(!deadline.description.is_empty());
        match rule.timing {
            Timing::Steps(ref steps) if steps.iter().all(|s| s.direction == Direction::Before) => {
                assert!(deadline.due < trigger, "{}", rule.id)
            }
            _ => assert!(deadline.due > trigger, "{}: {} is not after {}", rule.id, deadline.due, trigger),
        }
    }
}

#[test]
fn every_span_setting_is_read_by_some_rule() {
    let used: HashSet<String> = RuleCatalog::standard().rules().iter().flat_map(|r| r.setting_names()).collect();
    let settings = serde_json::to_value(RuleSettings::default()).unwrap();
    for field in settings.as_object().unwrap().keys() {
        assert!(used.contains(field), "no rule reads RuleSettings.{field}");
    }
}

#[test]
fn summaries_and_deadlines_serialize_for_the_cli() {
    let summaries = RuleCatalog::standard().summaries(&RuleSettings::default());
    let json = serde_json::to_value(&summaries).unwrap();
    let first = &json[0];
    assert_eq!(first["id"], "referral-fax-into-sesis");
    assert_eq!(first["trigger"], "referral_received");
    assert_eq!(first["steps"][0]["period"], serde_json::json!({"per": "days", "count": 1, "unit": "business"}));

    let deadline = RuleCatalog::standard()
        .deadline("notice-of-referral", d(2025, 11, 26), CalendarSet::standard(), &RuleSettings::default())
        .unwrap();
    let json = serde_json::to_string(&deadline).unwrap();
    assert!(json.contains(r#""due":"2025-12-05""#), "{json}");
    let back: Deadline = serde_json::from_str(&json).unwrap();
    assert_eq!(back, deadline);
    assert_eq!(back.unit, Some(DayUnit::School));
}

#[test]
fn the_ui_types_have_typescript_declarations() {
    use ts_rs::{Config, TS};
    let cfg = Config::new();
    assert!(Deadline::decl(&cfg).contains("due: string"));
    assert!(RuleSummary::decl(&cfg).contains("steps: Array<StepSummary>"));
    assert!(DayUnit::decl(&cfg).contains("\"school\""));
}

#[test]
fn unknown_rule_ids_are_an_error() {
    let err = RuleCatalog::standard()
        .deadline("no-such-rule", d(2025, 10, 1), CalendarSet::standard(), &RuleSettings::default())
        .unwrap_err();
    assert_eq!(err, DeadlineError::UnknownRule("no-such-rule".into()));
}

#[test]
fn school_day_rules_outside_the_loaded_years_fail_loudly() {
    // L155: 60 school days from consent on May 1, 2027 would run past June 30, 2027.
    let err = RuleCatalog::standard()
        .get("initial-placement")
        .unwrap()
        .due(d(2027, 5, 1), CalendarSet::standard(), &RuleSettings::default())
        .unwrap_err();
    assert!(matches!(err, DeadlineError::Calendar(crate::calendar::CalendarError::NotCovered { .. })), "{err}");
    // Calendar- and business-day rules need no school calendar.
    assert_eq!(
        RuleCatalog::standard().get("initial-evaluation").unwrap().due(
            d(2030, 1, 2),
            &CalendarSet::new(),
            &RuleSettings::default()
        ),
        Ok(d(2030, 3, 3))
    );
}

#[test]
fn rules_can_be_listed_by_trigger() {
    let ids: Vec<&str> =
        RuleCatalog::standard().for_trigger(Trigger::ConsentForEvaluation).map(|r| r.id.as_str()).collect();
    assert!(ids.contains(&"initial-evaluation") && ids.contains(&"initial-placement") && ids.contains(&"p1-alert"));
}

#[test]
#[ignore = "prints the catalog for review"]
fn print_catalog() {
    for s in RuleCatalog::standard().summaries(&RuleSettings::default()) {
        println!("{:45} {:14?} {}", s.id, s.kind, s.description);
    }
}
