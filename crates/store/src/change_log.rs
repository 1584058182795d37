//! The append-only change log: one row per changed field, with who, when and from which device.

use crate::{now, Author, StoreError};
use iepdesk_domain::{Change, ChangeId, EntityKind};
use rusqlite::{params, Connection, Row, Transaction};
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

/// One row of the change log as the UI and sync see it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ChangeRecord {
    pub seq: i64,
    pub change_id: ChangeId,
    pub command_id: String,
    pub entity: EntityKind,
    #[ts(type = "string")]
    pub entity_id: Uuid,
    pub entity_revision: i64,
    pub path: String,
    #[ts(type = "unknown")]
    pub old: serde_json::Value,
    #[ts(type = "unknown")]
    pub new: serde_json::Value,
    pub author_id: String,
    pub device_id: String,
    pub recorded_at: String,
    /// When the server acknowledged it; `None` while it waits in the outbox.
    pub pushed_at: Option<String>,
}

/// Appends the changes of one command (they share a command id and a timestamp).
/// Each change comes with the entity's revision after the change.
pub(crate) fn append(
    tx: &Transaction<'_>,
    author: Author,
    changes: &[(Change, i64)],
) -> Result<(), StoreError> {
    if changes.is_empty() {
        return Ok(());
    }
    let command_id = Uuid::now_v7().to_string();
    let at = now();
    let mut stmt = tx.prepare_cached(
        "INSERT INTO change_log (change_id, command_id, entity, entity_id, entity_revision, field_path,
                                 old_value, new_value, author_id, device_id, recorded_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    for (c, revision) in changes {
        stmt.execute(params![
            c.id.to_string(),
            command_id,
            c.entity.as_str(),
            c.entity_id.to_string(),
            revision,
            c.path,
            c.old.to_string(),
            c.new.to_string(),
            author.user.to_string(),
            author.device.to_string(),
            at,
        ])?;
    }
    Ok(())
}

const SELECT: &str = "SELECT c.seq, c.change_id, c.command_id, c.entity, c.entity_id, c.entity_revision, c.field_path,
        c.old_value, c.new_value, c.author_id, c.device_id, c.recorded_at, p.pushed_at
   FROM change_log c LEFT JOIN change_push p ON p.change_id = c.change_id";

fn record(row: &Row<'_>) -> rusqlite::Result<ChangeRecord> {
    let bad = |i: usize, what: String| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, what.into())
    };
    let entity: String = row.get(3)?;
    let json = |i: usize| -> rusqlite::Result<serde_json::Value> {
        let s: String = row.get(i)?;
        serde_json::from_str(&s).map_err(|e| bad(i, e.to_string()))
    };
    Ok(ChangeRecord {
        seq: row.get(0)?,
        change_id: row
            .get::<_, String>(1)?
            .parse()
            .map_err(|_| bad(1, "change id".into()))?,
        command_id: row.get(2)?,
        entity: EntityKind::parse(&entity).ok_or_else(|| bad(3, entity.clone()))?,
        entity_id: row
            .get::<_, String>(4)?
            .parse()
            .map_err(|_| bad(4, "entity id".into()))?,
        entity_revision: row.get(5)?,
        path: row.get(6)?,
        old: json(7)?,
        new: json(8)?,
        author_id: row.get(9)?,
        device_id: row.get(10)?,
        recorded_at: row.get(11)?,
        pushed_at: row.get(12)?,
    })
}

impl crate::Store {
    /// Every change to one entity, oldest first.
    pub fn history(&self, entity_id: Uuid) -> Result<Vec<ChangeRecord>, StoreError> {
        query(
            &self.conn,
            &format!("{SELECT} WHERE c.entity_id = ?1 ORDER BY c.seq"),
            params![entity_id.to_string()],
        )
    }

    /// The sync outbox: changes the server has not acknowledged, oldest first.
    pub fn outbox(&self, limit: u32) -> Result<Vec<ChangeRecord>, StoreError> {
        query(
            &self.conn,
            &format!("{SELECT} WHERE p.change_id IS NULL ORDER BY c.seq LIMIT ?1"),
            params![limit],
        )
    }

    /// Records the server's acknowledgement of pushed changes. Acknowledging twice is harmless.
    pub fn mark_pushed(&mut self, acks: &[(ChangeId, i64)]) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        {
            let mut stmt = tx.prepare_cached(
                "INSERT INTO change_push (change_id, pushed_at, server_seq) VALUES (?1, ?2, ?3)
                 ON CONFLICT (change_id) DO NOTHING",
            )?;
            let at = now();
            for (id, server_seq) in acks {
                stmt.execute(params![id.to_string(), at, server_seq])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Number of rows in the change log.
    pub fn change_count(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM change_log", [], |r| r.get(0))?)
    }
}

fn query(
    conn: &Connection,
    sql: &str,
    params: impl rusqlite::Params,
) -> Result<Vec<ChangeRecord>, StoreError> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt
        .query_map(params, record)?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}
