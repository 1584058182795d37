//! IEP Desk's local store: a SQLite file holding the current state and the append-only change log.
//!
//! Every write goes through [`Store::write`], which runs one transaction: the domain command
//! changes the state tables and its [`Change`]s are appended to `change_log` with who, when and
//! from which device. Either both land or neither does. `change_log` rows are never updated or
//! deleted (triggers enforce it), so the log is both the audit trail and the sync outbox.
//!
//! Durability: WAL with `synchronous = FULL`, so a transaction that has returned survives a crash
//! or a power cut.

pub mod case_events;
mod change_log;
mod error;
pub mod ieps;
mod migrate;
pub mod notices;
pub mod profile;
pub mod students;

pub use case_events::CaseEventRecord;
pub use change_log::ChangeRecord;
pub use error::StoreError;
pub use ieps::{IepSummary, StoredIep};
pub use migrate::LATEST as SCHEMA_VERSION;
pub use notices::StoredNotice;
pub use students::StudentSummary;

use chrono::Local;
use iepdesk_domain::{Change, DeviceId, UserId};
use rusqlite::{Connection, OpenFlags, Transaction};
use std::path::Path;

/// Who is making a change, and on which device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Author {
    pub user: UserId,
    pub device: DeviceId,
}

pub struct Store {
    conn: Connection,
    device: DeviceId,
}

impl Store {
    /// Opens (creating if needed) the database file and brings its schema up to date.
    pub fn open(path: impl AsRef<Path>) -> Result<Self, StoreError> {
        let path = path.as_ref();
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| StoreError::Io(dir.display().to_string(), e))?;
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        Self::init(conn)
    }

    /// A private in-memory database, for unit tests of code above the store.
    pub fn open_in_memory() -> Result<Self, StoreError> {
        Self::init(Connection::open_in_memory()?)
    }

    fn init(mut conn: Connection) -> Result<Self, StoreError> {
        // WAL lets the UI read while a save is being written; FULL syncs the WAL on every commit,
        // which is what makes "Saved" true after a power cut, not just after a crash.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        // Off while migrating (a migration may rebuild a referenced table; it checks the keys
        // itself), on for everything else.
        conn.pragma_update(None, "foreign_keys", "OFF")?;
        migrate::run(&mut conn)?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let device = ensure_device(&conn)?;
        Ok(Self { conn, device })
    }

    /// This database's device id, made when the database was created.
    pub fn device_id(&self) -> DeviceId {
        self.device
    }

    /// The schema version (`PRAGMA user_version`).
    pub fn schema_version(&self) -> Result<u32, StoreError> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    /// Runs one command in one transaction. `f` reads and writes state through the transaction and
    /// returns its result plus the changes it made; the changes are appended to the change log
    /// before the commit. If `f` or the log write fails, nothing is written.
    pub fn write<T, E>(
        &mut self,
        author: Author,
        f: impl FnOnce(&Transaction<'_>) -> Result<(T, Vec<(Change, i64)>), E>,
    ) -> Result<T, E>
    where
        E: From<StoreError>,
    {
        let tx = self.conn.transaction().map_err(StoreError::from)?;
        let (value, changes) = f(&tx)?;
        change_log::append(&tx, author, &changes).map_err(E::from)?;
        tx.commit().map_err(StoreError::from)?;
        Ok(value)
    }

    /// Read-only access for queries.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// `PRAGMA integrity_check`: "ok" when the file is sound.
    pub fn integrity_check(&self) -> Result<String, StoreError> {
        Ok(self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }
}

fn ensure_device(conn: &Connection) -> Result<DeviceId, StoreError> {
    let existing: Option<String> = conn
        .query_row("SELECT id FROM device LIMIT 1", [], |r| r.get(0))
        .map(Some)
        .or_else(none_if_no_rows)?;
    if let Some(id) = existing {
        return id
            .parse()
            .map_err(|_| StoreError::Corrupt(format!("device id `{id}` is not a UUID")));
    }
    let id = DeviceId::new();
    conn.execute(
        "INSERT INTO device (id, created_at) VALUES (?1, ?2)",
        (id.to_string(), now()),
    )?;
    Ok(id)
}

/// The local time with its UTC offset, RFC 3339: what the change log records as "when".
pub(crate) fn now() -> String {
    Local::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, false)
}

/// The one row of `table` with this `id`, read by `row` (which reports a stored value it cannot
/// read as `Err(what)`): `NotFound` naming `entity` when there is none, `Corrupt` when it cannot
/// be read.
pub(crate) fn by_id<T>(
    conn: &Connection,
    table: &str,
    columns: &str,
    id: impl std::fmt::Display,
    entity: &'static str,
    row: impl FnOnce(&rusqlite::Row<'_>) -> rusqlite::Result<Result<T, String>>,
) -> Result<T, StoreError> {
    let id = id.to_string();
    conn.query_row(
        &format!("SELECT {columns} FROM {table} WHERE id = ?1"),
        rusqlite::params![id],
        row,
    )
    .map(Some)
    .or_else(none_if_no_rows)?
    .ok_or(StoreError::NotFound { entity, id })?
    .map_err(StoreError::Corrupt)
}

pub(crate) fn none_if_no_rows<T>(e: rusqlite::Error) -> Result<Option<T>, rusqlite::Error> {
    match e {
        rusqlite::Error::QueryReturnedNoRows => Ok(None),
        e => Err(e),
    }
}
