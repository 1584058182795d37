//! Students: insert, read, search.

use crate::{now, StoreError};
use iepdesk_domain::{
    Change, Dbn, EntityKind, Grade, LanguageCode, Osis, PersonName, Student, StudentId,
};
use rusqlite::{params, Connection, Row, Transaction};
use serde::Serialize;
use ts_rs::TS;

/// A row of the student list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct StudentSummary {
    pub id: StudentId,
    pub name: PersonName,
    pub osis: String,
    pub grade: Grade,
    pub school_dbn: String,
    pub date_of_birth: String,
    /// The student's draft IEP, if one is being written.
    pub draft_iep_id: Option<String>,
}

/// Inserts a validated student and returns the creation changes (one per field).
pub fn insert(tx: &Transaction<'_>, s: &Student) -> Result<Vec<(Change, i64)>, StoreError> {
    let at = now();
    let r = tx.execute(
        "INSERT INTO student (id, osis, first_name, last_name, date_of_birth, home_language, parent_language,
                              school_dbn, grade, revision, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 1, ?10, ?10)",
        params![
            s.id.to_string(),
            s.osis.as_str(),
            s.name.first,
            s.name.last,
            s.date_of_birth.to_string(),
            s.home_language.as_str(),
            s.parent_language.as_str(),
            s.school_dbn.as_str(),
            s.grade.code(),
            at,
        ],
    );
    if let Err(rusqlite::Error::SqliteFailure(e, Some(msg))) = &r {
        if e.code == rusqlite::ErrorCode::ConstraintViolation && msg.contains("student.osis") {
            return Err(StoreError::DuplicateOsis(s.osis.as_str().to_string()));
        }
    }
    r?;
    let mut tree = serde_json::to_value(s).expect("serializes");
    tree.as_object_mut().expect("object").remove("id");
    let changes = iepdesk_domain::change::diff(
        EntityKind::Student,
        s.id.0,
        "",
        &serde_json::Value::Null,
        &tree,
    );
    Ok(changes.into_iter().map(|c| (c, 1)).collect())
}

const COLUMNS: &str = "id, osis, first_name, last_name, date_of_birth, home_language, parent_language, school_dbn, grade";

fn student(row: &Row<'_>) -> rusqlite::Result<Result<Student, String>> {
    let get = |i| row.get::<_, String>(i);
    let (id, osis, first, last, dob, home, parent, dbn, grade) = (
        get(0)?,
        get(1)?,
        get(2)?,
        get(3)?,
        get(4)?,
        get(5)?,
        get(6)?,
        get(7)?,
        get(8)?,
    );
    Ok((|| {
        Ok(Student {
            id: id.parse().map_err(|_| format!("student id `{id}`"))?,
            name: PersonName { first, last },
            date_of_birth: dob.parse().map_err(|_| format!("date of birth `{dob}`"))?,
            osis: Osis::parse(&osis)?,
            home_language: LanguageCode::parse(&home)
                .ok_or_else(|| format!("language `{home}`"))?,
            parent_language: LanguageCode::parse(&parent)
                .ok_or_else(|| format!("language `{parent}`"))?,
            school_dbn: Dbn::parse(&dbn)?,
            grade: Grade::parse(&grade).ok_or_else(|| format!("grade `{grade}`"))?,
        })
    })())
}

pub fn get(conn: &Connection, id: StudentId) -> Result<Student, StoreError> {
    crate::by_id(conn, "student", COLUMNS, id, "student", student)
}

/// Students whose name or OSIS contains `query` (case-insensitive), by last then first name.
/// An empty query lists everyone.
pub fn search(conn: &Connection, query: &str) -> Result<Vec<StudentSummary>, StoreError> {
    let q = query.trim();
    // Each word must match the first name, the last name, the OSIS or the school's DBN:
    // "ana riv" finds Ana Rivera, "02m" the students of District 2 Manhattan schools.
    let words: Vec<String> = q
        .split_whitespace()
        .map(|w| format!("%{}%", escape_like(w)))
        .collect();
    let mut sql = format!(
        "SELECT {COLUMNS}, (SELECT i.id FROM iep i WHERE i.student_id = student.id AND i.status = 'draft') FROM student"
    );
    for (i, _) in words.iter().enumerate() {
        sql.push_str(if i == 0 { " WHERE " } else { " AND " });
        let n = i + 1;
        sql.push_str(&format!(
            "(first_name LIKE ?{n} ESCAPE '\\' OR last_name LIKE ?{n} ESCAPE '\\' OR osis LIKE ?{n} ESCAPE '\\' \
              OR school_dbn LIKE ?{n} ESCAPE '\\')"
        ));
    }
    sql.push_str(" ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, osis");
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(words.iter()), |row| {
        let draft: Option<String> = row.get(9)?;
        Ok(student(row)?.map(|s| StudentSummary {
            id: s.id,
            name: s.name,
            osis: s.osis.as_str().to_string(),
            grade: s.grade,
            school_dbn: s.school_dbn.as_str().to_string(),
            date_of_birth: s.date_of_birth.to_string(),
            draft_iep_id: draft,
        }))
    })?;
    rows.map(|r| {
        r.map_err(StoreError::from)
            .and_then(|s| s.map_err(StoreError::Corrupt))
    })
    .collect()
}

fn escape_like(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

impl crate::Store {
    pub fn student(&self, id: StudentId) -> Result<Student, StoreError> {
        get(&self.conn, id)
    }

    pub fn search_students(&self, query: &str) -> Result<Vec<StudentSummary>, StoreError> {
        search(&self.conn, query)
    }
}
