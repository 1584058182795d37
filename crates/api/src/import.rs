//! Filling a draft from a whole `IepContent` (a CASE.json's `iep`, a test fixture) through the
//! same `EditField` path autosave uses, so every value passes the same validation and is logged
//! field by field.

use crate::{ApiError, App};
use iepdesk_domain::{EditField, IepContent, IepId};
use serde_json::Value;

impl App {
    /// Sets every non-default field of `content` on the draft `iep_id`, one `EditField` per leaf
    /// (lists and the meeting are set whole). Returns how many edits changed something. Stops at
    /// the first refused value, with its error; the edits before it stay saved, as autosave's do.
    pub fn fill_iep(&self, iep_id: IepId, content: &IepContent) -> Result<usize, ApiError> {
        let want = serde_json::to_value(content).expect("content serializes");
        let blank = serde_json::to_value(IepContent::default()).expect("content serializes");
        let mut edits = Vec::new();
        leaves(&want, &blank, String::new(), &mut edits);
        let mut changed = 0;
        for (path, value) in edits {
            if self
                .edit_iep_field(EditField {
                    iep_id,
                    path,
                    value,
                })?
                .changed
            {
                changed += 1;
            }
        }
        Ok(changed)
    }
}

/// The (path, value) pairs where `want` differs from `blank`: objects that exist in both are
/// walked, anything else is one edit.
fn leaves(want: &Value, blank: &Value, at: String, out: &mut Vec<(String, Value)>) {
    match (want, blank) {
        (Value::Object(w), Value::Object(b)) => {
            for (k, v) in w {
                let path = if at.is_empty() {
                    k.clone()
                } else {
                    format!("{at}.{k}")
                };
                match b.get(k) {
                    Some(bv) => leaves(v, bv, path, out),
                    None => out.push((path, v.clone())),
                }
            }
        }
        (w, b) if w == b => {}
        (w, _) => out.push((at, w.clone())),
    }
}
