//! Annual goals, objectives and benchmarks, progress reporting (L2109–L2143).

use super::{blank, err, warn, ContentCx};
use crate::compliance::Finding;
use crate::iep::common::is_measurable;
use crate::iep::goals::ObjectiveKind;
use crate::iep::participation::AssessmentMode;
use std::collections::BTreeMap;

pub fn check(cx: &ContentCx) -> Vec<Finding> {
    let c = cx.content;
    let mut out = Vec::new();
    let goals = &c.annual_goals.goals;
    if goals.is_empty() {
        out.push(err("annual-goals-missing", "L2113", "annual_goals.goals", "Write measurable annual goals for each area of need; programs and services follow from them."));
    }
    let nysaa = c.assessment_participation.mode == Some(AssessmentMode::Nysaa);
    let mut per_area = BTreeMap::new();
    for (i, g) in goals.iter().enumerate() {
        let at = format!("annual_goals.goals.{i}");
        match g.need_area {
            None => out.push(err(
                "goal-need-area-missing",
                "L2113",
                format!("{at}.need_area"),
                "Choose the area of need this goal addresses.",
            )),
            Some(a) => *per_area.entry(a).or_insert(0usize) += 1,
        }
        if blank(&g.skill) {
            out.push(err("goal-part-missing", "L2113", format!("{at}.skill"), "Say what the student will do: a specific, skill-based goal achievable within a year."));
        }
        if blank(&g.condition) {
            out.push(warn("goal-condition-missing", "L2113", format!("{at}.condition"), "Say under what conditions the skill is shown (e.g. \"given a grade-level passage\")."));
        }
        if blank(&g.criterion) {
            out.push(err("goal-part-missing", "L2115", format!("{at}.criterion"), "Give the evaluation criterion: how well and over what period (e.g. 85% accuracy over five consecutive trials)."));
        } else if !is_measurable(&g.criterion) {
            out.push(err(
                "goal-criterion-not-measurable",
                "L2115",
                format!("{at}.criterion"),
                "The criterion must be measurable: a number, a percentage or a count of trials.",
            ));
        }
        if g.method.is_none() {
            out.push(err(
                "goal-part-missing",
                "L2119",
                format!("{at}.method"),
                "Choose how progress toward the goal is measured.",
            ));
        }
        if g.schedule.is_none() {
            out.push(err(
                "goal-part-missing",
                "L2123",
                format!("{at}.schedule"),
                "Choose when progress toward the goal is measured.",
            ));
        }
        for (j, id) in g.need_ids.iter().enumerate() {
            if !c.present_levels.needs.iter().any(|n| &n.id == id) {
                out.push(err("goal-links-unknown-need", "L2113", format!("{at}.need_ids.{j}"), "This goal points at a need that is no longer in the present levels: link it to a listed need."));
            }
        }
        if let Some(p) = &g.postsecondary_goal_id {
            if !c.postsecondary.goals.iter().any(|x| &x.id == p) {
                out.push(err(
                    "goal-links-unknown-postsecondary",
                    "L2113",
                    format!("{at}.postsecondary_goal_id"),
                    "This goal points at a postsecondary goal that is no longer listed.",
                ));
            }
        }
        if nysaa && (g.objective_kind == ObjectiveKind::None || g.objectives.is_empty()) {
            out.push(err("goal-benchmarks-required", "L2133", format!("{at}.objectives"), "The student takes the State alternate assessment: every annual goal needs short-term objectives or benchmarks."));
        }
        if g.objective_kind == ObjectiveKind::None && !g.objectives.is_empty() {
            out.push(warn(
                "goal-objective-kind-unset",
                "L2133",
                format!("{at}.objective_kind"),
                "Say whether these steps are short-term objectives or benchmarks.",
            ));
        }
    }
    for (area, n) in per_area {
        if n > cx.settings.max_goals_per_area {
            let name = serde_json::to_value(area)
                .unwrap()
                .as_str()
                .unwrap()
                .replace('_', " ");
            out.push(warn("too-many-goals-in-area", "L2113", "annual_goals.goals", format!("{n} goals in {name}: keep to about 3–4 per area of need so each can be met within the year.")));
        }
    }

    let pr = &c.progress_reporting;
    if pr.methods.is_empty() {
        out.push(err(
            "progress-reporting-incomplete",
            "L2143",
            "progress_reporting.methods",
            "Say how progress toward the goals is reported to the parent.",
        ));
    }
    match pr.times_per_year {
        None => out.push(err("progress-reporting-incomplete", "L2143", "progress_reporting.times_per_year", "Say how often progress is reported to the parent.")),
        Some(n) if n < cx.settings.report_cards_per_year => out.push(err(
            "progress-reporting-too-rare",
            "L2143",
            "progress_reporting.times_per_year",
            format!("Progress reports go out at least as often as report cards ({} a year); this says {n}.", cx.settings.report_cards_per_year),
        )),
        Some(_) => {}
    }
    if !pr.with_report_cards {
        out.push(warn(
            "progress-reporting-not-with-report-cards",
            "L2143",
            "progress_reporting.with_report_cards",
            "Progress reports should go out at the same times as report cards.",
        ));
    }
    out
}
