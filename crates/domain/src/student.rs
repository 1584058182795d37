//! A student and the validation of what identifies one.

use crate::error::{DomainError, FieldError};
use crate::ids::StudentId;
use crate::language::LanguageCode;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fmt;
use ts_rs::TS;

/// NYC student ID (OSIS number): exactly nine digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(try_from = "String", into = "String")]
#[ts(type = "string")]
pub struct Osis(String);

impl Osis {
    pub fn parse(input: &str) -> Result<Self, String> {
        // People type OSIS numbers as 123-456-789 or with spaces; the number is the digits.
        let digits: String = input.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
        if digits.is_empty() {
            return Err("Enter the student's 9-digit NYC student ID (OSIS).".into());
        }
        if !digits.chars().all(|c| c.is_ascii_digit()) {
            return Err("An OSIS number has digits only.".into());
        }
        if digits.len() != 9 {
            return Err(format!("An OSIS number has exactly 9 digits; this has {}.", digits.len()));
        }
        if digits.chars().all(|c| c == '0') {
            return Err("000000000 is not a valid OSIS number.".into());
        }
        Ok(Self(digits))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Osis {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        Self::parse(&s)
    }
}

impl From<Osis> for String {
    fn from(o: Osis) -> String {
        o.0
    }
}

/// A school's DBN: two-digit district, borough letter (M, X, K, Q, R), three-digit number,
/// e.g. `02M475`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(try_from = "String", into = "String")]
#[ts(type = "string")]
pub struct Dbn(String);

impl Dbn {
    pub fn parse(input: &str) -> Result<Self, String> {
        let s = input.trim().to_ascii_uppercase();
        let b = s.as_bytes();
        let ok = b.len() == 6
            && b[0].is_ascii_digit()
            && b[1].is_ascii_digit()
            && matches!(b[2], b'M' | b'X' | b'K' | b'Q' | b'R')
            && b[3..].iter().all(u8::is_ascii_digit);
        if s.is_empty() {
            Err("Enter the school's DBN, for example 02M475.".into())
        } else if ok {
            Ok(Self(s))
        } else {
            Err("A DBN is a 2-digit district, a borough letter (M, X, K, Q, R) and 3 digits, for example 02M475.".into())
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Dbn {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        Self::parse(&s)
    }
}

impl From<Dbn> for String {
    fn from(d: Dbn) -> String {
        d.0
    }
}

/// Grade as NYC records it: 3-K, pre-K, kindergarten, 1–12, or ungraded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema)]
pub enum Grade {
    #[serde(rename = "3K")]
    ThreeK,
    #[serde(rename = "PK")]
    PreK,
    #[serde(rename = "K")]
    K,
    #[serde(rename = "1")]
    G1,
    #[serde(rename = "2")]
    G2,
    #[serde(rename = "3")]
    G3,
    #[serde(rename = "4")]
    G4,
    #[serde(rename = "5")]
    G5,
    #[serde(rename = "6")]
    G6,
    #[serde(rename = "7")]
    G7,
    #[serde(rename = "8")]
    G8,
    #[serde(rename = "9")]
    G9,
    #[serde(rename = "10")]
    G10,
    #[serde(rename = "11")]
    G11,
    #[serde(rename = "12")]
    G12,
    /// Ungraded (some special classes, mostly in District 75).
    #[serde(rename = "UG")]
    Ungraded,
}

impl Grade {
    pub const ALL: [Grade; 16] = [
        Grade::ThreeK,
        Grade::PreK,
        Grade::K,
        Grade::G1,
        Grade::G2,
        Grade::G3,
        Grade::G4,
        Grade::G5,
        Grade::G6,
        Grade::G7,
        Grade::G8,
        Grade::G9,
        Grade::G10,
        Grade::G11,
        Grade::G12,
        Grade::Ungraded,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Grade::ThreeK => "3K",
            Grade::PreK => "PK",
            Grade::K => "K",
            Grade::G1 => "1",
            Grade::G2 => "2",
            Grade::G3 => "3",
            Grade::G4 => "4",
            Grade::G5 => "5",
            Grade::G6 => "6",
            Grade::G7 => "7",
            Grade::G8 => "8",
            Grade::G9 => "9",
            Grade::G10 => "10",
            Grade::G11 => "11",
            Grade::G12 => "12",
            Grade::Ungraded => "UG",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim();
        Grade::ALL.into_iter().find(|g| g.code().eq_ignore_ascii_case(s))
    }
}

impl fmt::Display for Grade {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema)]
pub struct PersonName {
    pub first: String,
    pub last: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema)]
pub struct Student {
    pub id: StudentId,
    pub name: PersonName,
    pub date_of_birth: NaiveDate,
    pub osis: Osis,
    /// The language spoken at home.
    pub home_language: LanguageCode,
    /// The language the parent wants documents and meetings in.
    pub parent_language: LanguageCode,
    pub school_dbn: Dbn,
    pub grade: Grade,
}

/// The "New student" form. Fields are plain strings so every problem can be reported at once,
/// beside the field it concerns.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct CreateStudent {
    pub first_name: String,
    pub last_name: String,
    /// `YYYY-MM-DD`.
    pub date_of_birth: String,
    pub osis: String,
    pub home_language: String,
    pub parent_language: String,
    pub school_dbn: String,
    pub grade: String,
}

/// The oldest a student in our records can be: eligibility ends in the school year a student
/// turns 21 (SOPM L3807), so anyone born more than 22 years ago is a typing error.
const MAX_AGE_YEARS: i32 = 22;

impl CreateStudent {
    /// Validates every field and returns the student, or every problem found.
    pub fn validate(&self, today: NaiveDate) -> Result<Student, DomainError> {
        let mut errors = Vec::new();
        let first = name_part(&self.first_name, "first_name", "first name", &mut errors);
        let last = name_part(&self.last_name, "last_name", "last name", &mut errors);

        let dob = match NaiveDate::parse_from_str(self.date_of_birth.trim(), "%Y-%m-%d") {
            Err(_) if self.date_of_birth.trim().is_empty() => {
                errors.push(FieldError::new("date_of_birth", "Enter the date of birth."));
                None
            }
            Err(_) => {
                errors.push(FieldError::new("date_of_birth", "Use the form YYYY-MM-DD, for example 2014-09-30."));
                None
            }
            Ok(d) if d > today => {
                errors.push(FieldError::new("date_of_birth", "The date of birth is in the future."));
                None
            }
            Ok(d) if today.year() - d.year() > MAX_AGE_YEARS => {
                errors.push(FieldError::new(
                    "date_of_birth",
                    format!("A student born in {} would be past the age of eligibility (21).", d.year()),
                ));
                None
            }
            Ok(d) => Some(d),
        };

        let osis = Osis::parse(&self.osis).map_err(|m| errors.push(FieldError::new("osis", m))).ok();
        let home = language(&self.home_language, "home_language", &mut errors);
        let parent = language(&self.parent_language, "parent_language", &mut errors);
        let dbn = Dbn::parse(&self.school_dbn).map_err(|m| errors.push(FieldError::new("school_dbn", m))).ok();
        let grade = Grade::parse(&self.grade);
        if grade.is_none() {
            errors.push(FieldError::new("grade", "Choose a grade: 3K, PK, K, 1 to 12, or UG (ungraded)."));
        }

        match (first, last, dob, osis, home, parent, dbn, grade) {
            (Some(first), Some(last), Some(date_of_birth), Some(osis), Some(home_language), Some(parent_language), Some(school_dbn), Some(grade))
                if errors.is_empty() =>
            {
                Ok(Student {
                    id: StudentId::new(),
                    name: PersonName { first, last },
                    date_of_birth,
                    osis,
                    home_language,
                    parent_language,
                    school_dbn,
                    grade,
                })
            }
            _ => Err(DomainError::Invalid(errors)),
        }
    }
}

fn name_part(value: &str, field: &str, label: &str, errors: &mut Vec<FieldError>) -> Option<String> {
    let v = value.trim();
    if v.is_empty() {
        errors.push(FieldError::new(field, format!("Enter the student's {label}.")));
        None
    } else if v.chars().count() > 80 {
        errors.push(FieldError::new(field, format!("A {label} is at most 80 characters.")));
        None
    } else if v.chars().any(|c| c.is_control() || c.is_ascii_digit()) {
        errors.push(FieldError::new(field, format!("A {label} has no digits or control characters.")));
        None
    } else {
        Some(v.to_string())
    }
}

fn language(code: &str, field: &str, errors: &mut Vec<FieldError>) -> Option<LanguageCode> {
    if code.trim().is_empty() {
        errors.push(FieldError::new(field, "Choose a language."));
        return None;
    }
    let parsed = LanguageCode::parse(code.trim());
    if parsed.is_none() {
        errors.push(FieldError::new(field, format!("`{}` is not a language in the language table.", code.trim())));
    }
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    pub(crate) fn valid() -> CreateStudent {
        CreateStudent {
            first_name: "Testa".into(),
            last_name: "Fictional".into(),
            date_of_birth: "2015-04-02".into(),
            osis: "200000017".into(),
            home_language: "es".into(),
            parent_language: "es".into(),
            school_dbn: "02m475".into(),
            grade: "5".into(),
        }
    }

    fn errors_of(input: &CreateStudent) -> Vec<FieldError> {
        match input.validate(today()) {
            Err(DomainError::Invalid(e)) => e,
            other => panic!("expected validation errors, got {other:?}"),
        }
    }

    fn fields(errors: &[FieldError]) -> Vec<&str> {
        errors.iter().map(|e| e.field.as_str()).collect()
    }

    #[test]
    fn valid_input_is_normalised() {
        let s = valid().validate(today()).unwrap();
        assert_eq!(s.school_dbn.as_str(), "02M475");
        assert_eq!(s.grade, Grade::G5);
        assert_eq!(s.parent_language.as_str(), "es");
    }

    #[test]
    fn osis_must_be_nine_digits() {
        for bad in ["12345678", "1234567890", "12345678a", "", "000000000"] {
            let mut i = valid();
            i.osis = bad.into();
            assert_eq!(fields(&errors_of(&i)), ["osis"], "accepted {bad:?}");
        }
        assert_eq!(Osis::parse("200-000-017").unwrap().as_str(), "200000017");
    }

    #[test]
    fn future_birth_date_is_refused() {
        let mut i = valid();
        i.date_of_birth = "2027-01-01".into();
        let e = errors_of(&i);
        assert_eq!(fields(&e), ["date_of_birth"]);
        assert!(e[0].message.contains("future"));
    }

    #[test]
    fn malformed_and_implausible_birth_dates_are_refused() {
        for bad in ["04/02/2015", "2015-02-30", "1990-01-01"] {
            let mut i = valid();
            i.date_of_birth = bad.into();
            assert_eq!(fields(&errors_of(&i)), ["date_of_birth"], "accepted {bad}");
        }
    }

    #[test]
    fn empty_names_are_refused() {
        let mut i = valid();
        i.first_name = "   ".into();
        i.last_name = String::new();
        assert_eq!(fields(&errors_of(&i)), ["first_name", "last_name"]);
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let e = errors_of(&CreateStudent::default());
        assert_eq!(
            fields(&e),
            ["first_name", "last_name", "date_of_birth", "osis", "home_language", "parent_language", "school_dbn", "grade"]
        );
    }

    #[test]
    fn unknown_language_dbn_and_grade_are_refused() {
        let mut i = valid();
        i.parent_language = "klingon".into();
        i.school_dbn = "2M475".into();
        i.grade = "13".into();
        assert_eq!(fields(&errors_of(&i)), ["parent_language", "school_dbn", "grade"]);
    }

    #[test]
    fn grade_codes_round_trip_through_serde() {
        for g in Grade::ALL {
            let json = serde_json::to_value(g).unwrap();
            assert_eq!(json, serde_json::Value::String(g.code().into()));
            assert_eq!(Grade::parse(g.code()), Some(g));
        }
    }
}
