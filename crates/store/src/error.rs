use iepdesk_domain::DomainError;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(transparent)]
    Domain(#[from] DomainError),
    #[error("no {entity} with id {id}")]
    NotFound { entity: &'static str, id: String },
    #[error("a student with OSIS {0} already exists")]
    DuplicateOsis(String),
    #[error("this student already has a draft IEP")]
    DraftExists,
    #[error("a finalized IEP cannot be changed; amend it instead")]
    Immutable,
    #[error("the database holds data this version cannot read: {0}")]
    Corrupt(String),
    #[error(
        "the database was written by a newer IEP Desk (schema {found}, this version knows {known})"
    )]
    TooNew { found: u32, known: u32 },
    #[error("cannot create folder {0}: {1}")]
    Io(String, std::io::Error),
    #[error("database error: {0}")]
    Sqlite(rusqlite::Error),
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        // The immutability triggers speak through SQLite errors; give them their own variant so
        // callers can tell "refused by the rules" from "the disk is broken".
        if let rusqlite::Error::SqliteFailure(_, Some(msg)) = &e {
            if msg.contains("finalized IEP is immutable") {
                return StoreError::Immutable;
            }
        }
        StoreError::Sqlite(e)
    }
}
