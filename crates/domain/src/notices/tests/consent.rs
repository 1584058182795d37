//! Informed consent (L207) and partial consent (L209).

use super::*;

fn consent() -> Consent {
    Consent {
        kind: ConsentKind::InitialEvaluation,
        signer: birth_parent(),
        signed_in_writing: true,
        received_on: d(2026, 1, 15),
        disclosures: Disclosures {
            records_shared: true,
            testing: true,
            may_decline: true,
            may_revoke: true,
            revocation_not_retroactive: true,
        },
        items: vec![
            ConsentItem {
                activity: "psychological".into(),
                consented: true,
            },
            ConsentItem {
                activity: "classroom observation".into(),
                consented: true,
            },
        ],
        supervisor_consulted_on: None,
        revoked_on: None,
    }
}

#[test]
fn complete_consent_starts_everything() {
    let c = consent();
    assert!(check_consent(&c, cal(), &rs()).is_empty());
    assert_eq!(
        what_can_start(&c, d(2026, 1, 16), cal(), &rs()),
        ["psychological", "classroom observation"]
    );
}

#[test]
fn written_and_informed() {
    // L207.
    let mut c = consent();
    c.signed_in_writing = false;
    c.disclosures.may_revoke = false;
    let f = check_consent(&c, cal(), &rs());
    assert_eq!(
        ids(&f),
        ["consent-not-written", "consent-disclosure-missing"]
    );
    assert!(f[1].message.contains("revoked"), "{}", f[1].message);
    assert!(what_can_start(&c, d(2026, 1, 16), cal(), &rs()).is_empty());
}

#[test]
fn partial_consent_starts_only_what_was_consented() {
    // L209.
    let mut c = consent();
    c.items[1].consented = false;
    assert_eq!(
        ids(&check_consent(&c, cal(), &rs())),
        ["partial-consent-escalate"]
    );
    assert_eq!(
        what_can_start(&c, d(2026, 1, 16), cal(), &rs()),
        ["psychological"]
    );
    c.supervisor_consulted_on = Some(d(2026, 1, 16));
    assert!(check_consent(&c, cal(), &rs()).is_empty());
}

#[test]
fn revocation_applies_from_its_date() {
    // L207: not retroactive.
    let mut c = consent();
    c.revoked_on = Some(d(2026, 2, 1));
    assert_eq!(what_can_start(&c, d(2026, 1, 20), cal(), &rs()).len(), 2);
    assert!(what_can_start(&c, d(2026, 2, 1), cal(), &rs()).is_empty());
}

#[test]
fn items_must_be_listed() {
    // L209.
    let mut c = consent();
    c.items.clear();
    assert_eq!(
        ids(&check_consent(&c, cal(), &rs())),
        ["consent-items-missing"]
    );
}
