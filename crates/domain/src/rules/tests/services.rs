//! Consent to services, arranging services, placement and P-1: SOPM L2599, L2615, L2689, L2755,
//! L3045, L3057, L3067, L3097, L3107, L3119–L3125, L3255–L3257, L3275, L3395–L3407.

use super::*;

#[test]
fn withdrawal_of_consent_takes_effect_after_11_school_days() {
    // L3067: notice sent Fri Dec 19, 2025: Dec 22, 23 (2), winter recess, Jan 5-9 (7), 12-15 (11).
    assert_eq!(due("withdrawal-of-consent-effective", d(2025, 12, 19)), d(2026, 1, 15));
}

#[test]
fn consent_to_services_outreach_and_closure() {
    // L3045: 7 calendar days; fn108 L3057: 45 days after documented outreach.
    assert_eq!(due("services-consent-outreach", d(2025, 10, 1)), d(2025, 10, 8));
    assert_eq!(due("services-consent-case-closure", d(2025, 10, 1)), d(2025, 11, 15));
}

#[test]
fn related_services_provider_then_rsa() {
    // L3121: consent Wed Nov 26, 2025: Thanksgiving recess; Dec 1 (1), Dec 2 (2).
    assert_eq!(due("related-service-provider-assignment", d(2025, 11, 26)), d(2025, 12, 2));
    // L3125: then "an additional 13 days" (calendar, D-5).
    assert_eq!(due("related-service-authorization", d(2025, 11, 26)), d(2025, 12, 15));
    assert_eq!(
        describe("related-service-authorization"),
        "2 school days after consent for services, then 13 calendar days later"
    );
    // Continuing students: 2 school days from the first day of school (Thu Sep 4, 2025).
    assert_eq!(due("related-service-provider-assignment-september", d(2025, 9, 4)), d(2025, 9, 8));
}

#[test]
fn setss_and_enl_then_authorizations() {
    // L3107, L3119: 2 school days, then 5 more school days.
    assert_eq!(due("setss-teacher-assignment", d(2025, 11, 26)), d(2025, 12, 2));
    assert_eq!(due("setss-authorization", d(2025, 11, 26)), d(2025, 12, 9));
    assert_eq!(due("enl-authorization-september", d(2025, 9, 4)), d(2025, 9, 15));
}

#[test]
fn interim_monolingual_speech_on_the_15th_school_day() {
    // L2689: Sep 4, 2025 is school day 1; Sep 23-24 closed; the 15th school day is Fri Sep 26.
    assert_eq!(due("interim-monolingual-speech-september", d(2025, 9, 4)), d(2025, 9, 26));
}

#[test]
fn osh_reviews_a_nursing_referral_in_5_school_days() {
    // L2755: received Wed Oct 8, 2025; Columbus Day Oct 13.
    assert_eq!(due("nursing-referral-review", d(2025, 10, 8)), d(2025, 10, 16));
}

#[test]
fn turning_five_chart() {
    // L3255-L3257.
    let t5 = |date| due("turning-five-placement", date);
    assert_eq!(t5(d(2025, 10, 15)), d(2026, 6, 15));
    assert_eq!(t5(d(2026, 3, 1)), d(2026, 6, 15));
    assert_eq!(t5(d(2026, 3, 2)), d(2026, 7, 15));
    assert_eq!(t5(d(2026, 4, 1)), d(2026, 7, 15));
    assert_eq!(t5(d(2026, 4, 2)), d(2026, 8, 15));
    assert_eq!(t5(d(2026, 5, 10)), d(2026, 8, 15));
    // May 11 - Aug 31: 60 school days from the referral (counted in evaluation.rs).
    assert_eq!(t5(d(2026, 5, 11)), d(2026, 8, 12));
}

#[test]
fn deferred_and_lead_time_placement_offers() {
    // L2615: by August 15 for a placement deferred to September.
    assert_eq!(due("deferred-placement-offer", d(2026, 3, 10)), d(2026, 8, 15));
    // L2615: at least 20 school days before initiation on Mon Jan 5, 2026: Dec 23 back to Nov 24,
    // skipping winter recess and Thanksgiving recess.
    assert_eq!(due("placement-offer-lead", d(2026, 1, 5)), d(2025, 11, 24));
}

#[test]
fn p2_and_nysed_notices_in_calendar_days() {
    // L3275, L3097.
    assert_eq!(due("p2-decision", d(2025, 10, 1)), d(2025, 10, 16));
    assert_eq!(due("ict-thirteenth-student-notice", d(2025, 10, 1)), d(2025, 10, 11));
    // L2599.
    assert_eq!(due("defer-to-central-certification", d(2025, 11, 7)), d(2025, 11, 17));
}

#[test]
fn iesp_request_windows() {
    // L3395: forms out by April 1, requests due June 1.
    assert_eq!(due("iesp-request-form", d(2025, 9, 4)), d(2026, 4, 1));
    assert_eq!(due("iesp-request-due", d(2025, 9, 4)), d(2026, 6, 1));
    // L3397-L3407: first request after initial identification.
    assert_eq!(due("iesp-first-request", d(2025, 7, 10)), d(2025, 8, 9));
    assert_eq!(due("iesp-first-request", d(2025, 10, 1)), d(2025, 10, 31));
    assert_eq!(due("iesp-first-request", d(2026, 4, 15)), d(2026, 6, 1));
}
