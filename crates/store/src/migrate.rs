//! Versioned schema migrations, tracked in `PRAGMA user_version`. Each migration runs in its own
//! transaction together with the version bump, so a crash mid-migration leaves the old schema.
//!
//! Foreign keys are off while migrations run (the caller turns them on after), so a migration can
//! rebuild a table others refer to; each migration checks every foreign key before it commits.

use crate::StoreError;
use rusqlite::Connection;

const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_initial.sql"),
    include_str!("../migrations/0002_case_event.sql"),
    include_str!("../migrations/0003_notice.sql"),
];

pub fn run(conn: &mut Connection) -> Result<(), StoreError> {
    let current: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let known = MIGRATIONS.len() as u32;
    if current > known {
        return Err(StoreError::TooNew {
            found: current,
            known,
        });
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        let broken: Option<String> = tx
            .query_row(
                "SELECT \"table\" FROM pragma_foreign_key_check LIMIT 1",
                [],
                |r| r.get(0),
            )
            .map(Some)
            .or_else(crate::none_if_no_rows)?;
        if let Some(table) = broken {
            return Err(StoreError::Corrupt(format!(
                "migration {} left a broken reference in `{table}`",
                i + 1
            )));
        }
        tx.pragma_update(None, "user_version", i as u32 + 1)?;
        tx.commit()?;
    }
    Ok(())
}

pub const LATEST: u32 = MIGRATIONS.len() as u32;
