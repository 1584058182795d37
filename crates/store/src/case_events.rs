//! A student's case events: the dated facts deadlines count from (rules::Trigger + date + note).
//!
//! They belong to the student's case, so their change-log rows are the student's: path
//! `case_events.<event id>`, the event as JSON on the side where it exists, and the student's
//! revision moves on with each insert or removal (a sync peer sees the case changed).

use crate::{none_if_no_rows, now, StoreError};
use chrono::NaiveDate;
use iepdesk_domain::rules::Trigger;
use iepdesk_domain::{Change, EntityKind, StudentId};
use rusqlite::{params, Connection, Row, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

/// One recorded event of a student's case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CaseEventRecord {
    #[ts(type = "string")]
    pub id: Uuid,
    pub student_id: StudentId,
    pub trigger: Trigger,
    pub date: NaiveDate,
    pub note: Option<String>,
}

impl CaseEventRecord {
    /// The event as the change log records it (without the ids, which the row already names).
    fn logged(&self) -> serde_json::Value {
        serde_json::json!({ "trigger": self.trigger, "date": self.date, "note": self.note })
    }

    fn path(&self) -> String {
        format!("case_events.{}", self.id)
    }
}

const COLUMNS: &str = "id, student_id, kind, date, note";

fn record(row: &Row<'_>) -> rusqlite::Result<Result<CaseEventRecord, String>> {
    let (id, student, kind, date, note): (String, String, String, String, Option<String>) = (
        row.get(0)?,
        row.get(1)?,
        row.get(2)?,
        row.get(3)?,
        row.get(4)?,
    );
    Ok((|| {
        Ok(CaseEventRecord {
            id: id.parse().map_err(|_| format!("case event id `{id}`"))?,
            student_id: student
                .parse()
                .map_err(|_| format!("student id `{student}`"))?,
            trigger: serde_json::from_value(serde_json::Value::String(kind.clone()))
                .map_err(|_| format!("case event trigger `{kind}`"))?,
            date: date
                .parse()
                .map_err(|_| format!("case event date `{date}`"))?,
            note,
        })
    })())
}

/// Moves the student's revision on and returns the new one; `NotFound` for an unknown student.
fn bump_student(tx: &Transaction<'_>, student: StudentId) -> Result<i64, StoreError> {
    tx.query_row(
        "UPDATE student SET revision = revision + 1, updated_at = ?2 WHERE id = ?1 RETURNING revision",
        params![student.to_string(), now()],
        |r| r.get(0),
    )
    .map(Some)
    .or_else(none_if_no_rows)?
    .ok_or_else(|| StoreError::NotFound { entity: "student", id: student.to_string() })
}

/// Inserts an event and returns its change (old `null`, new the event).
pub fn insert(tx: &Transaction<'_>, e: &CaseEventRecord) -> Result<Vec<(Change, i64)>, StoreError> {
    let revision = bump_student(tx, e.student_id)?;
    let kind = serde_json::to_value(e.trigger).expect("serializes");
    tx.execute(
        &format!("INSERT INTO case_event ({COLUMNS}, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
        params![
            e.id.to_string(),
            e.student_id.to_string(),
            kind.as_str(),
            e.date.to_string(),
            e.note,
            now()
        ],
    )?;
    let change = Change::new(
        EntityKind::Student,
        e.student_id.0,
        e.path(),
        serde_json::Value::Null,
        e.logged(),
    );
    Ok(vec![(change, revision)])
}

/// Deletes an event and returns its change (old the event, new `null`).
pub fn remove(
    tx: &Transaction<'_>,
    id: Uuid,
) -> Result<(CaseEventRecord, Vec<(Change, i64)>), StoreError> {
    let e = get(tx, id)?;
    let revision = bump_student(tx, e.student_id)?;
    tx.execute(
        "DELETE FROM case_event WHERE id = ?1",
        params![id.to_string()],
    )?;
    let change = Change::new(
        EntityKind::Student,
        e.student_id.0,
        e.path(),
        e.logged(),
        serde_json::Value::Null,
    );
    Ok((e, vec![(change, revision)]))
}

pub fn get(conn: &Connection, id: Uuid) -> Result<CaseEventRecord, StoreError> {
    crate::by_id(conn, "case_event", COLUMNS, id, "case event", record)
}

/// A student's events by date (then by when they were recorded).
pub fn list_for_student(
    conn: &Connection,
    student: StudentId,
) -> Result<Vec<CaseEventRecord>, StoreError> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM case_event WHERE student_id = ?1 ORDER BY date, id"
    ))?;
    let rows = stmt.query_map(params![student.to_string()], record)?;
    rows.map(|r| r?.map_err(StoreError::Corrupt)).collect()
}

impl crate::Store {
    pub fn case_events_of(&self, student: StudentId) -> Result<Vec<CaseEventRecord>, StoreError> {
        list_for_student(&self.conn, student)
    }
}
