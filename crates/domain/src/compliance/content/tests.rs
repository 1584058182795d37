//! Every content rule against the fully filled, compliant high-school IEP of
//! tests/cases/high-school-full.json: it stays silent there, and fires at its field after one
//! change that breaks it. SOPM lines are in each rule's finding (checked below against the table).

use super::{transition_required, ContentSettings};
use crate::calendar::CalendarSet;
use crate::case::Case;
use crate::compliance::iep::check_iep_content;
use crate::compliance::{Ctx, Finding, MeetingSettings, Severity};
use crate::iep::common::NeedArea;
use crate::iep::evaluation::Classification;
use crate::iep::goals::ObjectiveKind;
use crate::iep::participation::AssessmentMode;
use crate::iep::placement::{LanguageDetermination, PromotionCriteria};
use crate::iep::programs::{
    ClassRatio, ClassSetting, ParaType, PeDetermination, ProgramKind, RelatedServiceType,
    SupportKind,
};
use crate::iep::testing::AccommodationCategory;
use crate::iep::transition::TransitionArea;
use crate::iep::Need;
use crate::rules::RuleSettings;
use crate::student::Grade;
use chrono::NaiveDate;

const FULL: &str = include_str!("../../../../../tests/cases/high-school-full.json");

fn full() -> Case {
    Case::from_json(FULL).expect("the full case reads")
}

fn findings(case: &Case) -> Vec<Finding> {
    let rules = RuleSettings::default();
    let meeting = MeetingSettings::default();
    let cx = Ctx {
        today: NaiveDate::from_ymd_opt(2026, 3, 16).unwrap(),
        calendars: CalendarSet::standard(),
        rules: &rules,
        meeting: &meeting,
    };
    check_iep_content(&case.iep, &case.student, &cx, &ContentSettings::default())
}

type Break = fn(&mut Case);

/// (rule id, SOPM line, field it fires at, the change that breaks it)
fn table() -> Vec<(&'static str, &'static str, &'static str, Break)> {
    vec![
        // evaluations and classification (L1805–L1995)
        (
            "evaluations-missing",
            "L1995",
            "evaluation.evaluations",
            |c| c.iep.evaluation.evaluations.clear(),
        ),
        (
            "evaluation-incomplete",
            "L1995",
            "evaluation.evaluations.0.date",
            |c| c.iep.evaluation.evaluations[0].date = None,
        ),
        (
            "classification-missing",
            "L1805",
            "evaluation.classification",
            |c| c.iep.evaluation.classification = None,
        ),
        (
            "classification-evidence-missing",
            "L1957",
            "evaluation.classification",
            |c| c.iep.evaluation.classification = Some(Classification::SpeechOrLanguageImpairment),
        ),
        (
            "justification-form-missing",
            "L1925",
            "evaluation.justification_form_signed",
            |c| {
                c.iep.evaluation.classification = Some(Classification::LearningDisability);
                c.iep.meeting.as_mut().unwrap().meeting_type = crate::meeting::MeetingType::Initial;
            },
        ),
        // present levels (L1993–L2035)
        (
            "plop-component-missing",
            "L1993",
            "present_levels.social_development",
            |c| c.iep.present_levels.social_development.clear(),
        ),
        (
            "plop-parent-concerns-missing",
            "L2025",
            "present_levels.parent_concerns",
            |c| c.iep.present_levels.parent_concerns.clear(),
        ),
        (
            "plop-ell-impact-missing",
            "L2033",
            "present_levels.ell_language_impact",
            |c| c.iep.special_factors.ell.applies = Some(true),
        ),
        ("plop-needs-missing", "L2035", "present_levels.needs", |c| {
            c.iep.present_levels.needs.clear()
        }),
        (
            "plop-need-incomplete",
            "L2035",
            "present_levels.needs.0.area",
            |c| c.iep.present_levels.needs[0].area = None,
        ),
        (
            "plop-need-not-addressed",
            "L2035",
            "present_levels.needs.4",
            |c| {
                c.iep.present_levels.needs.push(Need {
                    id: "need-math0001".into(),
                    area: Some(NeedArea::Math),
                    description: "Multi-step equations".into(),
                })
            },
        ),
        // special factors (L2033–L2057)
        (
            "special-factor-not-considered",
            "L2047",
            "special_factors.hearing.applies",
            |c| c.iep.special_factors.hearing.applies = None,
        ),
        (
            "behavior-bip-not-noted",
            "L2049",
            "special_factors.behavior.bip_on",
            |c| c.iep.special_factors.behavior.bip_on = None,
        ),
        (
            "ell-language-needs-missing",
            "L2053",
            "special_factors.ell.language_needs",
            |c| c.iep.special_factors.ell.applies = Some(true),
        ),
        (
            "braille-decision-missing",
            "L2037",
            "special_factors.vision.braille_instruction",
            |c| c.iep.special_factors.vision.applies = Some(true),
        ),
        (
            "deaf-communication-missing",
            "L2039",
            "special_factors.hearing.mode_of_communication",
            |c| c.iep.special_factors.hearing.applies = Some(true),
        ),
        (
            "at-factor-without-at",
            "L2043",
            "programs_services.assistive_technology",
            |c| c.iep.programs_services.assistive_technology.clear(),
        ),
        // postsecondary and transition (L2061–L2107, L2489–L2509)
        (
            "postsecondary-goal-missing",
            "L2061",
            "postsecondary.goals",
            |c| c.iep.postsecondary.goals.truncate(1),
        ),
        (
            "postsecondary-goal-incomplete",
            "L2061",
            "postsecondary.goals.0.based_on",
            |c| c.iep.postsecondary.goals[0].based_on.clear(),
        ),
        (
            "postsecondary-preferences-missing",
            "L2061",
            "postsecondary.goals.1.student_preferences",
            |c| c.iep.postsecondary.goals[1].student_preferences.clear(),
        ),
        (
            "postsecondary-goals-not-updated",
            "L2061",
            "postsecondary.updated_on",
            |c| c.iep.postsecondary.updated_on = None,
        ),
        (
            "courses-of-study-missing",
            "L2081",
            "postsecondary.courses_of_study",
            |c| c.iep.postsecondary.courses_of_study.clear(),
        ),
        (
            "annual-goals-not-linked-to-postsecondary",
            "L2113",
            "annual_goals.goals",
            |c| {
                c.iep
                    .annual_goals
                    .goals
                    .iter_mut()
                    .for_each(|g| g.postsecondary_goal_id = None)
            },
        ),
        (
            "transition-activities-missing",
            "L2489",
            "transition_activities.activities",
            |c| c.iep.transition_activities.activities.clear(),
        ),
        (
            "transition-activity-incomplete",
            "L2507",
            "transition_activities.activities.0.activity",
            |c| c.iep.transition_activities.activities[0].activity.clear(),
        ),
        (
            "transition-responsible-not-specific",
            "L2507",
            "transition_activities.activities.2.responsible",
            |c| c.iep.transition_activities.activities[2].responsible = "The student".into(),
        ),
        (
            "transition-agency-consent-missing",
            "L2507",
            "transition_activities.activities.1.parent_consent_to_invite",
            |c| c.iep.transition_activities.activities[1].parent_consent_to_invite = false,
        ),
        (
            "transition-service-not-recommended",
            "L2493",
            "transition_activities.activities.0.area",
            |c| {
                c.iep.transition_activities.activities[0].area =
                    Some(TransitionArea::RelatedServices)
            },
        ),
        (
            "functional-vocational-assessment-not-indicated",
            "L2507",
            "transition_activities.functional_vocational_assessment_needed",
            |c| {
                c.iep
                    .transition_activities
                    .functional_vocational_assessment_needed = None
            },
        ),
        // annual goals and progress (L2109–L2143)
        ("annual-goals-missing", "L2113", "annual_goals.goals", |c| {
            c.iep.annual_goals.goals.clear()
        }),
        (
            "goal-need-area-missing",
            "L2113",
            "annual_goals.goals.0.need_area",
            |c| c.iep.annual_goals.goals[0].need_area = None,
        ),
        (
            "goal-part-missing",
            "L2113",
            "annual_goals.goals.0.skill",
            |c| c.iep.annual_goals.goals[0].skill.clear(),
        ),
        (
            "goal-condition-missing",
            "L2113",
            "annual_goals.goals.1.condition",
            |c| c.iep.annual_goals.goals[1].condition.clear(),
        ),
        (
            "goal-criterion-not-measurable",
            "L2115",
            "annual_goals.goals.0.criterion",
            |c| c.iep.annual_goals.goals[0].criterion = "with good accuracy".into(),
        ),
        (
            "goal-links-unknown-need",
            "L2113",
            "annual_goals.goals.0.need_ids.0",
            |c| {
                c.iep.annual_goals.goals[0].need_ids =
                    vec!["need-gone".into(), "need-read0001".into()]
            },
        ),
        (
            "goal-links-unknown-postsecondary",
            "L2113",
            "annual_goals.goals.0.postsecondary_goal_id",
            |c| c.iep.annual_goals.goals[0].postsecondary_goal_id = Some("psg-gone".into()),
        ),
        (
            "goal-benchmarks-required",
            "L2133",
            "annual_goals.goals.0.objectives",
            |c| {
                c.iep.assessment_participation.mode = Some(AssessmentMode::Nysaa);
                c.iep.annual_goals.goals[0].objectives.clear();
            },
        ),
        (
            "goal-objective-kind-unset",
            "L2133",
            "annual_goals.goals.2.objective_kind",
            |c| c.iep.annual_goals.goals[2].objective_kind = ObjectiveKind::None,
        ),
        (
            "too-many-goals-in-area",
            "L2113",
            "annual_goals.goals",
            |c| {
                let g = c.iep.annual_goals.goals[0].clone();
                c.iep
                    .annual_goals
                    .goals
                    .extend([g.clone(), g.clone(), g.clone(), g]);
            },
        ),
        (
            "progress-reporting-incomplete",
            "L2143",
            "progress_reporting.methods",
            |c| c.iep.progress_reporting.methods.clear(),
        ),
        (
            "progress-reporting-too-rare",
            "L2143",
            "progress_reporting.times_per_year",
            |c| c.iep.progress_reporting.times_per_year = Some(2),
        ),
        (
            "progress-reporting-not-with-report-cards",
            "L2143",
            "progress_reporting.with_report_cards",
            |c| c.iep.progress_reporting.with_report_cards = false,
        ),
        // programs and services (L2147–L2405)
        (
            "programs-services-missing",
            "L2147",
            "programs_services.programs",
            |c| {
                c.iep.programs_services.programs.clear();
                c.iep.programs_services.related_services.clear();
            },
        ),
        (
            "program-incomplete",
            "L2163",
            "programs_services.programs.0.duration_minutes",
            |c| c.iep.programs_services.programs[0].duration_minutes = None,
        ),
        (
            "service-language-missing",
            "L2647",
            "programs_services.programs.1.language",
            |c| {
                c.iep.special_factors.ell.applies = Some(true);
                c.iep.placement.language_determination = Some(LanguageDetermination::Bilingual);
                c.iep.programs_services.programs[1].language = None;
            },
        ),
        (
            "related-service-incomplete",
            "L2207",
            "programs_services.related_services.0.separate_location",
            |c| {
                c.iep.programs_services.related_services[0]
                    .separate_location
                    .clear()
            },
        ),
        (
            "related-service-goals-missing",
            "L2197",
            "programs_services.related_services.1.goal_ids",
            |c| c.iep.programs_services.related_services[1].goal_ids.clear(),
        ),
        (
            "related-service-unknown-goal",
            "L2197",
            "programs_services.related_services.0.goal_ids.0",
            |c| c.iep.programs_services.related_services[0].goal_ids = vec!["goal-gone".into()],
        ),
        (
            "ot-pt-prescription-missing",
            "L2207",
            "programs_services.related_services.1.prescription_received_on",
            |c| c.iep.programs_services.related_services[1].initial = true,
        ),
        (
            "parent-counseling-required-autism",
            "L1877",
            "programs_services.related_services",
            |c| c.iep.evaluation.classification = Some(Classification::Autism),
        ),
        (
            "parent-counseling-required-class",
            "L2219",
            "programs_services.programs.0.ratio",
            |c| {
                let p = &mut c.iep.programs_services.programs[0];
                p.program = Some(ProgramKind::SpecialClass);
                p.setting = Some(ClassSetting::District75);
                p.ratio = Some(ClassRatio::R8To1Plus1);
            },
        ),
        (
            "pe-determination-missing",
            "L2179",
            "programs_services.physical_education",
            |c| c.iep.programs_services.physical_education = None,
        ),
        (
            "ape-program-missing",
            "L2193",
            "programs_services.programs",
            |c| c.iep.programs_services.physical_education = Some(PeDetermination::Adapted),
        ),
        (
            "paraprofessional-incomplete",
            "L2285",
            "programs_services.paraprofessionals.0.activities",
            |c| {
                c.iep.programs_services.paraprofessionals[0]
                    .activities
                    .clear()
            },
        ),
        (
            "behavior-para-needs-fba",
            "L2299",
            "programs_services.paraprofessionals.0.para_type",
            |c| c.iep.special_factors.behavior.fba_on = None,
        ),
        (
            "behavior-para-needs-bip",
            "L2299",
            "programs_services.paraprofessionals.0.para_type",
            |c| c.iep.special_factors.behavior.bip_on = None,
        ),
        (
            "health-para-needs-nursing-referral",
            "L2309",
            "programs_services.paraprofessionals.0.skilled_nursing_referral",
            |c| {
                let p = &mut c.iep.programs_services.paraprofessionals[0];
                p.para_type = Some(ParaType::Health);
                p.urgent_care_condition = true;
            },
        ),
        (
            "om-para-needs-assessment",
            "L2333",
            "programs_services.paraprofessionals.0.unsafe_traveler_assessed_on",
            |c| {
                c.iep.programs_services.paraprofessionals[0].para_type =
                    Some(ParaType::OrientationMobility)
            },
        ),
        (
            "paraprofessional-training-missing",
            "L2297",
            "programs_services.personnel_supports",
            |c| {
                c.iep.programs_services.personnel_supports.remove(0);
            },
        ),
        (
            "assistive-technology-incomplete",
            "L2335",
            "programs_services.assistive_technology.0.used_in",
            |c| {
                c.iep.programs_services.assistive_technology[0]
                    .used_in
                    .clear()
            },
        ),
        (
            "high-tech-at-assessment-missing",
            "L2353",
            "programs_services.assistive_technology.0.assessment_on",
            |c| c.iep.programs_services.assistive_technology[0].assessment_on = None,
        ),
        (
            "at-training-missing",
            "L2349",
            "programs_services.personnel_supports",
            |c| c.iep.programs_services.personnel_supports[1].kind = Some(SupportKind::Other),
        ),
        (
            "personnel-support-incomplete",
            "L2415",
            "programs_services.personnel_supports.0.recipient",
            |c| c.iep.programs_services.personnel_supports[0].recipient = None,
        ),
        (
            "supplementary-aid-incomplete",
            "L2227",
            "programs_services.supplementary_aids.0.aid",
            |c| c.iep.programs_services.supplementary_aids[0].aid = None,
        ),
        // testing accommodations (L2419–L2469)
        (
            "testing-accommodations-not-decided",
            "L2419",
            "testing_accommodations.accommodations",
            |c| c.iep.testing_accommodations.accommodations.clear(),
        ),
        (
            "testing-accommodations-contradict",
            "L2419",
            "testing_accommodations.none_recommended",
            |c| c.iep.testing_accommodations.none_recommended = true,
        ),
        (
            "testing-considerations-missing",
            "L2425",
            "present_levels.testing_accommodation_considerations",
            |c| {
                c.iep
                    .present_levels
                    .testing_accommodation_considerations
                    .clear()
            },
        ),
        (
            "testing-accommodation-incomplete",
            "L2437",
            "testing_accommodations.accommodations.0.category",
            |c| c.iep.testing_accommodations.accommodations[0].category = None,
        ),
        (
            "extended-time-amount-missing",
            "L2457",
            "testing_accommodations.accommodations.0.extended_time",
            |c| c.iep.testing_accommodations.accommodations[0].extended_time = None,
        ),
        (
            "breaks-parameters-missing",
            "L2441",
            "testing_accommodations.accommodations.1.break_minutes",
            |c| c.iep.testing_accommodations.accommodations[1].break_minutes = None,
        ),
        (
            "separate-setting-parameters-missing",
            "L2459",
            "testing_accommodations.accommodations.2.group_size",
            |c| c.iep.testing_accommodations.accommodations[2].group_size = None,
        ),
        (
            "directions-repeated-count-missing",
            "L2445",
            "testing_accommodations.accommodations.0.extra_direction_readings",
            |c| {
                c.iep.testing_accommodations.accommodations[0].category =
                    Some(AccommodationCategory::DirectionsRepeated)
            },
        ),
        (
            "tests-read-parameters-missing",
            "L2459",
            "testing_accommodations.accommodations.3.read_mode",
            |c| c.iep.testing_accommodations.accommodations[3].read_mode = None,
        ),
        (
            "multiple-day-assurance-missing",
            "L2457",
            "testing_accommodations.accommodations.0.multiple_day_assurance_filed",
            |c| {
                c.iep.testing_accommodations.accommodations[0].category =
                    Some(AccommodationCategory::MultipleDay)
            },
        ),
        (
            "accommodation-specification-missing",
            "L2469",
            "testing_accommodations.accommodations.0.specification",
            |c| {
                c.iep.testing_accommodations.accommodations[0].category =
                    Some(AccommodationCategory::SpecialEquipment)
            },
        ),
        // assessments, participation, 12-month services, placement (L2517–L2647)
        (
            "assessment-participation-missing",
            "L2517",
            "assessment_participation.mode",
            |c| c.iep.assessment_participation.mode = None,
        ),
        (
            "alternate-assessment-reasons-missing",
            "L2517",
            "assessment_participation.why_not_regular",
            |c| c.iep.assessment_participation.mode = Some(AssessmentMode::DistrictAlternate),
        ),
        (
            "nysaa-eligibility-not-met",
            "L2519",
            "assessment_participation.mode",
            |c| {
                let a = &mut c.iep.assessment_participation;
                a.mode = Some(AssessmentMode::Nysaa);
                a.why_not_regular = "x".into();
                a.why_alternate = "y".into();
            },
        ),
        (
            "nysaa-grade",
            "L2527",
            "assessment_participation.mode",
            |c| {
                c.student.grade = Grade::G2;
                let a = &mut c.iep.assessment_participation;
                a.mode = Some(AssessmentMode::Nysaa);
                (
                    a.severe_cognitive_disability,
                    a.specialized_program,
                    a.support_systems,
                ) = (true, true, true);
            },
        ),
        (
            "gen-ed-participation-missing",
            "L2531",
            "gen_ed_participation.full_participation",
            |c| c.iep.gen_ed_participation.full_participation = None,
        ),
        (
            "gen-ed-participation-contradicts-services",
            "L2531",
            "gen_ed_participation.full_participation",
            |c| c.iep.gen_ed_participation.full_participation = Some(true),
        ),
        (
            "gen-ed-extent-missing",
            "L2531",
            "gen_ed_participation.extent_not_participating",
            |c| c.iep.gen_ed_participation.extent_not_participating.clear(),
        ),
        (
            "removal-justification-missing",
            "L2531",
            "gen_ed_participation.removal_justification",
            |c| c.iep.gen_ed_participation.removal_justification.clear(),
        ),
        (
            "pe-participation-missing",
            "L2533",
            "gen_ed_participation.physical_education",
            |c| c.iep.programs_services.physical_education = Some(PeDetermination::Adapted),
        ),
        (
            "twelve-month-not-decided",
            "L2639",
            "twelve_month.needed",
            |c| c.iep.twelve_month.needed = None,
        ),
        (
            "twelve-month-areas-missing",
            "L2641",
            "twelve_month.areas",
            |c| c.iep.twelve_month.needed = Some(true),
        ),
        (
            "twelve-month-details-missing",
            "L2645",
            "twelve_month.details",
            |c| {
                c.iep.twelve_month.needed = Some(true);
                c.iep.twelve_month.differs_from_school_year = true;
            },
        ),
        (
            "language-determination-missing",
            "L2683",
            "placement.language_determination",
            |c| c.iep.special_factors.ell.applies = Some(true),
        ),
        (
            "language-of-instruction-missing",
            "L2647",
            "placement.language_of_instruction",
            |c| {
                c.iep.special_factors.ell.applies = Some(true);
                c.iep.placement.language_of_instruction = None;
            },
        ),
        (
            "lote-exemption-not-indicated",
            "L2535",
            "placement.lote_exempt",
            |c| c.iep.placement.lote_exempt = None,
        ),
        (
            "promotion-criteria-missing",
            "L2629",
            "placement.promotion_criteria",
            |c| c.student.grade = Grade::G5,
        ),
        (
            "promotion-criteria-not-applicable",
            "L2629",
            "placement.promotion_criteria",
            |c| c.iep.placement.promotion_criteria = Some(PromotionCriteria::Standard),
        ),
        (
            "special-transportation-not-indicated",
            "L2785",
            "placement.special_transportation",
            |c| c.iep.placement.special_transportation = None,
        ),
        (
            "transportation-accommodations-missing",
            "L2811",
            "placement.transportation_accommodations",
            |c| c.iep.placement.special_transportation = Some(true),
        ),
        (
            "medical-condition-not-indicated",
            "L2627",
            "placement.medical_condition",
            |c| c.iep.placement.medical_condition = None,
        ),
        (
            "health-treatment-not-indicated",
            "L2627",
            "placement.health_treatment",
            |c| c.iep.placement.health_treatment = None,
        ),
        (
            "placement-not-recommended",
            "L2547",
            "placement.recommendation",
            |c| c.iep.placement.recommendation = None,
        ),
        (
            "projected-initiation-missing",
            "L2163",
            "placement.projected_initiation",
            |c| c.iep.placement.projected_initiation = None,
        ),
        (
            "other-option-incomplete",
            "L2631",
            "placement.other_options.0.rejected_because",
            |c| c.iep.placement.other_options[0].rejected_because.clear(),
        ),
        (
            "other-option-reason-conclusory",
            "L2631",
            "placement.other_options.1.rejected_because",
            |c| c.iep.placement.other_options[1].rejected_because = "Too restrictive.".into(),
        ),
        (
            "deferral-consent-missing",
            "L2617",
            "placement.deferral_consent_on",
            |c| c.iep.placement.deferred = true,
        ),
    ]
}

#[test]
fn the_full_high_school_iep_has_no_content_findings() {
    let fs = findings(&full());
    assert!(fs.is_empty(), "{fs:#?}");
}

#[test]
fn every_rule_fires_at_its_field_with_its_sopm_line_and_is_silent_otherwise() {
    let base: Vec<String> = findings(&full()).into_iter().map(|f| f.rule_id).collect();
    let mut failures = Vec::new();
    for (rule, sopm, field, breaks) in table() {
        if base.iter().any(|r| r == rule) {
            failures.push(format!("{rule}: fires on the compliant IEP"));
        }
        let mut case = full();
        breaks(&mut case);
        let fs = findings(&case);
        match fs
            .iter()
            .find(|f| f.rule_id == rule && f.field.as_deref() == Some(field))
        {
            None => failures.push(format!(
                "{rule}: did not fire at {field}; found {:?}",
                fs.iter()
                    .map(|f| (&f.rule_id, &f.field))
                    .collect::<Vec<_>>()
            )),
            Some(f) if f.sopm != sopm => {
                failures.push(format!("{rule}: cites {} instead of {sopm}", f.sopm))
            }
            Some(_) => {}
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn rule_ids_are_kebab_case_and_warnings_do_not_block() {
    for (rule, ..) in table() {
        assert!(
            rule.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
            "{rule}"
        );
    }
    let mut case = full();
    case.iep.present_levels.parent_concerns.clear();
    let fs = findings(&case);
    assert!(fs.iter().all(|f| f.severity == Severity::Warning));
}

#[test]
fn transition_sections_are_not_required_before_the_age() {
    let mut case = full();
    case.iep.postsecondary = Default::default();
    case.iep.transition_activities = Default::default();
    case.iep
        .annual_goals
        .goals
        .iter_mut()
        .for_each(|g| g.postsecondary_goal_id = None);
    assert!(!findings(&case).is_empty(), "required at 16");
    case.student.date_of_birth = NaiveDate::from_ymd_opt(2013, 1, 1).unwrap(); // 13 at the meeting, 14 within the year
    assert!(findings(&case)
        .iter()
        .any(|f| f.rule_id == "transition-activities-missing"));
    case.student.date_of_birth = NaiveDate::from_ymd_opt(2014, 6, 1).unwrap(); // 11
    let fs = findings(&case);
    assert!(fs.is_empty(), "{fs:#?}");
}

#[test]
fn transition_age_is_the_setting() {
    let dob = NaiveDate::from_ymd_opt(2011, 6, 1).unwrap();
    let on = NaiveDate::from_ymd_opt(2026, 3, 10).unwrap(); // 14 already
    let mut rules = RuleSettings::default();
    assert!(transition_required(dob, on, &rules));
    rules.transition_planning_age = 16; // the IDEA reading
    assert!(!transition_required(dob, on, &rules));
    assert!(transition_required(
        NaiveDate::from_ymd_opt(2011, 3, 11).unwrap() - chrono::Days::new(730),
        on,
        &rules
    ));
}

#[test]
fn parent_counseling_clears_both_mandates() {
    let mut case = full();
    case.iep.evaluation.classification = Some(Classification::Autism);
    case.iep
        .programs_services
        .related_services
        .push(crate::iep::programs::RelatedService {
            service: Some(RelatedServiceType::ParentCounselingAndTraining),
            ..Default::default()
        });
    assert!(!findings(&case)
        .iter()
        .any(|f| f.rule_id.starts_with("parent-counseling-required")));
}
