//! Postsecondary goals, transition needs and courses of study, coordinated transition activities
//! (L2061–L2107, L2489–L2509), required from the transition age (decision I-1).

use super::{blank, err, warn, ContentCx};
use crate::compliance::Finding;
use crate::iep::postsecondary::PostsecondaryArea;
use crate::iep::transition::TransitionArea;
use chrono::Months;

/// Responsible parties the manual refuses on their own (L2507).
const NOT_SPECIFIC: [&str; 7] = [
    "student",
    "the student",
    "parent",
    "the parent",
    "parents",
    "family",
    "the family",
];

pub fn check(cx: &ContentCx) -> Vec<Finding> {
    let mut out = Vec::new();
    if !cx.transition_expected() {
        return out;
    }
    let c = cx.content;
    let ps = &c.postsecondary;
    let age = cx.rules.transition_planning_age;
    for (area, name) in [
        (
            PostsecondaryArea::EducationTraining,
            "education and training",
        ),
        (PostsecondaryArea::Employment, "employment"),
    ] {
        if !ps.goals.iter().any(|g| g.area == Some(area)) {
            out.push(err(
                "postsecondary-goal-missing",
                "L2061",
                "postsecondary.goals",
                format!("From age {age} the IEP has a measurable postsecondary goal for {name}."),
            ));
        }
    }
    for (i, g) in ps.goals.iter().enumerate() {
        let at = format!("postsecondary.goals.{i}");
        if g.area.is_none() {
            out.push(err(
                "postsecondary-goal-incomplete",
                "L2061",
                format!("{at}.area"),
                "Choose the goal's area.",
            ));
        }
        if blank(&g.goal) {
            out.push(err(
                "postsecondary-goal-incomplete",
                "L2061",
                format!("{at}.goal"),
                "Write the measurable postsecondary goal.",
            ));
        }
        if g.based_on.is_empty() {
            out.push(err("postsecondary-goal-incomplete", "L2061", format!("{at}.based_on"), "A postsecondary goal is based on age-appropriate transition assessments: say which."));
        }
        if blank(&g.student_preferences) {
            out.push(warn(
                "postsecondary-preferences-missing",
                "L2061",
                format!("{at}.student_preferences"),
                "Say how the goal reflects the student's preferences and interests.",
            ));
        }
    }
    let stale = ps.updated_on.is_none_or(|d| {
        d.checked_add_months(Months::new(12))
            .is_some_and(|next| next < cx.on)
    });
    if !ps.goals.is_empty() && stale {
        out.push(warn("postsecondary-goals-not-updated", "L2061", "postsecondary.updated_on", "Postsecondary goals are updated at least once a year: record when they were last reviewed."));
    }
    if blank(&ps.courses_of_study) {
        out.push(err(
            "courses-of-study-missing",
            "L2081",
            "postsecondary.courses_of_study",
            format!("From age {age} the IEP states the transition needs and courses of study."),
        ));
    }
    if !c.annual_goals.goals.is_empty()
        && !ps.goals.is_empty()
        && c.annual_goals
            .goals
            .iter()
            .all(|g| g.postsecondary_goal_id.is_none())
    {
        out.push(warn("annual-goals-not-linked-to-postsecondary", "L2113", "annual_goals.goals", "From age 14 annual goals should also support the postsecondary goals: link at least one."));
    }

    let ta = &c.transition_activities;
    if ta.activities.is_empty() {
        out.push(err(
            "transition-activities-missing",
            "L2489",
            "transition_activities.activities",
            format!("From age {age} the IEP has a coordinated set of transition activities."),
        ));
    }
    for (i, a) in ta.activities.iter().enumerate() {
        let at = format!("transition_activities.activities.{i}");
        if a.area.is_none() {
            out.push(err(
                "transition-activity-incomplete",
                "L2507",
                format!("{at}.area"),
                "Choose the activity's area.",
            ));
        }
        if blank(&a.activity) {
            out.push(err(
                "transition-activity-incomplete",
                "L2507",
                format!("{at}.activity"),
                "Describe the specific activity.",
            ));
        }
        if blank(&a.responsible) {
            out.push(err(
                "transition-activity-incomplete",
                "L2507",
                format!("{at}.responsible"),
                "Name who is responsible: a staff role or title, or an outside agency.",
            ));
        } else if NOT_SPECIFIC.contains(&a.responsible.trim().to_lowercase().as_str()) {
            out.push(err("transition-responsible-not-specific", "L2507", format!("{at}.responsible"), "\"Student\", \"parent\" or \"family\" alone is not a responsible party: name a staff role or title, or an outside agency."));
        }
        if a.outside_agency && !a.parent_consent_to_invite {
            out.push(err(
                "transition-agency-consent-missing",
                "L2507",
                format!("{at}.parent_consent_to_invite"),
                "An outside agency is invited only with the parent's consent: record it.",
            ));
        }
        if a.area == Some(TransitionArea::RelatedServices)
            && !c
                .programs_services
                .related_services
                .iter()
                .any(|s| s.transition_service)
        {
            out.push(warn("transition-service-not-recommended", "L2493", format!("{at}.area"), "A related service listed as a transition activity must also be among the recommended related services (mark it a transition service)."));
        }
    }
    if ta.functional_vocational_assessment_needed.is_none() {
        out.push(err(
            "functional-vocational-assessment-not-indicated",
            "L2507",
            "transition_activities.functional_vocational_assessment_needed",
            "Indicate whether a functional vocational assessment is needed.",
        ));
    }
    out
}
