//! Lead times before the meeting from the catalog: L1319, L1325 (documents, 7 days), L1475,
//! L1623 (progress reports, 15 school days), L1701 (D75 hearing/vision office, two weeks).

use super::*;

#[test]
fn documents_seven_days_before() {
    // Catalog `iep-documents-to-parent`: Mar 3 for Mar 10.
    let s = student();
    let mut m = annual_review(&s);
    m.documents_sent_on = Some(d(2026, 3, 3));
    assert!(findings(&m, &s).is_empty());
    m.documents_sent_on = Some(d(2026, 3, 5));
    assert_eq!(ids(&m, &s), ["documents-to-parent-late"]);
}

#[test]
fn progress_reports_fifteen_school_days_before() {
    // Catalog `progress-report-request`: a Mar 10, 2026 meeting needs the request by Feb 10
    // (counted back over the midwinter recess and Lincoln's Birthday by the catalog's calendars).
    let s = student();
    let mut m = annual_review(&s);
    m.context.has_related_services = true;
    assert_eq!(ids(&m, &s), ["progress-report-request-late"]);
    let due = crate::rules::RuleCatalog::standard()
        .deadline(
            "progress-report-request",
            m.date(),
            CalendarSet::standard(),
            &RuleSettings::default(),
        )
        .unwrap()
        .due;
    m.progress_reports_requested_on = Some(due);
    assert!(findings(&m, &s).is_empty());
    m.progress_reports_requested_on = due.succ_opt();
    assert_eq!(ids(&m, &s), ["progress-report-request-late"]);
}

#[test]
fn d75_office_two_weeks_before_is_a_warning() {
    // Catalog `d75-hearing-vision-contact`: Feb 24 for Mar 10.
    let s = student();
    let mut m = annual_review(&s);
    m.context.vision_loss_consideration = true;
    m.participants
        .push(person("V. TVI", &[Role::TeacherOfBlindAndPartiallySighted]));
    let f = findings(&m, &s);
    assert_eq!(
        f.iter()
            .map(|f| (f.rule_id.as_str(), f.severity))
            .collect::<Vec<_>>(),
        [("d75-hearing-vision-contact-late", Severity::Warning)]
    );
    m.d75_services_contacted_on = Some(d(2026, 2, 24));
    assert!(findings(&m, &s).is_empty());
}
