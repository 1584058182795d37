//! Notices (a PWN or a consent form): drafts are updated in place (each edit logged); issued ones
//! are frozen by triggers, like finalized IEPs.

use crate::{now, StoreError};
use chrono::{DateTime, Utc};
use iepdesk_domain::notices::{Notice, NoticeContent, NoticeStatus};
use iepdesk_domain::{Change, NoticeId, StudentId};
use rusqlite::{params, Connection, Row, Transaction};

/// A notice with its store revision (incremented by every write).
#[derive(Debug, Clone, PartialEq)]
pub struct StoredNotice {
    pub notice: Notice,
    pub revision: i64,
    pub created_at: String,
    pub updated_at: String,
}

const COLUMNS: &str =
    "id, student_id, iep_id, kind, status, issued_at, content_hash, content, revision, created_at, updated_at";

fn stored(row: &Row<'_>) -> rusqlite::Result<Result<StoredNotice, String>> {
    let id: String = row.get(0)?;
    let student_id: String = row.get(1)?;
    let iep_id: Option<String> = row.get(2)?;
    let kind: String = row.get(3)?;
    let status: String = row.get(4)?;
    let issued_at: Option<String> = row.get(5)?;
    let hash: Option<String> = row.get(6)?;
    let content: String = row.get(7)?;
    let revision: i64 = row.get(8)?;
    let created_at: String = row.get(9)?;
    let updated_at: String = row.get(10)?;
    Ok((|| {
        // The content column holds the inner record; the kind column says which.
        let tagged = format!(r#"{{"kind":"{kind}","content":{content}}}"#);
        let content: NoticeContent =
            serde_json::from_str(&tagged).map_err(|e| format!("notice content: {e}"))?;
        let status = match (status.as_str(), issued_at, hash) {
            ("draft", None, None) => NoticeStatus::Draft,
            ("issued", Some(at), Some(content_hash)) => NoticeStatus::Issued {
                at: DateTime::parse_from_rfc3339(&at)
                    .map_err(|_| format!("timestamp `{at}`"))?
                    .with_timezone(&Utc),
                content_hash,
            },
            (other, ..) => return Err(format!("notice status `{other}`")),
        };
        Ok(StoredNotice {
            notice: Notice {
                id: id.parse().map_err(|_| format!("notice id `{id}`"))?,
                student_id: student_id
                    .parse()
                    .map_err(|_| format!("student id `{student_id}`"))?,
                iep_id: iep_id
                    .map(|i| i.parse().map_err(|_| format!("IEP id `{i}`")))
                    .transpose()?,
                status,
                content,
            },
            revision,
            created_at,
            updated_at,
        })
    })())
}

fn content_json(content: &NoticeContent) -> String {
    let tagged = serde_json::to_value(content).expect("serializes");
    tagged["content"].to_string()
}

fn status_columns(s: &NoticeStatus) -> (&'static str, Option<String>, Option<String>) {
    match s {
        NoticeStatus::Draft => ("draft", None, None),
        NoticeStatus::Issued { at, content_hash } => {
            ("issued", Some(at.to_rfc3339()), Some(content_hash.clone()))
        }
    }
}

pub fn get(conn: &Connection, id: NoticeId) -> Result<StoredNotice, StoreError> {
    crate::by_id(conn, "notice", COLUMNS, id, "notice", stored)
}

/// A student's notices, newest first.
pub fn list_for_student(
    conn: &Connection,
    student: StudentId,
) -> Result<Vec<StoredNotice>, StoreError> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM notice WHERE student_id = ?1 ORDER BY created_at DESC, id DESC"
    ))?;
    let rows = stmt.query_map(params![student.to_string()], stored)?;
    rows.map(|r| r?.map_err(StoreError::Corrupt)).collect()
}

/// Inserts a new notice (revision 1).
pub fn insert(
    tx: &Transaction<'_>,
    n: &Notice,
    changes: Vec<Change>,
) -> Result<Vec<(Change, i64)>, StoreError> {
    let at = now();
    let (st, issued, hash) = status_columns(&n.status);
    tx.execute(
        &format!(
            "INSERT INTO notice ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 1, ?9, ?9)"
        ),
        params![
            n.id.to_string(),
            n.student_id.to_string(),
            n.iep_id.map(|i| i.to_string()),
            n.content.kind_name(),
            st,
            issued,
            hash,
            content_json(&n.content),
            at,
        ],
    )?;
    Ok(changes.into_iter().map(|c| (c, 1)).collect())
}

/// Writes a notice's new content and status over revision `expected_revision`, returning the new
/// revision; a revision that moved on in between is reported, not overwritten.
pub fn update(
    tx: &Transaction<'_>,
    n: &Notice,
    expected_revision: i64,
    changes: Vec<Change>,
) -> Result<(i64, Vec<(Change, i64)>), StoreError> {
    let (st, issued, hash) = status_columns(&n.status);
    let count = tx.execute(
        "UPDATE notice SET status = ?2, issued_at = ?3, content_hash = ?4, content = ?5,
                           revision = revision + 1, updated_at = ?6
          WHERE id = ?1 AND revision = ?7",
        params![
            n.id.to_string(),
            st,
            issued,
            hash,
            content_json(&n.content),
            now(),
            expected_revision,
        ],
    )?;
    if count == 0 {
        return Err(StoreError::Corrupt(format!(
            "notice {} changed underneath this edit (revision {expected_revision})",
            n.id
        )));
    }
    let revision = expected_revision + 1;
    Ok((
        revision,
        changes.into_iter().map(|c| (c, revision)).collect(),
    ))
}

impl crate::Store {
    pub fn notice(&self, id: NoticeId) -> Result<StoredNotice, StoreError> {
        get(&self.conn, id)
    }

    pub fn notices_of(&self, student: StudentId) -> Result<Vec<StoredNotice>, StoreError> {
        list_for_student(&self.conn, student)
    }
}
