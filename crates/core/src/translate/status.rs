//! How complete each locale is, file by file, from the diagnostics `check` reports:
//! not translated (W061), no longer used (W062) and stale (W067).

use std::collections::BTreeMap;

use crate::content::Kind;
use crate::diag::Diagnostic;
use crate::i18n::{SOURCE, ftl};
use crate::library::Library;
use crate::translate::stale;

/// The counts of one file of a locale, or of the whole locale.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Counts {
    /// Messages the English file has.
    pub total: usize,
    pub missing: usize,
    pub obsolete: usize,
    pub stale: usize,
    /// Syntax errors: each costs a message (or more), which the game shows in English.
    pub broken: usize,
}

impl Counts {
    /// How much is translated, 0 to 100, rounded down (100 only when nothing is missing).
    pub fn percent(&self) -> usize {
        if self.total == 0 {
            return 100;
        }
        let done = self.total.saturating_sub(self.missing);
        done * 100 / self.total
    }

    fn add(&mut self, o: &Counts) {
        self.total += o.total;
        self.missing += o.missing;
        self.obsolete += o.obsolete;
        self.stale += o.stale;
        self.broken += o.broken;
    }
}

/// One locale's status.
#[derive(Debug, Clone, PartialEq)]
pub struct LocaleStatus {
    pub lang: String,
    /// Whether the locale has a `.source-hashes` lock, so stale messages can be found.
    pub tracked: bool,
    pub overall: Counts,
    /// By file name (`ui.ftl`), every English file's name.
    pub files: BTreeMap<String, Counts>,
}

/// The locale and file name a path points into: `…/locales/<lang>/<name>`.
pub fn locale_of_path(path: &str) -> Option<(String, String)> {
    let parts: Vec<&str> = path.split(['/', '\\']).collect();
    let i = parts.iter().rposition(|p| *p == "locales")?;
    match parts.get(i + 1..) {
        Some([lang, name]) => Some((lang.to_string(), name.to_string())),
        _ => None,
    }
}

/// The status of every locale, from `check`'s diagnostics of the same content.
pub fn status(lib: &Library, diags: &[Diagnostic]) -> Vec<LocaleStatus> {
    // The English files: their names and message counts.
    let mut english: BTreeMap<String, usize> = BTreeMap::new();
    for f in lib.catalog.files_of(SOURCE) {
        if let Kind::Locale { name, .. } = &f.kind {
            *english.entry(format!("{name}.ftl")).or_default() += ftl::parse(&f.text).0.len();
        }
    }
    let mut out = Vec::new();
    for lang in lib.catalog.langs() {
        let mut files: BTreeMap<String, Counts> = english
            .iter()
            .map(|(n, total)| {
                (
                    n.clone(),
                    Counts {
                        total: *total,
                        ..Default::default()
                    },
                )
            })
            .collect();
        for d in diags {
            let Some((l, name)) = locale_of_path(&d.file) else {
                continue;
            };
            if l != lang {
                continue;
            }
            let c = files.entry(name).or_default();
            match d.code {
                "W061" => c.missing += 1,
                "W062" => c.obsolete += 1,
                "W067" => c.stale += 1,
                "E055" | "E057" => c.broken += 1,
                _ => {}
            }
        }
        let mut overall = Counts::default();
        for c in files.values_mut() {
            c.missing = c.missing.min(c.total);
            overall.add(c);
        }
        out.push(LocaleStatus {
            tracked: lang == SOURCE || stale::lock_of(lib, &lang).is_some(),
            lang,
            overall,
            files,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_name_their_locale_and_file() {
        assert_eq!(
            locale_of_path("locales/de/ui.ftl"),
            Some(("de".into(), "ui.ftl".into()))
        );
        assert_eq!(
            locale_of_path("/tmp/pack/locales/pl/x.ftl"),
            Some(("pl".into(), "x.ftl".into()))
        );
        assert_eq!(locale_of_path("scenarios/x.ron"), None);
        assert_eq!(locale_of_path("locales/de"), None);
    }

    #[test]
    fn counts_come_from_check_file_by_file() {
        use crate::content::{ContentFile, Origin, classify};
        let file = |rel: &str, text: &str| ContentFile {
            origin: Origin::Builtin,
            kind: classify(rel).unwrap(),
            rel: rel.into(),
            display: rel.into(),
            text: text.to_string().into(),
        };
        let lib = Library::from_files(
            vec![
                file("locales/en/ui.ftl", "a = A\nb = B\nc = C\nd = D\n"),
                file("locales/pl/ui.ftl", "a = A\nzz = old\n"),
            ],
            Vec::new(),
        );
        let diags = crate::check::check_library(&lib);
        let st = status(&lib, &diags);
        assert_eq!(st[0].lang, "en");
        assert_eq!(st[0].overall.percent(), 100);
        let pl = &st[1];
        assert_eq!(pl.lang, "pl");
        assert!(!pl.tracked);
        let ui = &pl.files["ui.ftl"];
        assert_eq!((ui.total, ui.missing, ui.obsolete), (4, 3, 1));
        assert_eq!(ui.percent(), 25);
        assert_eq!(pl.overall, *ui);
    }

    #[test]
    fn every_built_in_locale_has_a_row_per_english_file() {
        let lib = Library::load(&[]);
        let diags = crate::check::translations(&[]);
        let st = status(&lib, &diags);
        assert_eq!(st[0].overall.percent(), 100);
        for s in &st {
            assert!(s.files.contains_key("ui.ftl"), "{s:?}");
            assert!(s.overall.percent() <= 100);
        }
    }
}
