//! Identifiers. Every entity and every change is named by a UUIDv7: time-ordered, so IDs made
//! offline on different laptops never collide and still sort by creation time on the server.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use ts_rs::TS;
use uuid::Uuid;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS, schemars::JsonSchema)]
        #[serde(transparent)]
        #[ts(type = "string")]
        pub struct $name(pub Uuid);

        impl $name {
            /// A new time-ordered (v7) identifier.
            pub fn new() -> Self {
                Self(Uuid::now_v7())
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map(Self)
            }
        }
    };
}

id_type!(
    /// A student.
    StudentId
);
id_type!(
    /// One version of an IEP (an amendment is a new `IepId`).
    IepId
);
id_type!(
    /// A notice to the parent (a Prior Written Notice or a consent form) kept by the app.
    NoticeId
);
id_type!(
    /// One field-level change in the change log.
    ChangeId
);
id_type!(
    /// A local user profile (the author of changes).
    UserId
);
id_type!(
    /// The laptop or installation a change was made on.
    DeviceId
);
