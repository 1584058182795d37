//! Edit-time validation: values that cannot be right whatever else the IEP says (a group of 0, a
//! SETSS group of 9, a benchmark without text, vague testing-accommodation wording, dates out of
//! order). Each is refused with a [`FieldError`] at the exact dotted path, and the edit changes
//! nothing. What is merely missing or non-compliant is a finding, not an edit error.

use super::common::{known_language, Frequency, GroupKind};
use super::programs::{ProgramKind, SETSS_MAX_GROUP};
use super::testing::vague_phrase;
use super::{IepContent, MAX_NARRATIVE_CHARS};
use crate::error::{DomainError, FieldError};

/// Gives every new need, postsecondary goal and annual goal an id, so goals and services can link
/// to it. Ids are never shown or typed (`x-hidden`).
pub fn assign_ids(content: &mut IepContent) {
    // The last 8 hex digits of a v7 uuid are random (the first ones are the clock).
    let fresh = |prefix: &str| {
        format!(
            "{prefix}-{}",
            &uuid::Uuid::now_v7().simple().to_string()[24..]
        )
    };
    for n in content
        .present_levels
        .needs
        .iter_mut()
        .filter(|n| n.id.is_empty())
    {
        n.id = fresh("need");
    }
    for g in content
        .postsecondary
        .goals
        .iter_mut()
        .filter(|g| g.id.is_empty())
    {
        g.id = fresh("psg");
    }
    for g in content
        .annual_goals
        .goals
        .iter_mut()
        .filter(|g| g.id.is_empty())
    {
        g.id = fresh("goal");
    }
}

/// Every structurally impossible value in the content, at its dotted path.
pub fn content_errors(c: &IepContent) -> Vec<FieldError> {
    let mut out = Vec::new();
    long_texts(
        &serde_json::to_value(c).expect("content serializes"),
        String::new(),
        &mut out,
    );

    let meeting_date = c.meeting.as_ref().map(|m| m.date());
    for (i, e) in c.evaluation.evaluations.iter().enumerate() {
        if let (Some(d), Some(m)) = (e.date, meeting_date) {
            if d > m {
                out.push(FieldError::new(
                    format!("evaluation.evaluations.{i}.date"),
                    format!("The evaluation is dated {d}, after the IEP meeting on {m}; the team can only consider evaluations already done."),
                ));
            }
        }
    }

    for (i, g) in c.annual_goals.goals.iter().enumerate() {
        let mut last = None;
        for (j, o) in g.objectives.iter().enumerate() {
            let at = format!("annual_goals.goals.{i}.objectives.{j}");
            if o.text.trim().is_empty() {
                out.push(FieldError::new(
                    format!("{at}.text"),
                    "An objective or benchmark needs its text: what the student will do by then.",
                ));
            }
            if let (Some(prev), Some(by)) = (last, o.by) {
                if by < prev {
                    out.push(FieldError::new(format!("{at}.by"), format!("This step is due {by}, before the previous one ({prev}); list the steps in order.")));
                }
            }
            last = o.by.or(last);
        }
    }
    if c.progress_reporting.times_per_year == Some(0) {
        out.push(FieldError::new(
            "progress_reporting.times_per_year",
            "Progress is reported at least once a year; enter how many reports.",
        ));
    }

    let ps = &c.programs_services;
    for (i, p) in ps.programs.iter().enumerate() {
        let at = format!("programs_services.programs.{i}");
        frequency(&p.frequency, &at, &mut out);
        positive(
            p.duration_minutes.map(u32::from),
            &format!("{at}.duration_minutes"),
            "A duration",
            &mut out,
        );
        positive(
            p.group_size.map(u32::from),
            &format!("{at}.group_size"),
            "A group size",
            &mut out,
        );
        if p.program == Some(ProgramKind::Setss) {
            if let Some(n) = p.group_size.filter(|n| *n > SETSS_MAX_GROUP) {
                out.push(FieldError::new(format!("{at}.group_size"), format!("A SETSS group has at most {SETSS_MAX_GROUP} students (SOPM L2167); this says {n}.")));
            }
        }
        if let (Some(ratio), Some(setting)) = (p.ratio, p.setting) {
            if !ratio.offered_in(setting) {
                out.push(FieldError::new(format!("{at}.ratio"), "This class ratio is not offered in the chosen setting (SOPM L2175): District 1–32 has 12:1, 15:1, 12:1+1 and 8:1+1 (Horizon); District 75 has 12:1+1, 12:1+(3:1), 8:1+1 and 6:1+1."));
            }
        }
        if !known_language(&p.language) {
            out.push(FieldError::new(
                format!("{at}.language"),
                "Not a language code IEP Desk knows (assets/data/languages.toml).",
            ));
        }
    }
    for (i, s) in ps.related_services.iter().enumerate() {
        let at = format!("programs_services.related_services.{i}");
        frequency(&s.frequency, &at, &mut out);
        positive(
            s.duration_minutes.map(u32::from),
            &format!("{at}.duration_minutes"),
            "A duration",
            &mut out,
        );
        match (s.group, s.group_size) {
            (Some(GroupKind::Group), Some(n)) if n < 2 => out.push(FieldError::new(format!("{at}.group_size"), format!("A group has at least 2 students; this says {n}. Choose individual for one student."))),
            (Some(GroupKind::Individual), Some(n)) if n != 1 => out.push(FieldError::new(format!("{at}.group_size"), "An individual service has no group size; choose group, or leave the size empty.")),
            _ => {}
        }
        if !known_language(&s.language) {
            out.push(FieldError::new(
                format!("{at}.language"),
                "Not a language code IEP Desk knows (assets/data/languages.toml).",
            ));
        }
    }
    if c.twelve_month.duration_minutes == Some(0) {
        out.push(FieldError::new(
            "twelve_month.duration_minutes",
            "A duration is at least 1 minute.",
        ));
    }
    frequency(&c.twelve_month.frequency, "twelve_month", &mut out);

    for (i, t) in c.testing_accommodations.accommodations.iter().enumerate() {
        let at = format!("testing_accommodations.accommodations.{i}");
        for (field, text) in [
            ("specification", &t.specification),
            ("condition", &t.condition),
        ] {
            if let Some(p) = vague_phrase(text) {
                out.push(FieldError::new(
                    format!("{at}.{field}"),
                    format!("\"{p}\" is not specific enough: a testing accommodation says exactly what and when, applies to every test unless a condition says otherwise, and never names a particular test (SOPM L2425, L2471)."),
                ));
            }
        }
        positive(
            t.break_minutes.map(u32::from),
            &format!("{at}.break_minutes"),
            "A break",
            &mut out,
        );
        positive(
            t.break_every_minutes.map(u32::from),
            &format!("{at}.break_every_minutes"),
            "A break interval",
            &mut out,
        );
        positive(
            t.extra_direction_readings.map(u32::from),
            &format!("{at}.extra_direction_readings"),
            "The number of extra readings",
            &mut out,
        );
        if let Some(n) = t.group_size.filter(|n| *n < 2) {
            out.push(FieldError::new(format!("{at}.group_size"), format!("A small group has at least 2 students; this says {n}. Choose individually for one student.")));
        }
        if let (Some(b), Some(every)) = (t.break_minutes, t.break_every_minutes) {
            if b >= every {
                out.push(FieldError::new(format!("{at}.break_minutes"), format!("A {b}-minute break every {every} minutes leaves no testing time between breaks.")));
            }
        }
    }
    let pl = &c.placement;
    if !known_language(&pl.language_of_instruction) {
        out.push(FieldError::new(
            "placement.language_of_instruction",
            "Not a language code IEP Desk knows (assets/data/languages.toml).",
        ));
    }
    if let (Some(consent), Some(m)) = (pl.deferral_consent_on, meeting_date) {
        if consent < m {
            out.push(FieldError::new("placement.deferral_consent_on", format!("The deferral is decided at the meeting ({m}); the parent cannot consent to it before, on {consent} (SOPM L2617).")));
        }
    }
    out
}

/// [`content_errors`] as a result.
pub fn validate_content(content: &IepContent) -> Result<(), DomainError> {
    let errors = content_errors(content);
    if errors.is_empty() {
        Ok(())
    } else {
        Err(DomainError::Invalid(errors))
    }
}

fn frequency(f: &Frequency, at: &str, out: &mut Vec<FieldError>) {
    if f.times == Some(0) {
        out.push(FieldError::new(format!("{at}.frequency.times"), "A frequency is at least 1 time per period; remove the service instead of giving it 0 times."));
    }
}

fn positive(v: Option<u32>, path: &str, what: &str, out: &mut Vec<FieldError>) {
    if v == Some(0) {
        out.push(FieldError::new(
            path,
            format!("{what} of 0 is not possible; enter at least 1 or leave it empty."),
        ));
    }
}

/// Narrative longer than [`MAX_NARRATIVE_CHARS`], anywhere in the content.
pub(crate) fn long_texts(v: &serde_json::Value, path: String, out: &mut Vec<FieldError>) {
    let join = |k: &str| {
        if path.is_empty() {
            k.to_string()
        } else {
            format!("{path}.{k}")
        }
    };
    match v {
        serde_json::Value::String(s) => {
            let n = s.chars().count();
            if n > MAX_NARRATIVE_CHARS {
                out.push(FieldError::new(
                    path,
                    format!(
                        "This text is {n} characters; a field holds at most {MAX_NARRATIVE_CHARS}."
                    ),
                ));
            }
        }
        serde_json::Value::Array(items) => items
            .iter()
            .enumerate()
            .for_each(|(i, x)| long_texts(x, join(&i.to_string()), out)),
        serde_json::Value::Object(m) => m.iter().for_each(|(k, x)| long_texts(x, join(k), out)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use crate::iep::{Iep, StartIepDraft};
    use crate::{DomainError, StudentId};
    use serde_json::json;

    fn draft() -> Iep {
        StartIepDraft {
            student_id: StudentId::new(),
        }
        .start(1)
        .0
    }

    fn refused_at(iep: &mut Iep, path: &str, value: serde_json::Value, field: &str) -> String {
        let before = iep.clone();
        match iep.edit(path, value) {
            Err(DomainError::Invalid(errors)) => {
                assert_eq!(*iep, before, "a refused edit changes nothing");
                let e = errors
                    .iter()
                    .find(|e| e.field == field)
                    .unwrap_or_else(|| panic!("no error at {field}: {errors:?}"));
                e.message.clone()
            }
            other => panic!("{path}: expected refusal, got {other:?}"),
        }
    }

    #[test]
    fn setss_group_of_nine_is_refused_and_eight_accepted() {
        let mut iep = draft();
        iep.edit(
            "programs_services.programs",
            json!([{"program": "setss", "group": "group"}]),
        )
        .unwrap();
        let msg = refused_at(
            &mut iep,
            "programs_services.programs.0.group_size",
            json!(9),
            "programs_services.programs.0.group_size",
        );
        assert!(msg.contains("at most 8") && msg.contains("L2167"), "{msg}");
        iep.edit("programs_services.programs.0.group_size", json!(8))
            .unwrap();
    }

    #[test]
    fn zero_group_duration_and_frequency_are_refused() {
        let mut iep = draft();
        iep.edit(
            "programs_services.related_services",
            json!([{"service": "counseling", "group": "group"}]),
        )
        .unwrap();
        refused_at(
            &mut iep,
            "programs_services.related_services.0.group_size",
            json!(0),
            "programs_services.related_services.0.group_size",
        );
        refused_at(
            &mut iep,
            "programs_services.related_services.0.duration_minutes",
            json!(0),
            "programs_services.related_services.0.duration_minutes",
        );
        refused_at(
            &mut iep,
            "programs_services.related_services.0.frequency.times",
            json!(0),
            "programs_services.related_services.0.frequency.times",
        );
        iep.edit("programs_services.related_services.0.group_size", json!(3))
            .unwrap();
        iep.edit(
            "programs_services.related_services.0.duration_minutes",
            json!(30),
        )
        .unwrap();
    }

    #[test]
    fn a_ratio_the_setting_does_not_offer_is_refused() {
        let mut iep = draft();
        iep.edit(
            "programs_services.programs",
            json!([{"program": "special_class", "setting": "district_1_to_32"}]),
        )
        .unwrap();
        refused_at(
            &mut iep,
            "programs_services.programs.0.ratio",
            json!("ratio_6_1_1"),
            "programs_services.programs.0.ratio",
        );
        iep.edit("programs_services.programs.0.ratio", json!("ratio_12_1_1"))
            .unwrap();
    }

    #[test]
    fn a_benchmark_without_text_and_steps_out_of_order_are_refused() {
        let mut iep = draft();
        iep.edit(
            "annual_goals.goals",
            json!([{"objective_kind": "benchmarks"}]),
        )
        .unwrap();
        refused_at(
            &mut iep,
            "annual_goals.goals.0.objectives",
            json!([{"text": " "}]),
            "annual_goals.goals.0.objectives.0.text",
        );
        refused_at(
            &mut iep,
            "annual_goals.goals.0.objectives",
            json!([{"text": "a", "by": "2026-01-31"}, {"text": "b", "by": "2025-11-01"}]),
            "annual_goals.goals.0.objectives.1.by",
        );
        iep.edit(
            "annual_goals.goals.0.objectives",
            json!([{"text": "a", "by": "2025-11-01"}, {"text": "b", "by": "2026-01-31"}]),
        )
        .unwrap();
    }

    #[test]
    fn vague_testing_accommodation_wording_is_refused() {
        let mut iep = draft();
        iep.edit(
            "testing_accommodations.accommodations",
            json!([{"category": "special_equipment"}]),
        )
        .unwrap();
        let msg = refused_at(
            &mut iep,
            "testing_accommodations.accommodations.0.specification",
            json!("Calculator as appropriate"),
            "testing_accommodations.accommodations.0.specification",
        );
        assert!(
            msg.contains("as appropriate") && msg.contains("L2425"),
            "{msg}"
        );
        refused_at(
            &mut iep,
            "testing_accommodations.accommodations.0.condition",
            json!("on Regents math"),
            "testing_accommodations.accommodations.0.condition",
        );
        iep.edit(
            "testing_accommodations.accommodations.0.specification",
            json!("Study carrel"),
        )
        .unwrap();
    }

    #[test]
    fn break_longer_than_its_interval_is_refused() {
        let mut iep = draft();
        iep.edit(
            "testing_accommodations.accommodations",
            json!([{"category": "breaks", "break_every_minutes": 30}]),
        )
        .unwrap();
        refused_at(
            &mut iep,
            "testing_accommodations.accommodations.0.break_minutes",
            json!(30),
            "testing_accommodations.accommodations.0.break_minutes",
        );
        iep.edit(
            "testing_accommodations.accommodations.0.break_minutes",
            json!(10),
        )
        .unwrap();
    }

    #[test]
    fn unknown_language_is_refused() {
        let mut iep = draft();
        refused_at(
            &mut iep,
            "placement.language_of_instruction",
            json!("xx-nope"),
            "placement.language_of_instruction",
        );
        iep.edit("placement.language_of_instruction", json!("en"))
            .unwrap();
    }
}
