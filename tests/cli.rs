//! The command line: exit codes, help, `list`, language choice and packs.

mod common;

use common::{redflag, redflag_env, temp_dir, write};

#[test]
fn usage_errors_exit_2_and_help_exits_0() {
    assert_eq!(redflag(&["--bogus"], "").code, 2);
    assert_eq!(redflag(&["play", "--seed", "x"], "").code, 2);
    assert_eq!(redflag(&["list", "--format", "xml"], "").code, 2);
    let help = redflag(&["--help"], "");
    assert_eq!(help.code, 0);
    assert!(
        help.stdout
            .contains("spot identity-proxy recruitment scams"),
        "{}",
        help.stdout
    );
    for cmd in ["play", "list", "check"] {
        let r = redflag(&[cmd, "--help"], "");
        assert_eq!(r.code, 0, "{cmd}");
        assert!(
            r.stdout.contains("--lang"),
            "{cmd} help lacks global options"
        );
    }
    let v = redflag(&["--version"], "");
    assert_eq!(v.code, 0);
    assert!(v.stdout.contains(env!("CARGO_PKG_VERSION")));
    assert_eq!(redflag(&["list", "--version"], "").code, 0);
}

#[test]
fn help_is_localized() {
    let r = redflag(&["--lang", "de", "--help"], "");
    assert_eq!(r.code, 0);
    assert!(
        !r.stdout.contains("spot identity-proxy recruitment scams"),
        "{}",
        r.stdout
    );
    // A command's own options (built only when needed) are there, in words from Fluent.
    let r = redflag(&["--lang", "de", "play", "--help"], "");
    assert_eq!(r.code, 0);
    assert!(r.stdout.contains("--seed"), "{}", r.stdout);
    assert!(r.stdout.contains("wiederholbar"), "{}", r.stdout);
    let r = redflag(&["check", "--help"], "");
    assert!(r.stdout.contains("--walks"), "{}", r.stdout);
    assert!(
        r.stdout.contains("Scenario files, locale files"),
        "{}",
        r.stdout
    );
}

#[test]
fn an_unknown_scenario_is_a_usage_error_with_a_suggestion() {
    let r = redflag(&["play", "subcontract-anydsk"], "");
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("subcontract-anydesk"), "{}", r.stderr);
}

#[test]
fn global_options_go_before_or_after_the_command() {
    let a = redflag(&["--lang", "de", "list"], "");
    let b = redflag(&["list", "--lang", "de"], "");
    assert_eq!(a.code, 0);
    assert_eq!(a.stdout, b.stdout);
    let en = redflag(&["list"], "");
    assert_ne!(a.stdout, en.stdout, "German titles differ from English");
}

#[test]
fn list_json_describes_every_scenario() {
    let r = redflag(&["list", "--format", "json"], "");
    assert_eq!(r.code, 0);
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let items = doc.as_array().unwrap();
    assert!(items.len() >= 2);
    for it in items {
        for key in [
            "id",
            "title",
            "perspective",
            "legitimate",
            "flags",
            "locales",
            "minutes",
            "difficulty",
        ] {
            assert!(it.get(key).is_some(), "{key} missing in {it}");
        }
        let locales: Vec<&str> = it["locales"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l.as_str().unwrap())
            .collect();
        assert!(locales.contains(&"en") && locales.contains(&"de"), "{it}");
        assert!(locales.iter().all(|l| !l.contains('-')), "bare tags only");
    }
    assert!(items.iter().any(|i| i["legitimate"] == true));
    assert!(items.iter().any(|i| i["legitimate"] == false));
    let scam = items
        .iter()
        .find(|i| i["id"] == "subcontract-anydesk")
        .unwrap();
    let flags: Vec<&str> = scam["flags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap())
        .collect();
    assert!(flags.contains(&"remote-access") && flags.contains(&"off-platform"));
}

#[test]
fn language_comes_from_the_environment_then_falls_back() {
    let de = redflag_env(&["list"], "", &[("LANG", "de_DE.UTF-8")]);
    let flag = redflag(&["--lang", "de", "list"], "");
    assert_eq!(de.stdout, flag.stdout);
    // LC_ALL wins over LANG; C means English.
    let c = redflag_env(&["list"], "", &[("LANG", "de_DE.UTF-8"), ("LC_ALL", "C")]);
    assert_eq!(c.stdout, redflag(&["list"], "").stdout);
    // A language nobody translated yet falls back to English.
    let fr = redflag(&["--lang", "fr", "list"], "");
    assert_eq!(fr.code, 0);
    assert_eq!(fr.stdout, redflag(&["list"], "").stdout);
}

const PACK_RON: &str = r#"Scenario(
    id: "pack-demo", perspective: hiring, legitimate: false, cast: ["c"], channels: ["email"],
    nodes: [
        Message(id: "hi", from: "c"),
        Choice(id: "c", options: [
            (id: "a", goto: "end", assess: { "camera-avoidance": spotted }),
            (id: "b", goto: "end", assess: { "camera-avoidance": missed }),
        ]),
        Ending(id: "end", outcome: safe),
    ],
)"#;

const PACK_FTL: &str = "pack-demo-title = Pack demo\npack-demo-summary = From a pack.\npack-demo-cast-c = Candidate \u{1b}[31mRed\npack-demo-hi = Hi \u{202e}there\npack-demo-c-a = A\npack-demo-c-b = B\npack-demo-end = End.\n";

#[test]
fn a_pack_adds_scenarios_and_locales_but_cannot_override() {
    let dir = temp_dir("pack");
    write(&dir.join("scenarios/pack-demo.ron"), PACK_RON);
    write(&dir.join("locales/en/pack-demo.ftl"), PACK_FTL);
    // An attempt to rewrite the built-in reporting advice.
    write(
        &dir.join("locales/en/evil.ftl"),
        "report-where = Call 555 0100 to report.\n",
    );
    // A whole new locale.
    write(&dir.join("locales/pl/ui.ftl"), "language-name = Polski\n");
    // A broken scenario, skipped with a warning.
    write(
        &dir.join("scenarios/broken.ron"),
        "Scenario(id: \"broken\",",
    );
    let d = dir.to_str().unwrap();

    let list = redflag(&["--scenarios", d, "list"], "");
    assert_eq!(list.code, 0);
    assert!(list.stdout.contains("pack-demo"), "{}", list.stdout);
    let pack_name = dir.file_name().unwrap().to_str().unwrap();
    assert!(
        list.stdout.contains(&format!("[pack: {pack_name}]")),
        "{}",
        list.stdout
    );
    assert!(list.stderr.contains("broken.ron:1:"), "{}", list.stderr);
    assert!(list.stderr.contains("report-where"), "{}", list.stderr);

    let play = redflag(
        &["--scenarios", d, "play", "pack-demo", "--seed", "1"],
        "1\n",
    );
    assert_eq!(play.code, 0, "{}", play.stderr);
    assert!(
        !play.stdout.contains("555"),
        "a pack overrode a built-in message"
    );
    assert!(play.stdout.contains("Where to report"));
    // Escapes and bidi overrides from the pack never reach the terminal.
    assert!(!play.stdout.contains('\u{1b}') && !play.stdout.contains('\u{202e}'));
    assert!(
        play.stdout.contains("Candidate Red: Hi there"),
        "{}",
        play.stdout
    );

    // The new locale is offered: with no other messages it falls back to English.
    let pl = redflag(&["--scenarios", d, "--lang", "pl", "list"], "");
    assert_eq!(pl.code, 0);
    assert!(pl.stdout.contains("pack-demo"));
}

#[test]
fn a_missing_pack_folder_is_a_warning_not_a_crash() {
    let r = redflag(&["--scenarios", "/nonexistent/redflag-pack", "list"], "");
    assert_eq!(r.code, 0);
    assert!(
        r.stderr.contains("/nonexistent/redflag-pack"),
        "{}",
        r.stderr
    );
    assert!(r.stdout.contains("subcontract-anydesk"));
}

#[test]
fn lang_takes_the_environment_form_and_an_unknown_language_is_said_once() {
    let r = redflag(&["--lang", "de_DE.UTF-8", "list"], "");
    assert!(r.stdout.contains("Freelancer, leicht"), "{}", r.stdout);
    let r = redflag(&["--lang", "pl", "list"], "");
    assert_eq!(r.code, 0);
    assert_eq!(r.stderr.matches("“pl”").count(), 1, "{}", r.stderr);
    assert!(r.stderr.contains("en, de, uk, vi"), "{}", r.stderr);
    assert!(
        r.stdout.contains("freelancer, easy"),
        "goes on in English: {}",
        r.stdout
    );
    for quiet in ["en-GB", "en-XA", "uk"] {
        let r = redflag(&["--lang", quiet, "list"], "");
        assert!(!r.stderr.contains("--lang"), "{quiet}: {}", r.stderr);
    }
}

/// A pack that brings a language brings its help texts too.
#[test]
fn a_packs_cli_words_reach_help() {
    let dir = temp_dir("help-pack");
    write(
        &dir.join("locales/pl/cli.ftl"),
        "cli-redflag-play-about = Zagraj scenariusz\n",
    );
    let d = dir.to_str().unwrap();
    let r = redflag(&["--scenarios", d, "--lang", "pl", "--help"], "");
    assert!(r.stdout.contains("Zagraj scenariusz"), "{}", r.stdout);
}

/// The common usage errors are said in the user's language, with clap's English kept as
/// a detail, and exit with 2.
#[test]
fn usage_errors_are_localized_with_the_parsers_words_as_a_detail() {
    let r = redflag(&["--lang", "de", "play", "--seed", "abc"], "");
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("„abc“ ist kein gültiger Wert für --seed"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("invalid value 'abc'"), "{}", r.stderr);
    let r = redflag(&["--lang", "uk", "plya"], "");
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("«plya» не є командою"), "{}", r.stderr);
    assert!(
        r.stderr.contains("'play'"),
        "the similar command is still named: {}",
        r.stderr
    );
    let r = redflag(&["play", "--bogus"], "");
    assert!(
        r.stderr.contains("--bogus is not an option"),
        "{}",
        r.stderr
    );
}
