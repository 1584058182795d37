//! A new notice's content, prefilled from its template, the IEP it is started from and the case
//! (decision 16): the dated evaluations (element 3), the options the IEP rejected with their
//! reasons (element 4), the PSN when the rule asks for it (L149, L203), the consent request that
//! must travel with the notice (L203), the rest of a refusal-to-evaluate package (L515–519).

use super::{
    psn_required, ConsentRequest, ConsentRequestRef, NoticeContent, NoticeTemplate,
    PriorWrittenNotice, PwnAction, PwnSituation, RejectedOption,
};
use crate::calendar::CalendarSet;
use crate::iep::{Evaluation, Iep};
use crate::rules::RuleSettings;
use crate::student::Student;
use chrono::NaiveDate;

/// "Psychoeducational evaluation, 2026-10-02 (School psychologist)".
fn evaluation_line(e: &Evaluation) -> Option<String> {
    let kind = e.kind.map(|k| {
        let snake = serde_json::to_value(k)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        let mut words = snake.replace('_', " ");
        if let Some(first) = words.get(0..1) {
            words = first.to_uppercase() + &words[1..];
        }
        words
    });
    let mut line = kind.unwrap_or_default();
    if let Some(d) = e.date {
        line = if line.is_empty() {
            d.to_string()
        } else {
            format!("{line}, {d}")
        };
    }
    if !e.evaluator.trim().is_empty() {
        line = if line.is_empty() {
            e.evaluator.trim().to_string()
        } else {
            format!("{line} ({})", e.evaluator.trim())
        };
    }
    (!line.is_empty()).then_some(line)
}

impl NoticeTemplate {
    /// A new notice's content: the template, today's date, the parent's language, and what the
    /// IEP it is started from and the case already say. What only the team can write (the
    /// action, the reasons, other factors, sources of help, the program-visit contact) is left
    /// blank for the findings to ask for.
    pub fn draft(
        self,
        student: &Student,
        iep: Option<&Iep>,
        last_psn_given: Option<NaiveDate>,
        today: NaiveDate,
        calendars: &CalendarSet,
        settings: &RuleSettings,
    ) -> NoticeContent {
        match self {
            NoticeTemplate::Consent { consent } => NoticeContent::Consent(ConsentRequest {
                kind: consent,
                sent_on: today,
                activities: vec![],
                records_shared: None,
            }),
            NoticeTemplate::Pwn { situation } => {
                let action = match situation {
                    PwnSituation::RefusalOfInitialEvaluation | PwnSituation::Refusal => {
                        PwnAction::Refuse
                    }
                    _ => PwnAction::Propose,
                };
                let evaluations: Vec<String> = iep
                    .map(|i| {
                        i.content
                            .evaluation
                            .evaluations
                            .iter()
                            .filter_map(evaluation_line)
                            .collect()
                    })
                    .unwrap_or_default();
                let options: Vec<RejectedOption> = iep
                    .map(|i| {
                        i.content
                            .placement
                            .other_options
                            .iter()
                            .filter(|o| !o.option.trim().is_empty())
                            .map(|o| RejectedOption {
                                option: o.option.clone(),
                                why_rejected: o.rejected_because.clone(),
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                let language = student.parent_language.clone();
                let mut n = PriorWrittenNotice {
                    situation,
                    action,
                    sent_on: today,
                    cover_notice: !language.language().covered,
                    language,
                    action_description: String::new(),
                    reasons: String::new(),
                    evaluations_relied_on: evaluations,
                    options_considered: options,
                    no_other_options: false,
                    other_factors: String::new(),
                    // The printed notice always states it (`pwn-safeguards-statement`).
                    safeguards_statement: true,
                    psn_enclosed: false,
                    psn_how_to_obtain: None,
                    sources_of_assistance: vec![],
                    psn_occasions: vec![],
                    consent_request: situation.consent_needed().map(|kind| ConsentRequestRef {
                        kind,
                        sent_on: today,
                    }),
                    program_visit_contact: None,
                    refusal_package: (situation == PwnSituation::RefusalOfInitialEvaluation)
                        .then(Default::default),
                };
                // Enclose the PSN whenever the rule asks for it (L149, L203); the team may add it
                // otherwise too.
                n.psn_enclosed =
                    psn_required(&n, last_psn_given, calendars, settings).unwrap_or(true);
                NoticeContent::Pwn(n)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notices::ConsentKind;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn pwn(situation: PwnSituation, last_psn: Option<NaiveDate>) -> PriorWrittenNotice {
        let student = crate::meeting::fixtures::student();
        let content = NoticeTemplate::Pwn { situation }.draft(
            &student,
            None,
            last_psn,
            d(2026, 12, 7),
            CalendarSet::standard(),
            &RuleSettings::default(),
        );
        match content {
            NoticeContent::Pwn(n) => n,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn each_situation_gets_what_it_needs_and_nothing_is_invented() {
        let referral = pwn(PwnSituation::ReferralInitial, Some(d(2026, 11, 1)));
        assert_eq!(referral.action, PwnAction::Propose);
        assert!(
            referral.psn_enclosed,
            "a referral always encloses the PSN (L149)"
        );
        assert_eq!(
            referral.consent_request,
            Some(ConsentRequestRef {
                kind: ConsentKind::InitialEvaluation,
                sent_on: d(2026, 12, 7)
            })
        );
        let refusal = pwn(PwnSituation::RefusalOfInitialEvaluation, None);
        assert_eq!(refusal.action, PwnAction::Refuse);
        assert!(refusal.refusal_package.is_some() && refusal.consent_request.is_none());
        // A recommendation two months after the PSN was given: not enclosed again (L149).
        let recommendation = pwn(PwnSituation::Recommendation, Some(d(2026, 10, 1)));
        assert!(!recommendation.psn_enclosed);
        assert!(pwn(PwnSituation::Recommendation, None).psn_enclosed);
        for n in [&referral, &refusal, &recommendation] {
            assert!(n.action_description.is_empty() && n.reasons.is_empty());
            assert!(n.sources_of_assistance.is_empty() && n.program_visit_contact.is_none());
        }
    }
}
