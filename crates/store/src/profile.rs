//! The local user profile and which one is active on this device.

use crate::{none_if_no_rows, now, StoreError};
use iepdesk_domain::{Change, EntityKind, Role, UserProfile};
use rusqlite::{params, Connection, Transaction};

/// The active profile, if one has been created.
pub fn active_profile(conn: &Connection) -> Result<Option<UserProfile>, StoreError> {
    let row: Option<(String, String, String)> = conn
        .query_row(
            "SELECT p.id, p.name, p.role FROM active_profile a JOIN user_profile p ON p.id = a.profile_id",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .map(Some)
        .or_else(none_if_no_rows)?;
    row.map(|(id, name, role)| {
        Ok(UserProfile {
            id: id
                .parse()
                .map_err(|_| StoreError::Corrupt(format!("profile id `{id}`")))?,
            name,
            role: Role::parse(&role)
                .ok_or_else(|| StoreError::Corrupt(format!("role `{role}`")))?,
        })
    })
    .transpose()
}

/// Inserts a profile, makes it active, and returns its creation changes.
pub fn insert_profile(
    tx: &Transaction<'_>,
    profile: &UserProfile,
) -> Result<Vec<(Change, i64)>, StoreError> {
    tx.execute(
        "INSERT INTO user_profile (id, name, role, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![
            profile.id.to_string(),
            profile.name,
            profile.role.as_str(),
            now()
        ],
    )?;
    tx.execute(
        "INSERT INTO active_profile (singleton, profile_id) VALUES (1, ?1)
         ON CONFLICT (singleton) DO UPDATE SET profile_id = excluded.profile_id",
        params![profile.id.to_string()],
    )?;
    let changes = iepdesk_domain::change::diff(
        EntityKind::UserProfile,
        profile.id.0,
        "",
        &serde_json::Value::Null,
        &serde_json::json!({ "name": profile.name, "role": profile.role }),
    );
    Ok(changes.into_iter().map(|c| (c, 1)).collect())
}

impl crate::Store {
    pub fn active_profile(&self) -> Result<Option<UserProfile>, StoreError> {
        active_profile(&self.conn)
    }
}
