//! PWN elements (L173–197), the PSN (L149, L203), paired consent (L203), translation (L153), the
//! program-visit contact (L1491).

use super::*;

/// A complete PWN: Recommendation after an annual review, PSN given last autumn.
fn recommendation() -> PriorWrittenNotice {
    PriorWrittenNotice {
        situation: PwnSituation::Recommendation,
        action: PwnAction::Propose,
        sent_on: d(2026, 3, 12),
        language: LanguageCode::parse("en").unwrap(),
        cover_notice: false,
        action_description: "Continue ICT with speech therapy 2x30 in a group of 3.".into(),
        reasons: "Progress toward reading goals in ICT.".into(),
        evaluations_relied_on: vec!["Teacher report 2026-02".into()],
        options_considered: vec![RejectedOption {
            option: "SETSS".into(),
            why_rejected: "Needs full-day support.".into(),
        }],
        no_other_options: false,
        other_factors: "None.".into(),
        safeguards_statement: true,
        psn_enclosed: false,
        psn_how_to_obtain: Some("schools.nyc.gov, Statement of Family's Rights".into()),
        sources_of_assistance: vec!["Special Education Hotline 718-935-2007".into()],
        psn_occasions: vec![],
        consent_request: None,
        program_visit_contact: Some("J. Chair, 212-555-0199".into()),
        refusal_package: None,
    }
}

fn check(n: &PriorWrittenNotice) -> Vec<Finding> {
    check_pwn(n, &student(), Some(d(2025, 10, 1)), cal(), &rs())
}

#[test]
fn complete_notice_has_no_findings() {
    assert_eq!(check(&recommendation()), vec![]);
}

#[test]
fn each_of_the_seven_elements() {
    // L173–197.
    type Break = fn(&mut PriorWrittenNotice);
    let cases: [(&str, Break); 7] = [
        ("pwn-action-missing", |n| n.action_description.clear()),
        ("pwn-reasons-missing", |n| n.reasons = " ".into()),
        ("pwn-evaluations-missing", |n| {
            n.evaluations_relied_on.clear()
        }),
        ("pwn-options-missing", |n| {
            n.options_considered[0].why_rejected.clear()
        }),
        ("pwn-other-factors-missing", |n| n.other_factors.clear()),
        ("pwn-safeguards-missing", |n| n.psn_how_to_obtain = None),
        ("pwn-assistance-missing", |n| {
            n.sources_of_assistance.clear()
        }),
    ];
    for (id, breaks) in cases {
        let mut n = recommendation();
        breaks(&mut n);
        assert_eq!(ids(&check(&n)), [id]);
    }
}

#[test]
fn no_other_options_may_be_stated() {
    // M-12.
    let mut n = recommendation();
    n.options_considered.clear();
    assert_eq!(ids(&check(&n)), ["pwn-options-missing"]);
    n.no_other_options = true;
    assert!(check(&n).is_empty());
}

#[test]
fn psn_with_the_referral_notice_and_yearly() {
    // L149, L203; catalog `procedural-safeguards-annual`.
    let mut n = recommendation();
    assert!(!psn_required(&n, Some(d(2025, 10, 1)), cal(), &rs()).unwrap());
    assert!(
        psn_required(&n, Some(d(2025, 3, 1)), cal(), &rs()).unwrap(),
        "more than a year ago"
    );
    assert!(psn_required(&n, None, cal(), &rs()).unwrap());
    n.psn_occasions
        .push(PsnOccasion::DueProcessComplaintReceived);
    assert_eq!(ids(&check(&n)), ["pwn-psn-not-enclosed"]);
    n.psn_enclosed = true;
    assert!(check(&n).is_empty());
}

#[test]
fn consent_request_goes_with_the_notice() {
    // L203: an initial recommendation needs consent to services in the same packet.
    let mut n = recommendation();
    n.situation = PwnSituation::RecommendationInitial;
    assert_eq!(ids(&check(&n)), ["pwn-consent-not-paired"]);
    n.consent_request = Some(ConsentRequestRef {
        kind: ConsentKind::InitialProvisionOfServices,
        sent_on: d(2026, 3, 13),
    });
    assert_eq!(
        ids(&check(&n)),
        ["pwn-consent-not-paired"],
        "a day later is not together"
    );
    n.consent_request.as_mut().unwrap().sent_on = d(2026, 3, 12);
    assert!(check(&n).is_empty());
}

#[test]
fn referral_notice_needs_psn_and_consent() {
    // L373, L377, L203.
    let mut n = recommendation();
    n.situation = PwnSituation::ReferralInitial;
    n.program_visit_contact = None;
    assert_eq!(
        ids(&check(&n)),
        ["pwn-psn-not-enclosed", "pwn-consent-not-paired"]
    );
}

#[test]
fn recommendation_names_a_visit_contact() {
    // L1491.
    let mut n = recommendation();
    n.program_visit_contact = None;
    assert_eq!(ids(&check(&n)), ["pwn-program-visit-contact"]);
    n.situation = PwnSituation::Ineligibility;
    assert!(check(&n).is_empty());
}

fn run(n: &PriorWrittenNotice, s: &crate::student::Student) -> Vec<Finding> {
    check_pwn(n, s, Some(d(2025, 10, 1)), cal(), &rs())
}

#[test]
fn translated_or_cover_notice() {
    // L153.
    let mut s = student();
    s.parent_language = LanguageCode::parse("es").unwrap();
    let mut n = recommendation();
    assert_eq!(ids(&run(&n, &s)), ["pwn-not-translated"]);
    n.language = LanguageCode::parse("es").unwrap();
    assert!(run(&n, &s).is_empty());
    s.parent_language = LanguageCode::parse("pl").unwrap();
    n.language = LanguageCode::parse("en").unwrap();
    assert_eq!(ids(&run(&n, &s)), ["pwn-cover-notice-missing"]);
    n.cover_notice = true;
    assert!(run(&n, &s).is_empty());
}

#[test]
fn refusal_to_evaluate_comes_with_its_package() {
    // L497, L515–519.
    let mut n = recommendation();
    n.situation = PwnSituation::RefusalOfInitialEvaluation;
    n.action = PwnAction::Refuse;
    let f = check(&n);
    assert_eq!(ids(&f), ["pwn-refusal-package-incomplete"]);
    assert!(
        f[0].message.contains("offer of a meeting"),
        "{}",
        f[0].message
    );
    n.refusal_package = Some(RefusalPackage {
        right_to_refer_told: true,
        copy_of_request: true,
        meeting_offered: true,
    });
    assert!(check(&n).is_empty());
}
