//! Fluent translations of the documents' text, embedded at build time from `locales/`.
//!
//! Each covered locale has `documents.ftl`, with exactly the messages of English (checked by
//! `tests/locales.rs`). `cover.ftl` holds the cover notice sent with an English document to a
//! parent whose language is not covered (SOPM L153); English has it, and a translation of that one
//! notice may be added for any language of the language table without translating the documents.

use crate::words::count_words;
use crate::DocumentError;
use chrono::{Datelike, NaiveDate};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use iepdesk_domain::language::Languages;
use std::collections::BTreeMap;
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/ftl_files.rs"));

/// The resource every covered locale must have.
pub(crate) const DOCUMENTS: &str = "documents";
/// The optional cover-notice resource.
pub(crate) const COVER: &str = "cover";
/// The labels and values of the IEP form's sections, loaded into the documents bundle.
pub(crate) const IEP_FORM: &str = "iep-form";
/// The goal bank's goals by id (generated in English from assets/data/goal-bank.toml), loaded
/// into the documents bundle.
pub(crate) const GOAL_BANK: &str = "goal-bank";

/// Every Fluent file shipped: (locale folder, resource name, source).
pub fn ftl_files() -> &'static [(&'static str, &'static str, &'static str)] {
    FTL_FILES
}

/// `locales/en/goal-bank.ftl` as generated from the shipped goal bank: for each goal its
/// skill, condition, criterion and benchmarks, by the goal's stable id, grouped by area. The
/// translations keep its ids; `tests/goal_bank.rs` checks the file is current.
pub fn english_goal_bank_ftl() -> String {
    use crate::iep_form::goal_message_id;
    let mut out = String::from(
        "# Goal bank (assets/data/goal-bank.toml): the parts of each bank goal, by its stable id, so that a\n\
         # goal the team picked and did not change prints in the parent's language. The English file is\n\
         # generated from the bank: `UPDATE_LOCALES=1 cargo test -p iepdesk-documents --test goal_bank`\n\
         # rewrites it. A skill is written after \"the student\" (\"will ...\"), as a verb phrase; keep\n\
         # every number of the English text.\n",
    );
    let mut area = None;
    for g in iepdesk_domain::iep::goal_bank() {
        if area != Some(g.area) {
            area = Some(g.area);
            let name = serde_json::to_value(g.area).expect("an area serializes");
            out.push_str(&format!("\n## {}\n", name.as_str().unwrap_or_default()));
        }
        out.push('\n');
        let mut line = |part: &str, text: &str| {
            out.push_str(&format!(
                "{} = {}\n",
                goal_message_id(&g.id, part),
                text.trim()
            ));
        };
        line("skill", &g.skill);
        line("condition", &g.condition);
        line("criterion", &g.criterion);
        for (i, b) in g.benchmarks.iter().enumerate() {
            line(&format!("benchmark-{}", i + 1), b);
        }
    }
    out
}

pub(crate) struct Catalog {
    /// (locale, resource) → bundle.
    bundles: BTreeMap<(String, String), FluentBundle<FluentResource>>,
}

impl Catalog {
    pub(crate) fn load() -> Result<Self, DocumentError> {
        let mut bundles = BTreeMap::new();
        for (locale, resource, source) in FTL_FILES {
            let invalid = |detail: String| DocumentError::Translation {
                locale: locale.to_string(),
                resource: resource.to_string(),
                detail,
            };
            let res = FluentResource::try_new(source.to_string())
                .map_err(|(_, errors)| invalid(format!("{errors:?}")))?;
            let langid: LanguageIdentifier = locale
                .parse()
                .map_err(|e| invalid(format!("bad locale name: {e}")))?;
            // The IEP form's labels and values, and the goal bank, are files of their own (they
            // are many) but one bundle with the documents' messages.
            let bundle_name = if *resource == IEP_FORM || *resource == GOAL_BANK {
                DOCUMENTS
            } else {
                resource
            };
            let bundle = bundles
                .entry((locale.to_string(), bundle_name.to_string()))
                .or_insert_with(|| {
                    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
                    // Bidi isolation stays on: it keeps a date or a number inside Arabic or Urdu
                    // text in its own direction (tech notes §1.2, §4.2).
                    bundle.set_use_isolating(true);
                    bundle
                });
            bundle
                .add_resource(res)
                .map_err(|errors| invalid(format!("{errors:?}")))?;
        }
        Ok(Self { bundles })
    }

    pub(crate) fn has(&self, locale: &str, resource: &str) -> bool {
        self.bundles
            .contains_key(&(locale.to_string(), resource.to_string()))
    }

    /// A view on one locale's resource that records how many words it produced.
    pub(crate) fn text<'a>(&'a self, locale: &str, resource: &str) -> Option<Text<'a>> {
        let bundle = self
            .bundles
            .get(&(locale.to_string(), resource.to_string()))?;
        let rtl = Languages::get().find(locale).is_some_and(|l| l.rtl);
        // A locale whose IEP-form file is missing or incomplete prints those labels in English,
        // counted as English in the translated share (docs/decisions-documents.md, D19).
        let fallback = if locale == "en" {
            None
        } else {
            self.bundles.get(&("en".to_string(), resource.to_string()))
        };
        Some(Text {
            bundle,
            fallback,
            locale: locale.to_string(),
            rtl,
            words: std::cell::Cell::new(0.0),
            fallback_words: std::cell::Cell::new(0.0),
        })
    }
}

/// Formats messages of one bundle and counts the words it hands out, for the translated share.
pub(crate) struct Text<'a> {
    bundle: &'a FluentBundle<FluentResource>,
    /// English, for an IEP-form message a locale does not have yet.
    fallback: Option<&'a FluentBundle<FluentResource>>,
    /// Words printed from the English fallback.
    fallback_words: std::cell::Cell<f64>,
    locale: String,
    /// A right-to-left locale keeps every bidi isolation mark Fluent puts around placeables.
    rtl: bool,
    words: std::cell::Cell<f64>,
}

/// An argument for a message.
pub(crate) enum Arg<'s> {
    Str(&'s str),
    /// A value that is in no language (a name, an ID number): shown, but not counted as words of
    /// the locale.
    Neutral(&'s str),
    Num(i64),
}

impl Text<'_> {
    pub(crate) fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// Words printed in English because this locale lacks an IEP-form message.
    pub(crate) fn fallback_words(&self) -> f64 {
        self.fallback_words.get()
    }

    /// Words of every text formatted so far (placeables included).
    pub(crate) fn words(&self) -> f64 {
        self.words.get()
    }

    /// Formats a message without counting it (for texts that are split or repeated).
    pub(crate) fn format_uncounted(
        &self,
        id: &str,
        args: &[(&str, Arg)],
    ) -> Result<String, DocumentError> {
        let (bundle, fell_back) = match self.fallback {
            Some(en) if id.starts_with("iep-") && !self.bundle.has_message(id) => (en, true),
            _ => (self.bundle, false),
        };
        let message = bundle
            .get_message(id)
            .ok_or_else(|| DocumentError::MissingMessage {
                locale: self.locale.clone(),
                id: id.to_string(),
            })?;
        let pattern = message
            .value()
            .ok_or_else(|| DocumentError::MissingMessage {
                locale: self.locale.clone(),
                id: id.to_string(),
            })?;
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Str(s) | Arg::Neutral(s) => fargs.set(*name, FluentValue::from(*s)),
                Arg::Num(n) => fargs.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        let mut out = bundle
            .format_pattern(pattern, Some(&fargs), &mut errors)
            .into_owned();
        if fell_back {
            self.fallback_words
                .set(self.fallback_words.get() + count_words(&out));
        }
        // Fluent isolates every placeable (FSI…PDI). Right-to-left text needs that (a date in
        // Arabic text would otherwise be reordered), but in a left-to-right text without any
        // right-to-left letter the marks do nothing, and they would stop a reader's search for
        // "Grade 5" from finding "Grade <FSI>5<PDI>".
        if !self.rtl && !out.chars().any(is_rtl_letter) {
            out = strip_isolation(&out);
        }
        if !errors.is_empty() {
            return Err(DocumentError::Message {
                locale: self.locale.clone(),
                id: id.to_string(),
                detail: format!("{errors:?}"),
            });
        }
        Ok(out)
    }

    /// Formats a message and counts its words as text in this locale.
    pub(crate) fn t(&self, id: &str) -> Result<String, DocumentError> {
        self.t_args(id, &[])
    }

    pub(crate) fn t_args(&self, id: &str, args: &[(&str, Arg)]) -> Result<String, DocumentError> {
        let out = self.format_uncounted(id, args)?;
        let neutral: f64 = args
            .iter()
            .map(|(_, a)| {
                if let Arg::Neutral(s) = a {
                    count_words(s)
                } else {
                    0.0
                }
            })
            .sum();
        self.words
            .set(self.words.get() + (count_words(&out) - neutral).max(0.0));
        Ok(out)
    }

    pub(crate) fn count(&self, text: &str) {
        self.words.set(self.words.get() + count_words(text));
    }

    /// A date written the locale's way, e.g. "March 2, 2026" or "2026年3月2日".
    /// Digits stay Western in every locale (docs/decisions-documents.md).
    pub(crate) fn date(&self, date: NaiveDate) -> Result<String, DocumentError> {
        let month = self.format_uncounted(&format!("month-{}", date.month()), &[])?;
        let year = date.year().to_string();
        // The day is a number so that a translation can select on it (French "1er").
        self.t_args(
            "date",
            &[
                ("day", Arg::Num(date.day().into())),
                ("month", Arg::Str(&month)),
                ("year", Arg::Str(&year)),
            ],
        )
    }
}

/// Removes bidi isolation marks (FSI, LRI, RLI, PDI).
pub(crate) fn strip_isolation(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect()
}

/// A letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko and their
/// presentation forms).
fn is_rtl_letter(c: char) -> bool {
    matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
}

/// Splits a formatted text at the given markers: `Page @@page@@ of @@total@@` becomes
/// `[Text("Page "), Var("page"), Text(" of "), Var("total")]`. The template fills the variables in
/// at layout time (the page number is only known then).
pub(crate) fn split_markers(text: &str) -> Vec<(bool, String)> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("@@") {
        let after = &rest[start + 2..];
        let Some(end) = after.find("@@") else { break };
        if start > 0 {
            out.push((false, rest[..start].to_string()));
        }
        out.push((true, after[..end].to_string()));
        rest = &after[end + 2..];
    }
    if !rest.is_empty() {
        out.push((false, rest.to_string()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_split_into_text_and_variables() {
        let parts = split_markers("Page \u{2068}@@page@@\u{2069} of \u{2068}@@total@@\u{2069}");
        assert_eq!(
            parts,
            vec![
                (false, "Page \u{2068}".to_string()),
                (true, "page".to_string()),
                (false, "\u{2069} of \u{2068}".to_string()),
                (true, "total".to_string()),
                (false, "\u{2069}".to_string()),
            ]
        );
        assert_eq!(split_markers("plain"), vec![(false, "plain".to_string())]);
    }

    #[test]
    fn isolation_stays_in_right_to_left_text_only() {
        let catalog = Catalog::load().unwrap();
        let en = catalog.text("en", DOCUMENTS).unwrap();
        assert_eq!(
            en.t_args("grade-n", &[("grade", Arg::Num(5))]).unwrap(),
            "Grade 5"
        );
        let ar = catalog.text("ar", DOCUMENTS).unwrap();
        assert_eq!(
            ar.t_args("grade-n", &[("grade", Arg::Num(5))]).unwrap(),
            "الصف \u{2068}5\u{2069}"
        );
        // An Arabic name in an English text keeps its isolation.
        let s = en
            .t_args(
                "page-header",
                &[
                    ("student", Arg::Neutral("محمد علي")),
                    ("osis", Arg::Neutral("999000123")),
                ],
            )
            .unwrap();
        assert!(s.contains("\u{2068}محمد علي\u{2069}"), "{s:?}");
    }
}
