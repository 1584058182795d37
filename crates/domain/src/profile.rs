//! The local user profile: who is at the keyboard. Created on first run; every change carries it.

use crate::error::{DomainError, FieldError};
use crate::ids::UserId;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    CaseManager,
    SocialWorker,
    Provider,
    Supervisor,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::CaseManager => "case_manager",
            Role::SocialWorker => "social_worker",
            Role::Provider => "provider",
            Role::Supervisor => "supervisor",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "case_manager" => Some(Role::CaseManager),
            "social_worker" => Some(Role::SocialWorker),
            "provider" => Some(Role::Provider),
            "supervisor" => Some(Role::Supervisor),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct UserProfile {
    pub id: UserId,
    pub name: String,
    pub role: Role,
}

/// Input for creating the profile on first run.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct NewUserProfile {
    pub name: String,
    pub role: Role,
}

impl NewUserProfile {
    pub fn validate(self) -> Result<UserProfile, DomainError> {
        let name = self.name.trim();
        if name.is_empty() {
            return Err(DomainError::Invalid(vec![FieldError::new("name", "Enter your name.")]));
        }
        if name.chars().count() > 100 {
            return Err(DomainError::field("name", "A name is at most 100 characters."));
        }
        Ok(UserProfile { id: UserId::new(), name: name.to_string(), role: self.role })
    }
}
