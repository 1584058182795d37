//! IEPs: drafts are updated in place (each edit logged); finalized ones are frozen by triggers.

use crate::{now, StoreError};
use chrono::{DateTime, Utc};
use iepdesk_domain::{Change, Iep, IepContent, IepId, IepStatus, StudentId};
use rusqlite::{params, Connection, Row, Transaction};
use serde::Serialize;
use ts_rs::TS;

/// A row of a student's IEP list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct IepSummary {
    pub id: IepId,
    pub version: u32,
    pub status: IepStatus,
    pub updated_at: String,
}

/// An IEP with its store revision (incremented by every write).
#[derive(Debug, Clone, PartialEq)]
pub struct StoredIep {
    pub iep: Iep,
    pub revision: i64,
    pub updated_at: String,
}

const COLUMNS: &str = "id, student_id, version, status, amends, amended_by, finalized_at, content_hash, content, revision, updated_at";

fn status(
    status: &str,
    finalized_at: Option<String>,
    hash: Option<String>,
    by: Option<String>,
) -> Result<IepStatus, String> {
    match status {
        "draft" => Ok(IepStatus::Draft),
        "finalized" => Ok(IepStatus::Finalized {
            at: parse_time(finalized_at.as_deref())?,
            content_hash: hash.ok_or("finalized IEP without content hash")?,
        }),
        "amended" => Ok(IepStatus::Amended {
            by: by
                .as_deref()
                .unwrap_or_default()
                .parse()
                .map_err(|_| "amended IEP without amendment id")?,
        }),
        other => Err(format!("IEP status `{other}`")),
    }
}

fn parse_time(s: Option<&str>) -> Result<DateTime<Utc>, String> {
    let s = s.ok_or("finalized IEP without finalized_at")?;
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| format!("timestamp `{s}`"))
}

fn stored(row: &Row<'_>) -> rusqlite::Result<Result<StoredIep, String>> {
    let id: String = row.get(0)?;
    let student_id: String = row.get(1)?;
    let version: u32 = row.get(2)?;
    let st: String = row.get(3)?;
    let amends: Option<String> = row.get(4)?;
    let amended_by: Option<String> = row.get(5)?;
    let finalized_at: Option<String> = row.get(6)?;
    let hash: Option<String> = row.get(7)?;
    let content: String = row.get(8)?;
    let revision: i64 = row.get(9)?;
    let updated_at: String = row.get(10)?;
    Ok((|| {
        let content: IepContent =
            serde_json::from_str(&content).map_err(|e| format!("IEP content: {e}"))?;
        Ok(StoredIep {
            iep: Iep {
                id: id.parse().map_err(|_| format!("IEP id `{id}`"))?,
                student_id: student_id
                    .parse()
                    .map_err(|_| format!("student id `{student_id}`"))?,
                version,
                status: status(&st, finalized_at, hash, amended_by)?,
                amends: amends
                    .map(|a| a.parse().map_err(|_| format!("IEP id `{a}`")))
                    .transpose()?,
                content,
            },
            revision,
            updated_at,
        })
    })())
}

pub fn get(conn: &Connection, id: IepId) -> Result<StoredIep, StoreError> {
    crate::by_id(conn, "iep", COLUMNS, id, "IEP", stored)
}

pub fn list_for_student(
    conn: &Connection,
    student: StudentId,
) -> Result<Vec<IepSummary>, StoreError> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM iep WHERE student_id = ?1 ORDER BY version DESC"
    ))?;
    let rows = stmt.query_map(params![student.to_string()], stored)?;
    rows.map(|r| {
        let s = r?.map_err(StoreError::Corrupt)?;
        Ok(IepSummary {
            id: s.iep.id,
            version: s.iep.version,
            status: s.iep.status,
            updated_at: s.updated_at,
        })
    })
    .collect()
}

/// The version number the student's next IEP gets.
pub fn next_version(conn: &Connection, student: StudentId) -> Result<u32, StoreError> {
    Ok(conn.query_row(
        "SELECT coalesce(max(version), 0) + 1 FROM iep WHERE student_id = ?1",
        params![student.to_string()],
        |r| r.get(0),
    )?)
}

/// Inserts a new IEP (revision 1).
pub fn insert(
    tx: &Transaction<'_>,
    iep: &Iep,
    changes: Vec<Change>,
) -> Result<Vec<(Change, i64)>, StoreError> {
    let at = now();
    let (st, fin, hash, by) = status_columns(&iep.status);
    let r = tx.execute(
        &format!("INSERT INTO iep ({COLUMNS}, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 1, ?10, ?10)"),
        params![
            iep.id.to_string(),
            iep.student_id.to_string(),
            iep.version,
            st,
            iep.amends.map(|a| a.to_string()),
            by,
            fin,
            hash,
            serde_json::to_string(&iep.content).expect("serializes"),
            at,
        ],
    );
    if let Err(rusqlite::Error::SqliteFailure(e, Some(msg))) = &r {
        if e.code == rusqlite::ErrorCode::ConstraintViolation
            && msg.contains("iep.student_id")
            && st == "draft"
        {
            return Err(StoreError::DraftExists);
        }
    }
    r?;
    Ok(changes.into_iter().map(|c| (c, 1)).collect())
}

/// Writes an IEP's new content and status over revision `expected_revision`, returning the new
/// revision. A revision that moved on in between is a conflict, reported rather than overwritten.
pub fn update(
    tx: &Transaction<'_>,
    iep: &Iep,
    expected_revision: i64,
    changes: Vec<Change>,
) -> Result<(i64, Vec<(Change, i64)>), StoreError> {
    let (st, fin, hash, by) = status_columns(&iep.status);
    let n = tx.execute(
        "UPDATE iep SET status = ?2, finalized_at = ?3, content_hash = ?4, amended_by = ?5, content = ?6,
                        revision = revision + 1, updated_at = ?7
          WHERE id = ?1 AND revision = ?8",
        params![
            iep.id.to_string(),
            st,
            fin,
            hash,
            by,
            serde_json::to_string(&iep.content).expect("serializes"),
            now(),
            expected_revision,
        ],
    )?;
    if n == 0 {
        return Err(StoreError::Corrupt(format!(
            "IEP {} changed underneath this edit (revision {expected_revision})",
            iep.id
        )));
    }
    let revision = expected_revision + 1;
    Ok((
        revision,
        changes.into_iter().map(|c| (c, revision)).collect(),
    ))
}

/// Marks a finalized IEP superseded by its amendment `by`. Only the status columns change, so the
/// trigger `iep_finalized_is_immutable` lets it through (finalized → amended, with `amended_by`);
/// `finalized_at` and `content_hash` stay as the record of the finalized version.
pub fn mark_amended(tx: &Transaction<'_>, id: IepId, by: IepId, expected_revision: i64, changes: Vec<Change>) -> Result<(i64, Vec<(Change, i64)>), StoreError> {
    let n = tx.execute(
        "UPDATE iep SET status = 'amended', amended_by = ?2, revision = revision + 1, updated_at = ?3
          WHERE id = ?1 AND status = 'finalized' AND revision = ?4",
        params![id.to_string(), by.to_string(), now(), expected_revision],
    )?;
    if n == 0 {
        return Err(StoreError::Corrupt(format!("IEP {id} is not the finalized revision {expected_revision} this amendment supersedes")));
    }
    let revision = expected_revision + 1;
    Ok((revision, changes.into_iter().map(|c| (c, revision)).collect()))
}

fn status_columns(s: &IepStatus) -> (&'static str, Option<String>, Option<String>, Option<String>) {
    match s {
        IepStatus::Draft => ("draft", None, None, None),
        IepStatus::Finalized { at, content_hash } => (
            "finalized",
            Some(at.to_rfc3339()),
            Some(content_hash.clone()),
            None,
        ),
        IepStatus::Amended { by } => ("amended", None, None, Some(by.to_string())),
    }
}

impl crate::Store {
    pub fn iep(&self, id: IepId) -> Result<StoredIep, StoreError> {
        get(&self.conn, id)
    }

    pub fn ieps_of(&self, student: StudentId) -> Result<Vec<IepSummary>, StoreError> {
        list_for_student(&self.conn, student)
    }
}
