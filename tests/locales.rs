//! The translator's toolkit, end to end: `redflag locales` (status, new, check, confirm),
//! pseudo-locales, `--show-ids`, and bad translations.

mod common;

use common::{redflag, temp_dir, write};

const TINY_RON: &str = r#"Scenario(
    id: "tiny",
    perspective: freelancer,
    cast: ["x"],
    vars: { "n": Amount(min: 3, max: 3) },
    channels: ["upwork"],
    nodes: [
        Message(id: "hi", from: "x"),
        Choice(id: "c", options: [
            (id: "a", goto: "end", assess: { "off-platform": spotted }),
            (id: "b", goto: "end", assess: { "off-platform": missed }),
        ]),
        Ending(id: "end", outcome: safe),
    ],
)
"#;

const TINY_EN: &str = "tiny-title = Tiny\ntiny-summary = A tiny test.\ntiny-cast-x = Xavier\ntiny-hi = Hello, I have { $n ->\n    [one] one task\n   *[other] { $n } tasks\n} for you\ntiny-c-a = No\ntiny-c-b = Yes\ntiny-end = The end.\n";

/// A pack with one scenario in English.
fn pack(name: &str) -> std::path::PathBuf {
    let dir = temp_dir(name);
    write(&dir.join("scenarios/tiny.ron"), TINY_RON);
    write(&dir.join("locales/en/tiny.ftl"), TINY_EN);
    dir
}

fn arg(p: &std::path::Path) -> String {
    p.display().to_string()
}

#[test]
fn a_new_language_from_files_alone() {
    let dir = pack("new-lang");
    let d = arg(&dir);
    let r = redflag(
        &["--scenarios", &d, "locales", "new", "pl", "--out", &d],
        "",
    );
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let skel = std::fs::read_to_string(dir.join("locales/pl/tiny.ftl")).unwrap();
    assert!(skel.contains("# tiny-hi =\n"), "{skel}");
    assert!(skel.contains("Xavier"), "who speaks: {skel}");
    assert!(skel.contains("Upwork"), "on which channel: {skel}");
    assert!(skel.contains("the player"), "{skel}");
    assert!(dir.join("locales/pl/ui.ftl").exists());

    // Untranslated: the game shows English, the status and check say so.
    let r = redflag(
        &[
            "--scenarios",
            &d,
            "--lang",
            "pl",
            "--plain",
            "play",
            "tiny",
            "--no-record",
        ],
        "1\n",
    );
    assert!(
        r.stdout.contains("Hello, I have 3 tasks for you"),
        "{}",
        r.stdout
    );
    let r = redflag(&["--scenarios", &d, "locales", "--format", "json"], "");
    assert_eq!(r.code, 0);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let pl = v["locales"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["lang"] == "pl")
        .expect("pl is listed");
    assert_eq!(pl["complete"], 0);
    assert_eq!(pl["files"]["tiny.ftl"]["missing"], 7);
    // Every missing message counts, not only those a report shows (it shows 50 per file).
    let quiz = &pl["files"]["quiz.ftl"];
    assert!(quiz["messages"].as_u64().unwrap() > 50, "{quiz}");
    assert_eq!(quiz["missing"], quiz["messages"], "{quiz}");
    let r = redflag(&["--scenarios", &d, "locales", "check", "pl", "--all"], "");
    assert_eq!(r.code, 0, "warnings only: {}", r.stdout);
    // Each "not translated" points at the placeholder line to edit.
    let line = skel.lines().position(|l| l == "# tiny-hi =").unwrap() + 1;
    let at = format!("tiny.ftl:{line}:1: warning[W061]: “tiny-hi”");
    assert!(r.stdout.contains(&at), "{at}: {}", r.stdout);
    assert!(!r.stdout.contains("locales/de/"), "only pl: {}", r.stdout);

    // Running it again keeps the translator's work.
    write(&dir.join("locales/pl/tiny.ftl"), "tiny-title = Malutki\n");
    let r = redflag(
        &["--scenarios", &d, "locales", "new", "pl", "--out", &d],
        "",
    );
    assert_eq!(r.code, 0);
    assert_eq!(
        std::fs::read_to_string(dir.join("locales/pl/tiny.ftl")).unwrap(),
        "tiny-title = Malutki\n"
    );
    let r = redflag(&["--scenarios", &d, "--lang", "pl", "--plain", "list"], "");
    assert!(r.stdout.contains("Malutki"), "{}", r.stdout);
}

#[test]
fn bad_tags_are_usage_errors() {
    for tag in ["en", "en-XA", "../x", "not a tag"] {
        let r = redflag(&["locales", "new", tag, "--out", "/nonexistent"], "");
        assert_eq!(r.code, 2, "{tag}");
    }
    let r = redflag(&["locales", "check", "zz"], "");
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("redflag locales new zz"), "{}", r.stderr);
}

#[test]
fn locales_check_exits_1_on_errors_with_file_line_col() {
    let dir = pack("check-errors");
    let d = arg(&dir);
    write(
        &dir.join("locales/pl/tiny.ftl"),
        "tiny-title = Malutki\n= oops\n",
    );
    let r = redflag(&["--scenarios", &d, "locales", "check", "pl", "--all"], "");
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(
        r.stdout.contains("locales/pl/tiny.ftl:2:1: error[E055]"),
        "{}",
        r.stdout
    );
    let r = redflag(
        &[
            "--scenarios",
            &d,
            "locales",
            "check",
            "pl",
            "--format",
            "json",
        ],
        "",
    );
    assert_eq!(r.code, 1);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert!(v["errors"].as_u64().unwrap() >= 1);
    // In play, the broken entry is left out with a warning; the file's other messages
    // are used.
    let r = redflag(
        &[
            "--scenarios",
            &d,
            "--lang",
            "pl",
            "--plain",
            "play",
            "tiny",
            "--no-record",
        ],
        "1\n",
    );
    assert!(r.stdout.contains("Malutki"), "{}", r.stdout);
    assert!(r.stderr.contains("tiny.ftl:2:1"), "{}", r.stderr);
}

#[test]
fn stale_translations_are_reported_until_confirmed() {
    let dir = pack("stale");
    let d = arg(&dir);
    let pl = "tiny-title = Malutki\ntiny-hi = Cześć, mam { $n ->\n    [one] jedno zadanie\n    [few] { $n } zadania\n    [many] { $n } zadań\n   *[other] { $n } zadania\n} dla ciebie\n";
    write(&dir.join("locales/pl/tiny.ftl"), pl);
    let r = redflag(&["--scenarios", &d, "locales", "confirm", "pl"], "");
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let lock = std::fs::read_to_string(dir.join("locales/pl/.source-hashes")).unwrap();
    let lines: Vec<&str> = lock.lines().collect();
    assert_eq!(lines.len(), 2, "{lock}");
    assert!(lines[0].starts_with("tiny-hi "), "sorted: {lock}");

    // The English changes: W067 at the translation, until confirmed.
    write(
        &dir.join("locales/en/tiny.ftl"),
        &TINY_EN.replace("for you", "for you today"),
    );
    let r = redflag(&["--scenarios", &d, "locales", "check", "pl", "--all"], "");
    assert_eq!(r.code, 0, "a warning: {}", r.stdout);
    assert!(
        r.stdout.contains("locales/pl/tiny.ftl:2:1: warning[W067]"),
        "{}",
        r.stdout
    );
    // The hint's command names the pack, so it works as pasted.
    assert!(
        r.stdout.contains(&format!(
            "redflag --scenarios {d} locales confirm pl tiny-hi"
        )),
        "{}",
        r.stdout
    );
    let r = redflag(&["--scenarios", &d, "check"], "");
    assert!(r.stdout.contains("W067"), "check reports it too");
    let r = redflag(&["--scenarios", &d, "locales"], "");
    let row = r
        .stdout
        .lines()
        .find(|l| l.starts_with("pl") && l.contains("tiny.ftl"))
        .unwrap();
    assert!(row.trim_end().ends_with('1'), "one stale: {row}");
    // Tracking new translations does not hide it; confirming the id does.
    let r = redflag(&["--scenarios", &d, "locales", "confirm", "pl"], "");
    assert!(r.stdout.contains("one is still stale"), "{}", r.stdout);
    let r = redflag(
        &["--scenarios", &d, "locales", "confirm", "pl", "tiny-hi"],
        "",
    );
    assert_eq!(r.code, 0);
    let r = redflag(&["--scenarios", &d, "locales", "check", "pl", "--all"], "");
    assert!(!r.stdout.contains("W067"), "{}", r.stdout);
    // An unknown id is a usage error.
    let r = redflag(
        &["--scenarios", &d, "locales", "confirm", "pl", "tiny-nope"],
        "",
    );
    assert_eq!(r.code, 2);
}

#[test]
fn missing_plural_forms_are_reported_for_ukrainian() {
    let dir = pack("plural-uk");
    let d = arg(&dir);
    write(
        &dir.join("locales/uk/tiny.ftl"),
        "tiny-hi = Привіт, маю { $n ->\n    [one] одне завдання\n   *[other] { $n } завдань\n} для вас\n",
    );
    let r = redflag(&["--scenarios", &d, "locales", "check", "uk", "--all"], "");
    assert!(
        r.stdout.contains("tiny.ftl:1:1: warning[W066]"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("few") && r.stdout.contains("many"),
        "{}",
        r.stdout
    );
}

#[test]
fn control_characters_in_a_translation_are_reported_and_never_printed() {
    let dir = pack("control");
    let d = arg(&dir);
    write(
        &dir.join("locales/pl/tiny.ftl"),
        "tiny-title = Mal\u{1b}[2Jutki\u{7}\ntiny-summary = Sum\u{202e}mary { \"\\u001B\" }[2J\n",
    );
    let r = redflag(&["--scenarios", &d, "locales", "check", "pl", "--all"], "");
    for at in [
        "tiny.ftl:1:17: warning[W056]",
        // A bidi control, and an escape sequence written as a Fluent escape.
        "tiny.ftl:2:19: warning[W056]",
        "tiny.ftl:2:28: warning[W056]",
    ] {
        assert!(r.stdout.contains(at), "{at}: {}", r.stdout);
    }
    let r = redflag(&["--scenarios", &d, "--lang", "pl", "--plain", "list"], "");
    assert!(r.stdout.contains("Malutki"), "{}", r.stdout);
    assert!(!r.stdout.contains('\u{1b}') && !r.stdout.contains('\u{7}'));
}

#[test]
fn pseudo_locales_and_show_ids_reach_plain_mode() {
    let r = redflag(
        &[
            "--lang",
            "en-XA",
            "--plain",
            "play",
            "subcontract-anydesk",
            "--seed",
            "1",
            "--no-record",
        ],
        "q\n",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    // Accented, and no plain English word of the conversation left.
    assert!(r.stdout.contains("Ŭƥẇǿǿřķ"), "{}", r.stdout);
    assert!(
        !r.stdout.contains("Upwork") && !r.stdout.contains("profile"),
        "{}",
        r.stdout
    );
    let r = redflag(
        &[
            "--lang",
            "ar-XB",
            "--plain",
            "play",
            "subcontract-anydesk",
            "--seed",
            "1",
            "--no-record",
        ],
        "q\n",
    );
    assert!(
        r.stdout.contains('⟪') && r.stdout.contains('⟫'),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains('\u{202e}'));
    let r = redflag(
        &[
            "--show-ids",
            "--plain",
            "play",
            "subcontract-anydesk",
            "--seed",
            "1",
            "--no-record",
        ],
        "q\n",
    );
    assert!(
        r.stdout.contains("[subcontract-anydesk-title]"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("[subcontract-anydesk-hello"),
        "{}",
        r.stdout
    );
}

#[test]
fn the_status_table_lists_every_locale() {
    let r = redflag(&["locales"], "");
    assert_eq!(r.code, 0);
    for l in ["en", "de", "uk", "vi"] {
        assert!(
            r.stdout
                .lines()
                .any(|x| x.starts_with(l) && x.contains("ui.ftl")),
            "{l}: {}",
            r.stdout
        );
    }
    let r = redflag(&["--lang", "de", "locales"], "");
    assert!(r.stdout.contains("Fehlend"), "{}", r.stdout);
}

/// By default one real mistake is not buried: errors in full, and one line per file for
/// the warnings, a file not started yet as one line.
#[test]
fn locales_check_is_quiet_by_default_and_full_on_request() {
    let dir = pack("quiet-check");
    let d = arg(&dir);
    // Polish: a syntax error in one file, and the scenario's file not started.
    write(
        &dir.join("locales/pl/ui.ftl"),
        "language-name = Polski\nbroken = {\n",
    );
    let r = redflag(&["--scenarios", &d, "locales", "check", "pl"], "");
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(
        r.stdout.contains("error[E055]"),
        "the error in full: {}",
        r.stdout
    );
    assert!(
        !r.stdout.contains("warning[W061]"),
        "no per-message warnings: {}",
        r.stdout
    );
    let tiny: Vec<&str> = r
        .stdout
        .lines()
        .filter(|l| l.contains("tiny.ftl"))
        .collect();
    assert_eq!(
        tiny.len(),
        1,
        "one line for the untranslated file: {}",
        r.stdout
    );
    assert!(tiny[0].contains("not started yet"), "{}", tiny[0]);
    let all = redflag(&["--scenarios", &d, "locales", "check", "pl", "--all"], "");
    assert!(
        all.stdout.matches("warning[W061]").count() > 5,
        "{}",
        all.stdout
    );
    let only = redflag(
        &["--scenarios", &d, "locales", "check", "pl", "--errors-only"],
        "",
    );
    assert!(!only.stdout.contains("warning["), "{}", only.stdout);
    let code = redflag(
        &[
            "--scenarios",
            &d,
            "locales",
            "check",
            "pl",
            "--code",
            "W061",
            "--file",
            "tiny",
        ],
        "",
    );
    assert!(code.stdout.contains("warning[W061]") && !code.stdout.contains("E055"));
}

/// The samples `redflag new` writes are English in every language: a new language's
/// skeleton leaves them out, and they are never reported as missing.
#[test]
fn new_samples_are_not_a_translators_work() {
    let dir = pack("no-samples");
    let d = arg(&dir);
    let r = redflag(
        &["--scenarios", &d, "locales", "new", "pl", "--out", &d],
        "",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let skel = std::fs::read_to_string(dir.join("locales/pl/new.ftl")).unwrap();
    assert!(!skel.contains("new-sample-"), "{skel}");
    let r = redflag(
        &[
            "--scenarios",
            &d,
            "locales",
            "check",
            "pl",
            "--code",
            "W061",
        ],
        "",
    );
    assert!(!r.stdout.contains("new-sample-"), "{}", r.stdout);
    assert!(
        r.stdout.contains("new-created"),
        "other messages still count: {}",
        r.stdout
    );
}

#[test]
fn one_languages_table_and_a_folder_here_that_the_program_does_not_know() {
    let r = redflag(&["locales", "de"], "");
    assert_eq!(r.code, 0, "{}", r.stderr);
    let table: Vec<&str> = r
        .stdout
        .lines()
        .skip(1)
        .take_while(|l| !l.is_empty())
        .collect();
    assert!(
        table.len() > 10 && table.iter().all(|l| l.starts_with("de ")),
        "{}",
        r.stdout
    );
    // A locales/pl folder in the current folder is not the program's: said, with what to do.
    let dir = pack("here-not-built");
    write(&dir.join("locales/pl/tiny.ftl"), "tiny-title = Malutki\n");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_redflag"))
        .args(["locales", "check", "pl"])
        .current_dir(&dir)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env("XDG_DATA_HOME", dir.join("home"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("--scenarios ."), "{said}");
}

/// One broken message costs that message, not its file: the rest plays translated, the
/// status says the file is broken, and the lost message's only diagnostic is the syntax
/// error, with a hint that fits it.
#[test]
fn a_syntax_error_costs_one_message_not_the_file() {
    let dir = pack("broken-one");
    let d = arg(&dir);
    write(
        &dir.join("locales/pl/tiny.ftl"),
        "tiny-title = Malutki\ntiny-summary = Mały test.\ntiny-cast-x = Ksawery\ntiny-hi = Cześć, mam { $n zadania\ntiny-c-a = Nie\ntiny-c-b = Tak\ntiny-end = Koniec.\n",
    );
    let play = redflag(
        &[
            "--scenarios",
            &d,
            "--lang",
            "pl",
            "play",
            "tiny",
            "--seed",
            "1",
        ],
        "1\n",
    );
    assert!(
        play.stdout.contains("Ksawery"),
        "the rest is Polish: {}",
        play.stdout
    );
    assert!(
        play.stdout.contains("Hello, I have"),
        "the broken one is English: {}",
        play.stdout
    );
    let status = redflag(&["--scenarios", &d, "locales", "pl"], "");
    let row = status
        .stdout
        .lines()
        .find(|l| l.contains("tiny.ftl"))
        .unwrap_or_default();
    assert!(row.contains("broken"), "{}", status.stdout);
    let check = redflag(&["--scenarios", &d, "locales", "check", "pl", "--all"], "");
    assert!(check.stdout.contains("error[E055]"), "{}", check.stdout);
    assert!(
        check.stdout.contains("placeable is not closed"),
        "{}",
        check.stdout
    );
    assert!(
        !check.stdout.contains("“tiny-hi” is not translated"),
        "{}",
        check.stdout
    );
}

/// The diagnostics of `--format json` output about files of `lang`: (code, file, line,
/// column), sorted.
fn about_lang(json: &str, lang: &str) -> Vec<(String, String, u64, u64)> {
    let v: serde_json::Value = serde_json::from_str(json).expect("JSON output");
    let mut out: Vec<(String, String, u64, u64)> = v["diagnostics"]
        .as_array()
        .expect("a list of diagnostics")
        .iter()
        .filter(|d| {
            d["file"]
                .as_str()
                .is_some_and(|f| f.replace('\\', "/").contains(&format!("locales/{lang}/")))
        })
        .map(|d| {
            (
                d["code"].as_str().unwrap_or_default().to_string(),
                d["file"].as_str().unwrap_or_default().to_string(),
                d["line"].as_u64().unwrap_or_default(),
                d["column"].as_u64().unwrap_or_default(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn locales_check_and_check_report_the_same_about_a_language() {
    // German with one of each: stale (W067), an undeclared contact (W075), not translated
    // (W061), a misspelt id (W061 with W062), a variable English lacks (E069), a hidden
    // character (W056); and a lock file.
    let dir = pack("locales-parity");
    write(
        &dir.join("locales/de/tiny.ftl"),
        "tiny-title = Winzig\ntiny-summary = Ein Test, Hilfe unter evil@scam.example\ntiny-cast-x = Xaver\ntiny-hi = Hallo { $m }\ntiny-c-aa = Nein\ntiny-end = Das Ende.\u{202e}\n",
    );
    write(
        &dir.join("locales/de/.source-hashes"),
        "tiny-title 0123456789abcdef\n",
    );
    let d = arg(&dir);
    let check_dir = redflag(&["check", &d, "--format", "json"], "");
    let check_packs = redflag(&["--scenarios", &d, "check", "--format", "json"], "");
    let locales = redflag(
        &[
            "--scenarios",
            &d,
            "locales",
            "check",
            "de",
            "--all",
            "--format",
            "json",
        ],
        "",
    );
    let want = about_lang(&locales.stdout, "de");
    let codes: Vec<&str> = want.iter().map(|(c, ..)| c.as_str()).collect();
    for code in ["E069", "W056", "W061", "W062", "W067", "W075"] {
        assert!(codes.contains(&code), "{code} in {want:?}");
    }
    assert_eq!(about_lang(&check_dir.stdout, "de"), want, "check DIR");
    assert_eq!(
        about_lang(&check_packs.stdout, "de"),
        want,
        "check --scenarios DIR"
    );
    // The same exit: the error makes both fail.
    assert_eq!(check_dir.code, 1);
    assert_eq!(locales.code, 1);
}

#[test]
fn screens_writes_every_screen_as_text_and_ansi() {
    let dir = temp_dir("screens-review");
    for (lang, size) in [("en", "80x24"), ("de", "40x12")] {
        let out = dir.join(format!("{lang}-{size}"));
        let r = redflag(
            &[
                "--lang",
                lang,
                "screens",
                "--size",
                size,
                "--out",
                &arg(&out),
            ],
            "",
        );
        assert_eq!(r.code, 0, "{}", r.stderr);
        let (w, h): (usize, usize) = {
            let (w, h) = size.split_once('x').unwrap();
            (w.parse().unwrap(), h.parse().unwrap())
        };
        let mut names: Vec<String> = std::fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        for want in [
            "start",
            "help",
            "settings",
            "handbook",
            "involved",
            "quiz-item",
            "chat-typing",
            "chat-choices",
            "chat-feedback",
            "debrief-scam",
            "debrief-honest",
            "results-0",
            "results-1",
            "results-2",
            "results-5",
            "results-22",
        ] {
            for ext in ["txt", "ans"] {
                assert!(
                    names.iter().any(|n| n.ends_with(&format!("-{want}.{ext}"))),
                    "{want}.{ext} in {names:?}"
                );
            }
        }
        for n in &names {
            let text = std::fs::read_to_string(out.join(n)).unwrap();
            assert_eq!(text.lines().count(), h, "{n}: one line per row");
            if n.ends_with(".txt") {
                assert!(!text.chars().any(|c| c.is_control() && c != '\n'), "{n}");
                assert!(
                    text.lines()
                        .all(|l| unicode_width::UnicodeWidthStr::width(l) <= w),
                    "{n}"
                );
            } else {
                // Colours and styles only: every escape is a complete SGR sequence.
                for part in text.split('\x1b').skip(1) {
                    let end = part.find('m').expect("an SGR sequence");
                    assert!(part.starts_with('['), "{n}: {part:?}");
                    assert!(
                        part[1..end]
                            .bytes()
                            .all(|b| b.is_ascii_digit() || b == b';'),
                        "{n}"
                    );
                }
            }
        }
        let read = |name: &str| {
            let n = names
                .iter()
                .find(|n| n.ends_with(&format!("-{name}.txt")))
                .unwrap();
            std::fs::read_to_string(out.join(n)).unwrap()
        };
        if lang == "en" {
            assert!(read("chat-typing").contains("is typing"));
            assert!(read("chat-feedback").contains("Tip:"));
            assert!(
                read("results-0").contains("No results"),
                "{}",
                read("results-0")
            );
            assert!(read("results-22").contains("22"));
        }
    }
    // A size that is not one is refused in words, with exit 2.
    let r = redflag(
        &["screens", "--size", "80", "--out", &arg(&dir.join("x"))],
        "",
    );
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("WIDTHxHEIGHT"), "{}", r.stderr);
}

#[test]
fn texts_longer_than_their_line_are_reported_as_shown() {
    let dir = pack("locales-lengths");
    // A heading of 44 columns as shown (the count formatted), a hint of 45, and a value
    // that fits.
    write(
        &dir.join("locales/pl/tui.ftl"),
        "tui-handbook-heading = Podręcznik sygnałów ostrzegawczych, tom { $n }\n\
         tui-chat-keys = ? pomoc   Esc wyjdź z tej rozmowy i wróć do listy scenariuszy\n\
         tui-speed-fast = szybko\n",
    );
    let r = redflag(
        &[
            "--scenarios",
            &arg(&dir),
            "locales",
            "check",
            "pl",
            "--code",
            "W058",
        ],
        "",
    );
    assert_eq!(r.stdout.matches("[W058]").count(), 2, "{}", r.stdout);
    assert!(
        r.stdout.contains("tui-handbook-heading") && r.stdout.contains("of 36"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("a key hint of “tui-chat-keys”"),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains("tui-speed-fast"), "{}", r.stdout);
    // The built-in English keeps to the same limits.
    let r = redflag(&["check", "--format", "json"], "");
    assert!(!r.stdout.contains("W058"), "{}", r.stdout);
}

#[test]
fn hints_give_commands_that_work_as_pasted_with_the_pack() {
    // A pack in a folder with a space, with a stale German translation.
    let dir = temp_dir("hint commands").join("my pack");
    std::fs::create_dir_all(&dir).unwrap();
    write(&dir.join("scenarios/tiny.ron"), TINY_RON);
    write(&dir.join("locales/en/tiny.ftl"), TINY_EN);
    write(&dir.join("locales/de/tiny.ftl"), "tiny-title = Winzig\n");
    write(
        &dir.join("locales/de/.source-hashes"),
        "tiny-title 0123456789abcdef\n",
    );
    let d = arg(&dir);
    let r = redflag(&["check", &d, "--format", "json"], "");
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let hint = |code: &str| -> String {
        v["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["code"] == code)
            .and_then(|x| x["hint"].as_str())
            .unwrap_or_default()
            .to_string()
    };
    let quoted = format!("--scenarios \"{d}\"");
    assert!(
        hint("W067").contains(&format!("redflag {quoted} locales confirm de tiny-title")),
        "{}",
        hint("W067")
    );
    assert!(
        hint("W068").contains(&format!("redflag {quoted} locales new ")),
        "{}",
        hint("W068")
    );
    // The command, run as a shell would split it, clears the warning.
    let r = redflag(
        &["--scenarios", &d, "locales", "confirm", "de", "tiny-title"],
        "",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = redflag(&["check", &d], "");
    assert!(!r.stdout.contains("[W067]"), "{}", r.stdout);
}

#[test]
fn after_an_upgrade_stale_translations_show_both_englishes_and_update_refreshes_the_files() {
    let dir = pack("update");
    let d = arg(&dir);
    // A translator starts German for the pack and translates two messages.
    let r = redflag(
        &["--scenarios", &d, "locales", "new", "de", "--out", &d],
        "",
    );
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let path = dir.join("locales/de/tiny.ftl");
    let skeleton = std::fs::read_to_string(&path).unwrap();
    let hi_de = "tiny-hi = Hallo, ich habe { $n ->\n    [one] eine Aufgabe\n   *[other] { $n } Aufgaben\n} für dich";
    let translated = skeleton
        .replace("# tiny-title =", "tiny-title = Winzig")
        .replace("# tiny-hi =", hi_de)
        .replace(
            "# tiny-c-b =",
            "# Mein Hinweis: locker bleiben\ntiny-c-b = Ja",
        );
    write(&path, &translated);
    let r = redflag(&["--scenarios", &d, "locales", "confirm", "de"], "");
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);

    // The upgrade: an English message changes and a new answer arrives.
    write(
        &dir.join("scenarios/tiny.ron"),
        &TINY_RON.replace(
            "(id: \"b\", goto: \"end\", assess: { \"off-platform\": missed }),",
            "(id: \"b\", goto: \"end\", assess: { \"off-platform\": missed }),\n            (id: \"m\", goto: \"end\", assess: { \"off-platform\": missed }),",
        ),
    );
    write(
        &dir.join("locales/en/tiny.ftl"),
        &(TINY_EN.replace("for you", "for you today") + "tiny-c-m = Maybe later\n"),
    );

    // `locales check` shows the stale one, with its English then and now, by default.
    let r = redflag(&["--scenarios", &d, "locales", "check", "de"], "");
    assert!(r.stdout.contains("warning[W067]"), "{}", r.stdout);
    let row = r
        .stdout
        .lines()
        .find(|l| l.contains("English then"))
        .unwrap_or_else(|| panic!("{}", r.stdout));
    assert!(row.contains("English now"), "side by side: {row}");
    let last = r
        .stdout
        .lines()
        .filter(|l| l.starts_with("  | "))
        .find(|l| l.contains("today"))
        .unwrap_or_else(|| panic!("{}", r.stdout));
    assert!(
        last.contains("} for you") && !last.split(" | ").nth(1).unwrap().contains("today"),
        "the old English on the left, the new on the right: {last}"
    );
    for l in r.stdout.lines() {
        assert!(
            unicode_width::UnicodeWidthStr::width(l) <= 80 || !l.starts_with("  | "),
            "{l}"
        );
    }

    // `locales update` adds the new answer and refreshes the comments; the translations,
    // and the translator's own note, stay byte for byte.
    let r = redflag(
        &["--scenarios", &d, "locales", "update", "de", "--out", &d],
        "",
    );
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains("No translation was changed"),
        "{}",
        r.stdout
    );
    let updated = std::fs::read_to_string(&path).unwrap();
    for kept in [
        "tiny-title = Winzig\n",
        hi_de,
        "# Mein Hinweis: locker bleiben\n",
        "tiny-c-b = Ja\n",
    ] {
        assert!(updated.contains(kept), "{kept:?} in\n{updated}");
    }
    assert!(updated.contains("# English: Hello, I have"), "{updated}");
    assert!(
        updated.contains("} for you today"),
        "fresh English: {updated}"
    );
    assert!(
        !updated.contains("} for you\n"),
        "no old English left: {updated}"
    );
    let new_at = updated
        .find("# tiny-c-m =")
        .expect("the new message, commented out");
    assert!(
        new_at > updated.find("tiny-c-b = Ja").unwrap(),
        "after the one before it"
    );
    assert!(updated.contains("# English: Maybe later"), "{updated}");
    // Nothing else to do the second time; the file still reads as Fluent.
    let r = redflag(
        &["--scenarios", &d, "locales", "update", "de", "--out", &d],
        "",
    );
    assert!(r.stdout.contains("Nothing to update"), "{}", r.stdout);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), updated);
    let r = redflag(
        &["--scenarios", &d, "locales", "check", "de", "--errors-only"],
        "",
    );
    assert_eq!(r.code, 0, "{}", r.stdout);
    // A file it cannot read is left as it is and named; nothing claims all is well.
    std::fs::write(&path, b"tiny-title = \xff\n").unwrap();
    let r = redflag(
        &["--scenarios", &d, "locales", "update", "de", "--out", &d],
        "",
    );
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stderr.contains("tiny.ftl") && r.stderr.contains("UTF-8"),
        "{}",
        r.stderr
    );
    assert!(!r.stdout.contains("Nothing to update"), "{}", r.stdout);
    assert_eq!(std::fs::read(&path).unwrap(), b"tiny-title = \xff\n");
    write(&path, &updated);
    // Updated and confirmed, it is no longer stale.
    let r = redflag(
        &["--scenarios", &d, "locales", "confirm", "de", "tiny-hi"],
        "",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = redflag(&["--scenarios", &d, "locales", "check", "de"], "");
    assert!(!r.stdout.contains("W067"), "{}", r.stdout);
}
