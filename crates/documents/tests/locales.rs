//! The Fluent files: every covered locale has every English message and no other, every file
//! parses, translations use no variable English does not pass, and every plural selection covers
//! the CLDR plural categories of its locale.

use fluent_syntax::ast;
use fluent_syntax::parser::parse;
use iepdesk_documents::ftl_files;
use iepdesk_domain::iep::PresentLevels;
use iepdesk_domain::language::Languages;
use std::collections::{BTreeMap, BTreeSet};

type Res = ast::Resource<&'static str>;

/// CLDR cardinal plural categories (CLDR 46) of each covered locale. Haitian Creole has no CLDR
/// rules; fluent-bundle then uses English rules, so `one` and `other` are required.
fn cldr_categories(locale: &str) -> &'static [&'static str] {
    match locale {
        "ar" => &["zero", "one", "two", "few", "many", "other"],
        "ru" | "uk" => &["one", "few", "many", "other"],
        "fr" | "es" => &["one", "many", "other"],
        "zh-Hans" | "zh-Hant" | "ko" => &["other"],
        "en" | "sq" | "bn" | "ht" | "ur" | "uz" => &["one", "other"],
        other => panic!("no CLDR plural categories recorded for `{other}`: add them to this table"),
    }
}

const PLURAL_KEYS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn covered_locales() -> Vec<String> {
    Languages::get()
        .covered()
        .map(|l| l.locale.clone().expect("covered languages have a locale"))
        .collect()
}

fn parsed(resource: &str) -> BTreeMap<String, Res> {
    ftl_files()
        .iter()
        .filter(|(_, r, _)| *r == resource)
        .map(|(locale, _, source)| match parse(*source) {
            Ok(res) => (locale.to_string(), res),
            Err((_, errors)) => {
                panic!("locales/{locale}/{resource}.ftl does not parse: {errors:#?}")
            }
        })
        .collect()
}

fn messages(res: &Res) -> BTreeMap<&'static str, &ast::Message<&'static str>> {
    res.body
        .iter()
        .filter_map(|e| match e {
            ast::Entry::Message(m) => Some((m.id.name, m)),
            _ => None,
        })
        .collect()
}

/// Variables referenced anywhere in a pattern, and the plural selections: (selector variable,
/// keys) of each select whose keys include a plural category other than `other`.
#[derive(Default)]
struct Usage {
    variables: BTreeSet<&'static str>,
    plural_selects: Vec<(&'static str, BTreeSet<String>)>,
    all_selects: Vec<BTreeSet<String>>,
}

fn walk_pattern(p: &ast::Pattern<&'static str>, u: &mut Usage) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            walk_expression(expression, u);
        }
    }
}

fn walk_expression(e: &ast::Expression<&'static str>, u: &mut Usage) {
    match e {
        ast::Expression::Inline(i) => walk_inline(i, u),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, u);
            let keys: BTreeSet<String> = variants
                .iter()
                .map(|v| match &v.key {
                    ast::VariantKey::Identifier { name } => name.to_string(),
                    ast::VariantKey::NumberLiteral { value } => value.to_string(),
                })
                .collect();
            if keys.iter().any(|k| PLURAL_KEYS[..5].contains(&k.as_str())) {
                if let ast::InlineExpression::VariableReference { id } = selector {
                    u.plural_selects.push((id.name, keys.clone()));
                }
            }
            u.all_selects.push(keys);
            for v in variants {
                walk_pattern(&v.value, u);
            }
        }
    }
}

fn walk_inline(i: &ast::InlineExpression<&'static str>, u: &mut Usage) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            u.variables.insert(id.name);
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, u),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, u);
            }
            for n in &arguments.named {
                walk_inline(&n.value, u);
            }
        }
        _ => {}
    }
}

fn usage(m: &ast::Message<&'static str>) -> Usage {
    let mut u = Usage::default();
    if let Some(p) = &m.value {
        walk_pattern(p, &mut u);
    }
    u
}

#[test]
fn every_covered_locale_has_a_documents_file_and_no_other_folder_does() {
    let files = parsed("documents");
    let covered: BTreeSet<String> = covered_locales().into_iter().collect();
    let present: BTreeSet<String> = files.keys().cloned().collect();
    assert_eq!(
        covered.len(),
        14,
        "the language table lists 14 covered locales"
    );
    let missing: Vec<_> = covered.difference(&present).collect();
    let extra: Vec<_> = present.difference(&covered).collect();
    assert!(
        missing.is_empty(),
        "covered locales without locales/<locale>/documents.ftl: {missing:?}"
    );
    assert!(
        extra.is_empty(),
        "documents.ftl for locales that are not covered: {extra:?}"
    );
}

#[test]
fn every_fluent_file_parses_and_has_only_messages_with_values() {
    let mut checked = 0;
    for (locale, resource, source) in ftl_files() {
        let res = parse(*source)
            .unwrap_or_else(|(_, e)| panic!("locales/{locale}/{resource}.ftl: {e:#?}"));
        for entry in &res.body {
            match entry {
                ast::Entry::Message(m) => assert!(
                    m.value.is_some(),
                    "{locale}/{resource}: `{}` has no value",
                    m.id.name
                ),
                ast::Entry::Junk { content } => panic!("{locale}/{resource}: junk {content:?}"),
                _ => {}
            }
        }
        checked += 1;
    }
    assert!(
        checked >= 15,
        "expected 14 documents.ftl and the English cover.ftl, found {checked} files"
    );
}

#[test]
fn every_locale_has_exactly_the_english_messages() {
    for resource in ["documents", "cover", "iep-form", "goal-bank"] {
        let files = parsed(resource);
        let english = messages(
            files
                .get("en")
                .unwrap_or_else(|| panic!("locales/en/{resource}.ftl is missing")),
        );
        let mut problems = Vec::new();
        for (locale, res) in &files {
            let own = messages(res);
            let missing: Vec<_> = english.keys().filter(|k| !own.contains_key(*k)).collect();
            let extra: Vec<_> = own.keys().filter(|k| !english.contains_key(*k)).collect();
            if !missing.is_empty() || !extra.is_empty() {
                problems.push(format!(
                    "{locale}/{resource}.ftl: missing {missing:?}, extra {extra:?}"
                ));
            }
            let ids: Vec<_> = res
                .body
                .iter()
                .filter_map(|e| {
                    if let ast::Entry::Message(m) = e {
                        Some(m.id.name)
                    } else {
                        None
                    }
                })
                .collect();
            let unique: BTreeSet<_> = ids.iter().collect();
            if unique.len() != ids.len() {
                problems.push(format!("{locale}/{resource}.ftl defines a message twice"));
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}

#[test]
fn translations_use_only_variables_english_passes() {
    for resource in ["documents", "cover", "iep-form", "goal-bank"] {
        let files = parsed(resource);
        let english = messages(&files["en"]);
        let mut problems = Vec::new();
        for (locale, res) in &files {
            for (id, m) in messages(res) {
                let Some(en) = english.get(id) else { continue };
                let mut allowed = usage(en).variables;
                // Variables the engine passes that English does not use: `time` gets the hour on
                // a 24-hour clock for the locales that write it so.
                if id == "time" {
                    allowed.insert("hour");
                }
                let unknown: Vec<_> = usage(m).variables.difference(&allowed).copied().collect();
                if !unknown.is_empty() {
                    problems.push(format!(
                        "{locale}: `{id}` uses {unknown:?}, English passes {allowed:?}"
                    ));
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}

#[test]
fn plural_variants_cover_each_locales_cldr_categories() {
    for resource in ["documents", "iep-form"] {
        plural_variants_cover_cldr_categories_in(resource);
    }
}

fn plural_variants_cover_cldr_categories_in(resource: &str) {
    let files = parsed(resource);
    let english = messages(&files["en"]);
    let plural_messages: Vec<(&str, &str)> = english
        .iter()
        .flat_map(|(id, m)| {
            usage(m)
                .plural_selects
                .into_iter()
                .map(move |(var, _)| (*id, var))
        })
        .collect();
    assert!(
        !plural_messages.is_empty(),
        "English {resource} has a plural message"
    );
    let mut problems = Vec::new();
    for (locale, res) in &files {
        let required: BTreeSet<String> = cldr_categories(locale)
            .iter()
            .map(|s| s.to_string())
            .collect();
        let own = messages(res);
        for (id, var) in &plural_messages {
            let u = usage(own[id]);
            let selects: Vec<_> = u.plural_selects.iter().filter(|(v, _)| v == var).collect();
            if required.len() == 1 && selects.is_empty() {
                continue; // Only `other`: no selection needed.
            }
            match selects.first() {
                None => problems.push(format!(
                    "{locale}: `{id}` has no plural selection on ${var}; needs {required:?}"
                )),
                Some((_, keys)) => {
                    let missing: Vec<_> = required.difference(keys).collect();
                    if !missing.is_empty() {
                        problems.push(format!(
                            "{locale}: `{id}` lacks plural variants {missing:?}"
                        ));
                    }
                }
            }
        }
        // No select anywhere may use a plural category the locale does not have.
        for (id, m) in &own {
            for keys in usage(m).all_selects {
                let foreign: Vec<_> = keys
                    .iter()
                    .filter(|k| PLURAL_KEYS.contains(&k.as_str()) && !required.contains(*k))
                    .collect();
                if !foreign.is_empty() {
                    problems.push(format!(
                        "{locale}: `{id}` uses categories {foreign:?} that {locale} does not have"
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn runtime_plural_rules_select_only_recorded_categories() {
    // fluent-bundle picks plural rules from intl_pluralrules (CLDR 37), falling back from the full
    // locale to the language and then to English. Whatever it selects must be in the table above.
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    use unic_langid::LanguageIdentifier;
    for locale in covered_locales() {
        let full: LanguageIdentifier = locale.parse().unwrap();
        let lang: LanguageIdentifier = full.language.as_str().parse().unwrap();
        let rules = PluralRules::create(full, PluralRuleType::CARDINAL)
            .or_else(|_| PluralRules::create(lang, PluralRuleType::CARDINAL))
            .or_else(|_| {
                PluralRules::create(
                    "en".parse::<LanguageIdentifier>().unwrap(),
                    PluralRuleType::CARDINAL,
                )
            })
            .unwrap();
        let recorded = cldr_categories(&locale);
        for n in (0..=220u64).chain([1000, 1_000_000]) {
            let name = match rules.select(n).unwrap() {
                PluralCategory::ZERO => "zero",
                PluralCategory::ONE => "one",
                PluralCategory::TWO => "two",
                PluralCategory::FEW => "few",
                PluralCategory::MANY => "many",
                PluralCategory::OTHER => "other",
            };
            assert!(
                recorded.contains(&name),
                "{locale}: {n} selects `{name}`, not in {recorded:?}"
            );
        }
    }
}

#[test]
fn every_present_levels_component_and_language_has_a_message() {
    let files = parsed("documents");
    let english = messages(&files["en"]);
    for c in PresentLevels::COMPONENTS {
        assert!(
            english.contains_key(format!("plop-{c}").as_str()),
            "no message plop-{c}"
        );
    }
    for l in Languages::get().all() {
        assert!(
            english.contains_key(format!("language-{}", l.code).as_str()),
            "no message language-{}",
            l.code
        );
    }
    assert!(english.contains_key(iepdesk_documents::IEP_FORM_VERSION.id));
}
