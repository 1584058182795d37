//! The TypeScript types the UI uses are generated from the Rust types, never retyped.
//! This test fails when `ui/src/lib/bindings.ts` is stale; `UPDATE_BINDINGS=1 cargo test -p
//! iepdesk-api --test bindings` rewrites it.

use iepdesk_api::*;
use iepdesk_domain::calendar::DayUnit;
use iepdesk_domain::compliance::case::{CaseDeadline, DeadlineStatus};
use iepdesk_domain::compliance::{Finding, Severity};
use iepdesk_domain::meeting::{
    AgreementChannel, ExcusalInitiator, ExcusalRequest, Interpreter, Meeting, MeetingType,
    MemberRequest, MemberRequestKind, OutreachAttempt, OutreachChannel, OutreachOutcome,
    ParentAgreement, Participant, Presence, Program, ProposedChange, RatioChange, Requester,
    Role as MeetingRole, StudentContext, StudentInvitation,
};
use iepdesk_domain::notices::{
    ConsentKind, ConsentRequest, ConsentRequestRef, Notice, NoticeContent, NoticeStatus,
    NoticeTemplate, PriorWrittenNotice, PsnOccasion, PwnAction, PwnSituation, RefusalPackage,
    RejectedOption,
};
use iepdesk_domain::rules::{Deadline, RuleKind, Trigger};
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
        Finding, Severity, Trigger, DayUnit, RuleKind, Deadline, DeadlineStatus, CaseDeadline, CaseEventRecord,
        NewCaseEvent, TriggerChoice, StudentCompliance, GoalBankEntry,
        ParentDocument, PrintableDocument, ParentDocumentRequest, DocumentPreview, SavedDocument,
        NoticeId, PwnSituation, PwnAction, PsnOccasion, RejectedOption, ConsentKind, ConsentRequestRef,
        RefusalPackage, PriorWrittenNotice, ConsentRequest, NoticeContent, NoticeStatus, Notice,
        NoticeTemplate, NewNotice, EditNoticeField, NoticeView, SavedNoticeEdit, NoticeSummary,
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

/// The JSON Schema of `IepContent`: the UI renders each IEP section from it (SectionForm), so a
/// field added to a section's struct appears in the wizard without UI work.
///
/// JSON objects keep their keys sorted, so each object schema also gets `x-order`: its fields in
/// declaration order (the order of the State form), read from the ts-rs declarations.
fn content_schema() -> String {
    schema_file::<IepContent>()
}

/// The JSON Schema the UI renders a form from, with each object's fields in declaration order.
fn schema_file<T: schemars::JsonSchema + TS + 'static>() -> String {
    let mut schema = serde_json::to_value(schemars::schema_for!(T)).unwrap();
    let cfg = Config::new().with_large_int("number");
    let mut orders = std::collections::BTreeMap::new();
    let root = T::ident(&cfg);
    orders.insert(root.clone(), field_order(&T::decl(&cfg)));
    let mut visitor = FieldOrders {
        cfg: &cfg,
        orders: &mut orders,
    };
    T::visit_dependencies(&mut visitor);
    add_order(&mut schema, orders.get(&root));
    if let Some(defs) = schema.get_mut("$defs").and_then(|d| d.as_object_mut()) {
        for (name, def) in defs.iter_mut() {
            add_order(def, orders.get(name));
        }
    }
    let mut text = serde_json::to_string_pretty(&schema).unwrap();
    text.push('\n');
    text
}

fn add_order(def: &mut serde_json::Value, order: Option<&Vec<String>>) {
    let (Some(obj), Some(order)) = (def.as_object_mut(), order) else {
        return;
    };
    let Some(props) = obj.get("properties").and_then(|p| p.as_object()) else {
        return;
    };
    let known: Vec<_> = order
        .iter()
        .filter(|f| props.contains_key(*f))
        .cloned()
        .collect();
    if !known.is_empty() {
        obj.insert("x-order".into(), serde_json::json!(known));
    }
}

/// Collects the field order of every declarable type reachable from the one visited.
struct FieldOrders<'a> {
    cfg: &'a Config,
    orders: &'a mut std::collections::BTreeMap<String, Vec<String>>,
}

impl ts_rs::TypeVisitor for FieldOrders<'_> {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        if T::output_path().is_none() {
            return;
        }
        let name = T::ident(self.cfg);
        if self.orders.contains_key(&name) {
            return;
        }
        self.orders.insert(name, field_order(&T::decl(self.cfg)));
        T::visit_dependencies(self);
    }
}

/// The top-level field names of `type X = { a: …, b?: … }`, in order; empty for other shapes.
fn field_order(decl: &str) -> Vec<String> {
    let mut text = String::new();
    let mut rest = decl;
    // Doc comments may hold any character, braces included.
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    text.push_str(rest);
    let Some(body) = text.split_once('=').map(|(_, b)| b.trim()) else {
        return vec![];
    };
    if !body.starts_with('{') {
        return vec![];
    }
    let (mut depth, mut fields, mut current, mut expecting) = (0, Vec::new(), String::new(), false);
    for c in body.chars() {
        match c {
            '{' | '[' | '(' | '<' => {
                depth += 1;
                expecting = depth == 1;
            }
            '}' | ']' | ')' | '>' => depth -= 1,
            ',' if depth == 1 => expecting = true,
            ':' | '?' if depth == 1 && expecting => {
                fields.push(
                    std::mem::take(&mut current)
                        .trim()
                        .trim_matches('"')
                        .to_string(),
                );
                expecting = false;
            }
            _ if depth == 1 && expecting => current.push(c),
            _ => {}
        }
        if depth == 0 && c == '}' {
            break;
        }
    }
    fields.retain(|f| !f.is_empty());
    fields
}

/// Writes `want` to `path` under UPDATE_BINDINGS, otherwise fails when the file differs.
fn fresh(rel: &str, want: &str) {
    let path = format!("{}/../../{rel}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, want).unwrap();
        return;
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "{rel} is stale: run `make bindings` (UPDATE_BINDINGS=1 cargo test -p iepdesk-api --test bindings)"
    );
}

#[test]
fn typescript_bindings_are_fresh() {
    fresh("ui/src/lib/bindings.ts", &generate());
}

/// The content of a new draft, so the UI's in-memory backend starts from what Rust starts from.
#[test]
fn empty_iep_content_is_fresh() {
    let empty =
        serde_json::to_string_pretty(&iepdesk_api::domain::IepContent::default()).unwrap() + "\n";
    fresh("ui/src/lib/iep-content.empty.json", &empty);
}

#[test]
fn iep_content_schema_is_fresh() {
    fresh("ui/src/lib/iep-content.schema.json", &content_schema());
}

/// The notice editor's forms: a Prior Written Notice and a consent form.
#[test]
fn notice_schemas_are_fresh() {
    fresh(
        "ui/src/lib/pwn.schema.json",
        &schema_file::<PriorWrittenNotice>(),
    );
    fresh(
        "ui/src/lib/consent-request.schema.json",
        &schema_file::<ConsentRequest>(),
    );
}
