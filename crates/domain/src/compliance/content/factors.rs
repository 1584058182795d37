//! Special factors and their follow-ups (L2033–L2057).

use super::{blank, err, warn, ContentCx};
use crate::compliance::Finding;

pub fn check(cx: &ContentCx) -> Vec<Finding> {
    let f = &cx.content.special_factors;
    let mut out = Vec::new();
    for (name, considered) in f.considered() {
        if !considered {
            out.push(err(
                "special-factor-not-considered",
                "L2047",
                format!("special_factors.{name}.applies"),
                "The team must consider every special factor: answer whether it applies.",
            ));
        }
    }
    if f.behavior.applies == Some(true)
        && f.behavior.fba_on.is_some()
        && f.behavior.bip_on.is_none()
    {
        out.push(warn(
            "behavior-bip-not-noted",
            "L2049",
            "special_factors.behavior.bip_on",
            "An FBA was conducted: note the Behavior Intervention Plan and its date too.",
        ));
    }
    if f.ell.applies == Some(true) && blank(&f.ell.language_needs) {
        out.push(err(
            "ell-language-needs-missing",
            "L2053",
            "special_factors.ell.language_needs",
            "Consider the student's language needs as they relate to the IEP and record them.",
        ));
    }
    if f.vision.applies == Some(true) {
        match f.vision.braille_instruction {
            None => out.push(err("braille-decision-missing", "L2037", "special_factors.vision.braille_instruction", "For a blind or visually impaired student, Braille instruction is provided unless the team decides it is not appropriate: record the decision.")),
            Some(false) if blank(&f.vision.braille_not_appropriate_reason) => out.push(err("braille-decision-missing", "L2037", "special_factors.vision.braille_not_appropriate_reason", "Say why Braille instruction is not appropriate for this student.")),
            _ => {}
        }
    }
    if f.hearing.applies == Some(true) {
        for (field, text) in [
            ("mode_of_communication", &f.hearing.mode_of_communication),
            ("communication_needs", &f.hearing.communication_needs),
            (
                "language_of_instruction",
                &f.hearing.language_of_instruction,
            ),
        ] {
            if blank(text) {
                out.push(err("deaf-communication-missing", "L2039", format!("special_factors.hearing.{field}"), "For a deaf or hard-of-hearing student the team determines the language and mode of communication, the communication needs and the language of instruction."));
            }
        }
    }
    if f.assistive_technology.applies == Some(true)
        && cx.content.programs_services.assistive_technology.is_empty()
    {
        out.push(warn(
            "at-factor-without-at",
            "L2043",
            "programs_services.assistive_technology",
            "The team found the student needs assistive technology: list the devices or services.",
        ));
    }
    out
}
