//! Languages are data (`assets/data/languages.toml`), not code: adding a language, or marking one
//! as covered by NYC's language-access policy, is an edit to that file.

use serde::{Deserialize, Serialize};
use std::sync::OnceLock;
use ts_rs::TS;

const LANGUAGES_TOML: &str = include_str!("../../../assets/data/languages.toml");

/// A BCP 47 language code that appears in the language table.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(transparent)]
#[ts(type = "string")]
pub struct LanguageCode(String);

impl LanguageCode {
    /// Accepts a code listed in the language table, compared case-insensitively
    /// and returned in the table's spelling.
    pub fn parse(code: &str) -> Option<Self> {
        Languages::get().find(code).map(|l| Self(l.code.clone()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn language(&self) -> &'static Language {
        Languages::get().find(&self.0).expect("a LanguageCode is always in the table")
    }
}

/// One row of the language table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Language {
    pub code: String,
    pub english_name: String,
    pub native_name: String,
    /// Parent documents are translated into this language (NYC language-access policy).
    #[serde(default)]
    pub covered: bool,
    /// Folder under `locales/` holding the translation, for covered languages.
    #[serde(default)]
    pub locale: Option<String>,
    /// Written right to left.
    #[serde(default)]
    pub rtl: bool,
}

#[derive(Debug, Deserialize)]
pub struct Languages {
    language: Vec<Language>,
}

impl Languages {
    /// The table shipped with the application.
    pub fn get() -> &'static Languages {
        static TABLE: OnceLock<Languages> = OnceLock::new();
        TABLE.get_or_init(|| {
            toml::from_str(LANGUAGES_TOML).expect("assets/data/languages.toml is valid (checked by a test)")
        })
    }

    pub fn all(&self) -> &[Language] {
        &self.language
    }

    pub fn find(&self, code: &str) -> Option<&Language> {
        self.language.iter().find(|l| l.code.eq_ignore_ascii_case(code))
    }

    pub fn covered(&self) -> impl Iterator<Item = &Language> {
        self.language.iter().filter(|l| l.covered)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_parses_and_codes_are_unique() {
        let all = Languages::get().all();
        let mut codes: Vec<_> = all.iter().map(|l| l.code.to_lowercase()).collect();
        codes.sort();
        let n = codes.len();
        codes.dedup();
        assert_eq!(n, codes.len(), "duplicate language code");
    }

    #[test]
    fn english_plus_twelve_covered_languages_in_fourteen_locales() {
        // NYC policy: 12 covered languages, Chinese in two scripts, plus English = 14 locales.
        let covered: Vec<_> = Languages::get().covered().collect();
        assert_eq!(covered.len(), 14);
        assert!(covered.iter().all(|l| l.locale.is_some()));
        for code in ["en", "sq", "ar", "bn", "zh-Hans", "zh-Hant", "fr", "ht", "ko", "ru", "es", "uk", "ur", "uz"] {
            assert!(covered.iter().any(|l| l.code == code), "{code} not covered");
        }
    }

    #[test]
    fn parse_is_case_insensitive_and_rejects_unknown_codes() {
        assert_eq!(LanguageCode::parse("ZH-hant").unwrap().as_str(), "zh-Hant");
        assert!(LanguageCode::parse("xx").is_none());
        assert!(LanguageCode::parse("ar").unwrap().language().rtl);
    }
}
