//! `check_case` over a generated caseload of 500 fictional students (OSIS 999…), deterministic.
//! Target: well under 100 ms for the whole caseload.
//!
//! `nice -n 19 cargo bench -p iepdesk-domain --bench caseload -- --warm-up-time 1 --measurement-time 3`

use chrono::{Duration, NaiveDate};
use criterion::{criterion_group, criterion_main, Criterion};
use iepdesk_domain::calendar::CalendarSet;
use iepdesk_domain::case::{Case, CaseEvent};
use iepdesk_domain::compliance::case::{check_case, DEFAULT_DUE_SOON_DAYS};
use iepdesk_domain::rules::{RuleSettings, Trigger};
use iepdesk_domain::StudentId;
use std::hint::black_box;
use uuid::Uuid;

const TEMPLATE: &str = include_str!("../../../tests/cases/valid-annual-review.json");
const FIRST: [&str; 8] = ["Mara", "Oren", "Lia", "Ivo", "Nell", "Ravi", "Suki", "Theo"];
const LAST: [&str; 8] = [
    "Quillon",
    "Bramblecote",
    "Fernwhistle",
    "Marrowgate",
    "Thistlewood",
    "Oakhollow",
    "Penhallow",
    "Wickerby",
];

/// A small deterministic generator (no dependency, same caseload on every run).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

fn caseload(n: usize) -> Vec<Case> {
    let template = Case::from_json(TEMPLATE).expect("the template case reads");
    let mut rng = Lcg(2026);
    (0..n)
        .map(|i| {
            let mut c = template.clone();
            let id = StudentId(Uuid::from_u128(
                0x0190a000_0000_7000_8000_000000100000 + i as u128,
            ));
            c.student.id = id;
            c.student.osis =
                iepdesk_domain::Osis::parse(&format!("999{:06}", 100_000 + i)).unwrap();
            c.student.name.first = FIRST[rng.next(8) as usize].into();
            c.student.name.last = LAST[rng.next(8) as usize].into();
            c.student.date_of_birth -= Duration::days(rng.next(3000) as i64);
            // Meetings spread over the school year; some students have an open referral instead.
            let shift = Duration::days(rng.next(200) as i64 - 100);
            let m = c.iep.meeting.as_mut().unwrap();
            m.student_id = id;
            m.starts_at += shift;
            m.ends_at = m.ends_at.map(|e| e + shift);
            m.notice_sent_on = m
                .notice_sent_on
                .map(|d| d + shift - Duration::days(rng.next(10) as i64));
            for e in &mut c.events {
                e.date += shift;
            }
            for pwn in &mut c.notices {
                pwn.sent_on += shift;
            }
            if rng.next(4) == 0 {
                m.participants.remove(0); // no district representative
            }
            if rng.next(3) == 0 {
                let referral = NaiveDate::from_ymd_opt(2025, 10, 1).unwrap()
                    + Duration::days(rng.next(120) as i64);
                c.events.push(CaseEvent {
                    trigger: Trigger::ReferralReceived,
                    date: referral,
                    note: None,
                });
                c.events.push(CaseEvent {
                    trigger: Trigger::ConsentForEvaluation,
                    date: referral + Duration::days(9),
                    note: None,
                });
            }
            c
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let cases = caseload(500);
    let today = NaiveDate::from_ymd_opt(2026, 3, 16).unwrap();
    let calendars = CalendarSet::standard();
    let settings = RuleSettings::default();
    let findings: usize = cases
        .iter()
        .map(|k| check_case(k, today, calendars, &settings, DEFAULT_DUE_SOON_DAYS).findings.len())
        .sum();
    eprintln!("caseload: 500 cases, {findings} findings in all");
    c.bench_function("check_case × 500 students", |b| {
        b.iter(|| {
            for k in &cases {
                black_box(check_case(black_box(k), today, calendars, &settings, DEFAULT_DUE_SOON_DAYS));
            }
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
