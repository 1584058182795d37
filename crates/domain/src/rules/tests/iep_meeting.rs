//! Lead times before an IEP meeting and finalization after it: SOPM L1325, L1355, L1491, L1623,
//! L1671, L1685, L1701, L1737, L1741, L2769, L2777, L2853.

use super::*;

#[test]
fn notices_and_documents_at_least_7_calendar_days_before() {
    // L1325: meeting Tue Mar 10, 2026.
    assert_eq!(due("notice-of-iep-meeting", d(2026, 3, 10)), d(2026, 3, 3));
    assert_eq!(due("iep-documents-to-parent", d(2026, 3, 10)), d(2026, 3, 3));
    assert_eq!(describe("notice-of-iep-meeting"), "7 calendar days before the IEP meeting");
}

#[test]
fn progress_reports_requested_15_school_days_before() {
    // L1623: meeting Mon Apr 20, 2026. Back: Apr 13-17 (5), spring recess Apr 2-10, Apr 1, Mar 31,
    // 30, 27, 26, 25, 24, 23 (13), Eid al-Fitr (Mar 20), Mar 19 (14), Mar 18 (15).
    assert_eq!(due("progress-report-request", d(2026, 4, 20)), d(2026, 3, 18));
}

#[test]
fn audio_recording_request_one_business_day_before() {
    // L1355: a Wednesday meeting after Veterans Day needs the request by Monday.
    assert_eq!(due("audio-recording-request", d(2025, 11, 10)), d(2025, 11, 7));
    assert_eq!(due("audio-recording-request", d(2025, 11, 12)), d(2025, 11, 10));
}

#[test]
fn parent_member_and_physician_requests_72_hours_before() {
    // L1671, L1685: counted as 3 calendar days before the meeting date (D-10).
    assert_eq!(due("parent-member-request", d(2026, 3, 10)), d(2026, 3, 7));
    assert_eq!(due("physician-request", d(2026, 3, 10)), d(2026, 3, 7));
}

#[test]
fn excusal_lead_times() {
    // L1741: request at least five calendar days before; L1737: summary at least 5 days before.
    assert_eq!(due("excusal-request", d(2026, 3, 10)), d(2026, 3, 5));
    assert_eq!(due("excusal-summary", d(2026, 3, 10)), d(2026, 3, 5));
}

#[test]
fn d75_hearing_and_vision_two_weeks_before() {
    // L1701.
    assert_eq!(due("d75-hearing-vision-contact", d(2026, 3, 10)), d(2026, 2, 24));
}

#[test]
fn osh_notice_10_business_days_before() {
    // L2769/L2853: meeting Wed Feb 25, 2026. Back: Feb 24, 23, 20, 19, 18, 17 (6), Presidents' Day,
    // Feb 13 (7), Lincoln's Birthday, Feb 11, 10, 9 (10). Midwinter recess days are business days.
    assert_eq!(due("osh-meeting-notice", d(2026, 2, 25)), d(2026, 2, 9));
}

#[test]
fn iep_finalized_within_10_business_days() {
    // L1491: meeting Thu Feb 5, 2026: Feb 6 (1), 9, 10, 11 (4), Lincoln's Birthday, 13 (5),
    // Presidents' Day, 17 (Lunar New Year is a business day), 18, 19, 20 (9), 23 (10).
    assert_eq!(due("iep-finalization", d(2026, 2, 5)), d(2026, 2, 23));
}
