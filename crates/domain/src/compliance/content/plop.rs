//! Evaluations, classification, present levels and the needs list (L1805–L1995, L1993–L2035).

use super::{blank, err, warn, ContentCx};
use crate::compliance::Finding;
use crate::iep::Classification;
use crate::meeting::MeetingType;

pub fn check(cx: &ContentCx) -> Vec<Finding> {
    let c = cx.content;
    let mut out = Vec::new();
    let ev = &c.evaluation;
    if ev.evaluations.is_empty() {
        out.push(err("evaluations-missing", "L1995", "evaluation.evaluations", "List the evaluations the team considered, each with its date: the IEP must show the most recent evaluations and their dates."));
    }
    for (i, e) in ev.evaluations.iter().enumerate() {
        let at = format!("evaluation.evaluations.{i}");
        if e.kind.is_none() {
            out.push(err(
                "evaluation-incomplete",
                "L1995",
                format!("{at}.kind"),
                "Say what kind of evaluation this is.",
            ));
        }
        if e.date.is_none() {
            out.push(err(
                "evaluation-incomplete",
                "L1995",
                format!("{at}.date"),
                "Give the evaluation's date: the IEP shows each evaluation with its date.",
            ));
        }
        if blank(&e.summary) {
            out.push(err(
                "evaluation-incomplete",
                "L1995",
                format!("{at}.summary"),
                "Summarize the evaluation's results and what they mean for instruction.",
            ));
        }
    }
    match ev.classification {
        None => out.push(err("classification-missing", "L1805", "evaluation.classification", "Choose the one disability classification that most affects the student's educational performance.")),
        Some(cl) => {
            let kinds: Vec<_> = ev.evaluations.iter().filter(|e| e.date.is_some()).filter_map(|e| e.kind).collect();
            for alternatives in cl.required_evidence() {
                if !alternatives.iter().any(|k| kinds.contains(k)) {
                    let names: Vec<String> = alternatives.iter().map(|k| serde_json::to_value(k).unwrap().as_str().unwrap().replace('_', " ")).collect();
                    out.push(err(
                        "classification-evidence-missing",
                        cl.evidence_sopm(),
                        "evaluation.classification",
                        format!("This classification rests on a dated evaluation of this kind: {}. Add it to the evaluations.", names.join(" or ")),
                    ));
                }
            }
            let initial = c.meeting.as_ref().is_some_and(|m| m.effective_type() == MeetingType::Initial);
            if initial && matches!(cl, Classification::EmotionalDisturbance | Classification::LearningDisability) && !ev.justification_form_signed {
                let sopm = if cl == Classification::EmotionalDisturbance { "L1889" } else { "L1925" };
                out.push(err("justification-form-missing", sopm, "evaluation.justification_form_signed", "An initial emotional-disturbance or learning-disability classification needs the Justification Form, completed and signed by the team."));
            }
        }
    }

    let pl = &c.present_levels;
    for (name, text) in pl.components() {
        if blank(text) {
            out.push(err("plop-component-missing", "L1993", format!("present_levels.{name}"), "Every one of the seven present-levels components is required: goals and services rest on them."));
        }
    }
    if blank(&pl.parent_concerns) {
        out.push(warn(
            "plop-parent-concerns-missing",
            "L2025",
            "present_levels.parent_concerns",
            "Record the parent's concerns about the child's education.",
        ));
    }
    if c.special_factors.ell.applies == Some(true) && blank(&pl.ell_language_impact) {
        out.push(err("plop-ell-impact-missing", "L2033", "present_levels.ell_language_impact", "For an ELL or a student evaluated bilingually, describe how each language affects the student and the language-related needs."));
    }
    if pl.needs.is_empty() {
        out.push(err("plop-needs-missing", "L2035", "present_levels.needs", "List the needs the present levels identify: every need must be addressed by an annual goal."));
    }
    for (i, n) in pl.needs.iter().enumerate() {
        let at = format!("present_levels.needs.{i}");
        if n.area.is_none() {
            out.push(err(
                "plop-need-incomplete",
                "L2035",
                format!("{at}.area"),
                "Choose the area of this need.",
            ));
        }
        if blank(&n.description) {
            out.push(err(
                "plop-need-incomplete",
                "L2035",
                format!("{at}.description"),
                "Describe the need.",
            ));
        }
        if !c
            .annual_goals
            .goals
            .iter()
            .any(|g| g.need_ids.contains(&n.id))
        {
            out.push(err(
                "plop-need-not-addressed",
                "L2035",
                at,
                format!("No annual goal addresses this need{}: every need in the present levels must be addressed by at least one measurable annual goal.", if blank(&n.description) { String::new() } else { format!(" (\"{}\")", n.description.trim()) }),
            ));
        }
    }
    out
}
