//! Fuzzing the loaders: no file content makes redflag panic, overflow its stack or hang.
//!
//! A bounded run is part of `cargo test` (256 cases per property). For a longer run:
//!     PROPTEST_CASES=20000 cargo test --release --test fuzz
//! proptest keeps every failing input in `proptest-regressions/fuzz.txt` (commit it), and
//! any file dropped into `tests/fuzz_regressions/` is replayed by `regressions_stay_fixed`.

use std::sync::Arc;

use proptest::prelude::*;
use redflag::content::{ContentFile, Kind, Origin, builtin_files, classify};
use redflag::engine::{Game, Status};
use redflag::library::Library;

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256)
}

fn file(rel: &str, text: String) -> ContentFile {
    ContentFile {
        origin: Origin::Pack {
            name: "fuzz".into(),
            dir: "fuzz".into(),
        },
        kind: classify(rel).expect("a layout path"),
        rel: rel.into(),
        display: rel.into(),
        text: text.into(),
    }
}

/// Loads the built-in content plus one odd file, checks everything, and plays every
/// scenario that survived with a few seeds. Must never panic or hang.
fn exercise(extra: Vec<ContentFile>) {
    // The shared data and the English interface: enough to check and play, quick to load.
    let mut files: Vec<ContentFile> = builtin_files()
        .into_iter()
        .filter(|f| {
            f.rel.starts_with("data/")
                || ["ui", "channels", "pools", "redflags", "check", "report"]
                    .iter()
                    .any(|n| f.rel == format!("locales/en/{n}.ftl"))
        })
        .collect();
    files.extend(extra);
    let lib = Library::from_files(files, Vec::new());
    let _ = redflag::check::check_library(&lib);
    for s in lib.scenarios.iter().filter(|s| !s.origin.is_builtin()) {
        for seed in 0..3 {
            let Ok((mut g, _)) = Game::start(Arc::clone(s.scenario()), seed) else {
                continue;
            };
            for _ in 0..200 {
                let Status::Choosing { options, .. } = g.status().clone() else {
                    break;
                };
                let k = (seed as usize) % options.len();
                if g.choose(options[k].key).is_err() {
                    break;
                }
            }
        }
    }
    // Formatting every message of every locale must not panic either.
    for lang in lib.catalog.langs() {
        let (loc, _) = lib.catalog.localizer(&lang);
        for f in lib.catalog.files_of(&lang) {
            for (id, _) in redflag::i18n::ftl::messages_with_vars(&f.text) {
                let _ = loc.text(&id);
            }
        }
    }
}

/// A real scenario, mutated: bytes deleted, duplicated or replaced by RON's own tokens.
fn mutated(base: &'static str) -> impl Strategy<Value = String> {
    let tokens = prop::sample::select(vec![
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        ",",
        ":",
        "\"",
        "//",
        "/*",
        "\\",
        "Some(",
        "r#\"",
        "\u{1b}[2J",
        "\u{202e}",
        "\n",
        "id: \"x\"",
        "goto: \"nowhere\"",
        "next: \"hi\"",
        "999999999999999999999",
        "-1",
        "requires: [\"a\"]",
        "Ending(id: \"e\", outcome: safe)",
        "{ $",
        "}",
        "->",
        "*[other]",
    ]);
    prop::collection::vec((any::<prop::sample::Index>(), 0u8..3, tokens), 1..8).prop_map(
        move |edits| {
            let mut s = base.to_string();
            for (at, how, tok) in edits {
                let mut i = at.index(s.len() + 1);
                while !s.is_char_boundary(i) {
                    i -= 1;
                }
                match how {
                    0 => s.insert_str(i, tok),
                    1 => {
                        let mut j = (i + tok.len()).min(s.len());
                        while !s.is_char_boundary(j) {
                            j -= 1;
                        }
                        s.replace_range(i..j, "");
                    }
                    _ => {
                        let mut j = (i + 5).min(s.len());
                        while !s.is_char_boundary(j) {
                            j -= 1;
                        }
                        s.replace_range(i..j, tok);
                    }
                }
            }
            s
        },
    )
}

const SCENARIO: &str = include_str!("../scenarios/subcontract-anydesk.ron");
const FTL: &str = include_str!("../locales/en/subcontract-anydesk.ftl");

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn any_scenario_text_is_diagnosed_not_panicked(text in mutated(SCENARIO)) {
        let text = text.replace("subcontract-anydesk", "fuzzed");
        exercise(vec![file("scenarios/fuzzed.ron", text), file("locales/en/fuzzed.ftl", FTL.replace("subcontract-anydesk", "fuzzed"))]);
    }

    #[test]
    fn any_locale_text_is_diagnosed_not_panicked(text in mutated(FTL)) {
        exercise(vec![file("locales/en/extra.ftl", text.clone()), file("locales/xx/ui.ftl", text)]);
    }

    #[test]
    fn arbitrary_bytes_never_panic(text in "\\PC{0,400}") {
        exercise(vec![file("scenarios/junk.ron", text.clone()), file("locales/en/junk.ftl", text.clone()), file("data/redflags.ron", text)]);
    }
}

#[test]
fn deep_nesting_is_a_limit_error_not_a_stack_overflow() {
    let deep = format!(
        "Scenario(id: \"d\", nodes: {}{})",
        "[".repeat(50_000),
        "]".repeat(50_000)
    );
    let lib = Library::from_files(vec![file("scenarios/d.ron", deep)], Vec::new());
    assert!(
        lib.diagnostics
            .iter()
            .any(|d| d.code == "E015" || d.code == "E010")
    );
    let deep_ftl = format!("a = {}x{}\n", "{".repeat(50_000), "}".repeat(50_000));
    exercise(vec![file("locales/en/deep.ftl", deep_ftl)]);
}

#[test]
fn regressions_stay_fixed() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fuzz_regressions");
    let mut n = 0;
    for entry in std::fs::read_dir(dir)
        .expect("the regression folder exists")
        .flatten()
    {
        let path = entry.path();
        let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let f = if name.ends_with(".ftl") {
            file("locales/en/regression.ftl", text)
        } else {
            file("scenarios/regression.ron", text)
        };
        exercise(vec![f]);
        n += 1;
    }
    assert!(n > 0, "the corpus holds at least the seed cases");
}

#[test]
fn kinds_are_what_the_layout_says() {
    assert_eq!(classify("data/pack.ron"), Some(Kind::PackInfo));
}
