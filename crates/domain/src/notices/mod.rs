//! Prior Written Notice and consent, as data rules (rendering lives in `crates/documents`).
//!
//! - [`pwn`]: the notice, its seven required elements (L173–197), the PSN (L149, L203), a consent
//!   request sent with it (L203), translation (L153), the program-visit contact (L1491).
//! - [`consent`]: informed and partial consent (L207, L209).
//! - `draft`: a new notice's content, prefilled from its template, the IEP and the case.
//! - [`record`]: a notice the app keeps (a PWN or a consent form), drafted and then issued.
//! - [`parent`]: who may sign as parent (L223–257, L331), surrogate appointment (L259–337).
//!
//! Findings use `crate::compliance::Finding`; readings of ambiguous text are M-12 to M-14 in
//! docs/decisions-meeting.md.

pub mod consent;
mod draft;
pub mod parent;
pub mod pwn;
pub mod record;

pub use consent::{check_consent, what_can_start, Consent, ConsentItem, ConsentKind, Disclosures};
pub use parent::{
    check_signer, check_surrogate, BirthParentStatus, Custody, GolDesignation, ParentType, Signer,
    SurrogateAppointment, SurrogateSource,
};
pub use pwn::{
    check_pwn, last_psn_before, psn_required, ConsentRequestRef, PriorWrittenNotice, PsnOccasion, PwnAction,
    PwnSituation, RefusalPackage, RejectedOption,
};
pub use record::{
    notice_findings, ConsentRequest, Notice, NoticeContent, NoticeStatus, NoticeTemplate,
};

#[cfg(test)]
mod tests;
