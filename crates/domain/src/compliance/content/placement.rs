//! Assessments, participation with students without disabilities, 12-month services, language,
//! LOTE exemption, promotion criteria, transportation and placement (L2517–L2647, L2785).

use super::{blank, err, warn, ContentCx};
use crate::compliance::Finding;
use crate::iep::common::Delivery;
use crate::iep::participation::AssessmentMode;
use crate::iep::programs::{PeDetermination, ProgramKind};
use crate::student::Grade;

/// Rejection reasons the manual calls merely conclusory (L2631).
const CONCLUSORY: [&str; 4] = [
    "too restrictive",
    "not restrictive enough",
    "not ready",
    "not appropriate",
];

pub fn check(cx: &ContentCx) -> Vec<Finding> {
    let c = cx.content;
    let mut out = Vec::new();
    let grade = cx.student.grade;

    let ap = &c.assessment_participation;
    match ap.mode {
        None => out.push(err("assessment-participation-missing", "L2517", "assessment_participation.mode", "Say how the student takes part in State and district-wide assessments: standard or alternate.")),
        Some(mode) if mode.is_alternate() => {
            if blank(&ap.why_not_regular) {
                out.push(err("alternate-assessment-reasons-missing", "L2517", "assessment_participation.why_not_regular", "An alternate assessment needs the reason the student cannot take the regular assessment."));
            }
            if blank(&ap.why_alternate) {
                out.push(err("alternate-assessment-reasons-missing", "L2517", "assessment_participation.why_alternate", "An alternate assessment needs the reason the chosen alternate is appropriate."));
            }
            if mode == AssessmentMode::Nysaa {
                if !(ap.severe_cognitive_disability && ap.specialized_program && ap.support_systems) {
                    out.push(err("nysaa-eligibility-not-met", "L2519", "assessment_participation.mode", "The State alternate assessment requires all three criteria: severe cognitive disability, a highly specialized program, and support systems."));
                }
                if matches!(grade, Grade::ThreeK | Grade::PreK | Grade::K | Grade::G1 | Grade::G2) {
                    out.push(err("nysaa-grade", "L2527", "assessment_participation.mode", "NYSAA covers grades 3–12; use the district alternate assessment below grade 3."));
                }
            }
        }
        Some(_) => {}
    }

    let ps = &c.programs_services;
    let removed = ps.programs.iter().any(|p| {
        p.program == Some(ProgramKind::SpecialClass) || p.delivery == Some(Delivery::PullOut)
    }) || ps
        .related_services
        .iter()
        .any(|s| s.delivery == Some(Delivery::PullOut));
    let gp = &c.gen_ed_participation;
    if gp.full_participation.is_none() {
        out.push(err(
            "gen-ed-participation-missing",
            "L2531",
            "gen_ed_participation.full_participation",
            "Say whether the student takes part fully with students without disabilities.",
        ));
    }
    if gp.full_participation == Some(true) && removed {
        out.push(err("gen-ed-participation-contradicts-services", "L2531", "gen_ed_participation.full_participation", "A special class or a pull-out service removes the student from general education: the participation cannot be full."));
    }
    if gp.full_participation == Some(false) || removed {
        if blank(&gp.extent_not_participating) {
            out.push(err("gen-ed-extent-missing", "L2531", "gen_ed_participation.extent_not_participating", "Describe the extent the student will not take part with students without disabilities (classes, extracurricular, nonacademic)."));
        }
        if blank(&gp.removal_justification) {
            out.push(err("removal-justification-missing", "L2531", "gen_ed_participation.removal_justification", "Any removal from general education, including pull-out services, needs its justification."));
        }
    }
    if ps.physical_education == Some(PeDetermination::Adapted) && blank(&gp.physical_education) {
        out.push(warn("pe-participation-missing", "L2533", "gen_ed_participation.physical_education", "The student is not in regular PE: describe the extent of participation in physical education."));
    }

    let tm = &c.twelve_month;
    match tm.needed {
        None => out.push(err(
            "twelve-month-not-decided",
            "L2639",
            "twelve_month.needed",
            "Decide whether the student needs 12-month services to prevent substantial regression.",
        )),
        Some(true) => {
            if tm.areas.is_empty() {
                out.push(warn(
                    "twelve-month-areas-missing",
                    "L2641",
                    "twelve_month.areas",
                    "Say in which areas regression is expected.",
                ));
            }
            if tm.differs_from_school_year
                && (blank(&tm.details) || !tm.frequency.is_set() || tm.duration_minutes.is_none())
            {
                out.push(err("twelve-month-details-missing", "L2645", "twelve_month.details", "The summer services differ from the school year: record their frequency, duration and placement."));
            }
        }
        Some(false) => {}
    }

    let pl = &c.placement;
    let ell = c.special_factors.ell.applies == Some(true);
    if ell && pl.language_determination.is_none() {
        out.push(err(
            "language-determination-missing",
            "L2683",
            "placement.language_determination",
            "For an ELL the team decides: ENL only, or bilingual services.",
        ));
    }
    if ell && pl.language_of_instruction.is_none() {
        out.push(err(
            "language-of-instruction-missing",
            "L2647",
            "placement.language_of_instruction",
            "For an ELL, set the language of instruction.",
        ));
    }
    if pl.lote_exempt.is_none() {
        out.push(err("lote-exemption-not-indicated", "L2535", "placement.lote_exempt", "The IEP must say whether the student is exempt from the language-other-than-English requirement."));
    }
    let doe = pl.recommendation.is_some_and(|p| p.is_doe_school());
    let promotion_grade = matches!(
        grade,
        Grade::G3 | Grade::G4 | Grade::G5 | Grade::G6 | Grade::G7 | Grade::G8
    );
    if doe && promotion_grade && pl.promotion_criteria.is_none() {
        out.push(err("promotion-criteria-missing", "L2629", "placement.promotion_criteria", "A student in grades 3–8 in a DOE school needs standard or modified promotion criteria."));
    }
    if !promotion_grade && pl.promotion_criteria.is_some() {
        out.push(warn(
            "promotion-criteria-not-applicable",
            "L2629",
            "placement.promotion_criteria",
            "Promotion criteria are set only for grades 3–8.",
        ));
    }
    match pl.special_transportation {
        None => out.push(err(
            "special-transportation-not-indicated",
            "L2785",
            "placement.special_transportation",
            "Say whether the student needs special transportation.",
        )),
        Some(true) if pl.transportation_accommodations.is_empty() => out.push(err(
            "transportation-accommodations-missing",
            "L2811",
            "placement.transportation_accommodations",
            "Special transportation: choose the accommodations (at least door-to-door).",
        )),
        _ => {}
    }
    if pl.medical_condition.is_none() {
        out.push(err("medical-condition-not-indicated", "L2627", "placement.medical_condition", "Indicate whether a medical condition or physical limitation affects the student at school."));
    }
    if pl.health_treatment.is_none() {
        out.push(err(
            "health-treatment-not-indicated",
            "L2627",
            "placement.health_treatment",
            "Indicate whether the student needs health treatment during the school day.",
        ));
    }
    if pl.recommendation.is_none() {
        out.push(err(
            "placement-not-recommended",
            "L2547",
            "placement.recommendation",
            "Choose the placement recommendation (a setting type, not a school).",
        ));
    }
    if pl.projected_initiation.is_none() {
        out.push(err(
            "projected-initiation-missing",
            "L2163",
            "placement.projected_initiation",
            "Give the projected date the IEP starts.",
        ));
    }
    for (i, o) in pl.other_options.iter().enumerate() {
        let at = format!("placement.other_options.{i}");
        if blank(&o.option) {
            out.push(err(
                "other-option-incomplete",
                "L2631",
                format!("{at}.option"),
                "Name the option considered.",
            ));
        }
        let reason = o.rejected_because.trim().to_lowercase();
        if reason.is_empty() {
            out.push(err(
                "other-option-incomplete",
                "L2631",
                format!("{at}.rejected_because"),
                "Say why this option was rejected.",
            ));
        } else if CONCLUSORY
            .iter()
            .any(|p| reason.trim_end_matches('.') == *p)
            || reason.split_whitespace().count() < 4
        {
            out.push(warn("other-option-reason-conclusory", "L2631", format!("{at}.rejected_because"), "Say specifically why it was rejected, from the student's needs: not merely \"too restrictive\" or \"not ready\"."));
        }
    }
    if pl.deferred && pl.deferral_consent_on.is_none() {
        out.push(err(
            "deferral-consent-missing",
            "L2617",
            "placement.deferral_consent_on",
            "A deferred placement needs the parent's written consent.",
        ));
    }
    out
}
