//! The TypeScript types the UI uses are generated from the Rust types, never retyped.
//! This test fails when `ui/src/lib/bindings.ts` is stale; `UPDATE_BINDINGS=1 cargo test -p
//! iepdesk-api --test bindings` rewrites it.

use iepdesk_api::*;
use iepdesk_domain::meeting::{
    AgreementChannel, ExcusalInitiator, ExcusalRequest, Interpreter, Meeting, MeetingType, MemberRequest,
    MemberRequestKind, OutreachAttempt, OutreachChannel, OutreachOutcome, ParentAgreement, Participant, Presence,
    Program, ProposedChange, RatioChange, Requester, Role as MeetingRole, StudentContext, StudentInvitation,
};
use iepdesk_domain::*;
use ts_rs::{Config, TS};

macro_rules! decls {
    ($cfg:expr; $($t:ty),* $(,)?) => {
        vec![$(format!("export {}", <$t as TS>::decl($cfg))),*]
    };
}

fn generate() -> String {
    // i64 values (revisions, sequence numbers) stay far below 2^53, and serde_json writes them as
    // JSON numbers, so `number` is the honest TypeScript type.
    let cfg = &Config::new().with_large_int("number");
    let mut decls = decls![cfg;
        UserId, StudentId, IepId, ChangeId, Osis, Dbn, LanguageCode,
        Role, UserProfile, NewUserProfile, FieldError, Grade, PersonName, Student, CreateStudent, Language,
        IepStatus, PresentLevels, IepContent,
        Meeting, MeetingType, StudentContext, Interpreter, Program, RatioChange, ProposedChange, Participant,
        MeetingRole, Presence, MemberRequest, MemberRequestKind, Requester, ExcusalRequest, ExcusalInitiator,
        AgreementChannel, ParentAgreement, OutreachAttempt, OutreachChannel, OutreachOutcome, StudentInvitation, Iep, IepSummary, StudentSummary, StudentDetail, StepStatus,
        WizardStep, IepView, EditField, SavedEdit, ApiErrorKind, ApiError, EntityKind, ChangeRecord,
    ];
    decls.extend(iepdesk_domain::iep::ts_decls(cfg));
    let mut out = String::from("// Generated from the Rust types by ts-rs (crates/api/tests/bindings.rs). Do not edit by hand.\n\n");
    for d in decls {
        out.push_str(&d);
        out.push_str("\n\n");
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

#[test]
fn typescript_bindings_are_fresh() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../ui/src/lib/bindings.ts");
    let want = generate();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(path, &want).unwrap();
        return;
    }
    let have = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        have == want,
        "ui/src/lib/bindings.ts is stale: run `make bindings` (UPDATE_BINDINGS=1 cargo test -p iepdesk-api --test bindings)"
    );
}
