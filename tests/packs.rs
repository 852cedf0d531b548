//! An NGO's pack as its author meets the tools: a scenario with a red flag of the pack's
//! own, a second language, and `data/pack.ron` naming the pack and its languages.

mod common;

use std::path::Path;

use common::{redflag, temp_dir, write};

const SCENARIO: &str = r#"Scenario(id: "invoice-swap", perspective: freelancer, cast: ["x"], channels: ["upwork"],
    vars: { "rate": Amount(min: 20, max: 40, step: 5) },
    nodes: [
        Message(id: "hi", from: "x"),
        Choice(id: "c", options: [
            (id: "a", goto: "end", assess: { "invoice-swap": spotted }),
            (id: "b", goto: "end", assess: { "invoice-swap": missed }),
        ]),
        Ending(id: "end", outcome: safe),
    ])
"#;

const EN: &str = "invoice-swap-title = New bank details\ninvoice-swap-summary = S\ninvoice-swap-cast-x = X\ninvoice-swap-hi = Please pay { $rate } to our new account\ninvoice-swap-c-a = I'll call to check\ninvoice-swap-c-b = Done\ninvoice-swap-end = End\n";

const FLAGS_EN: &str = "flag-invoice-swap = Changed bank details\nflag-invoice-swap-why = Why\nflag-invoice-swap-instead = Instead\nflag-invoice-swap-sources = Sources\n";

/// The pack, with German text for its scenario (`de`), and `pack_ron` if given.
fn pack(name: &str, de: &str, pack_ron: Option<&str>) -> std::path::PathBuf {
    let dir = temp_dir(name);
    write(&dir.join("scenarios/invoice-swap.ron"), SCENARIO);
    write(
        &dir.join("data/redflags.ron"),
        "[(id: \"invoice-swap\", side: freelancer)]\n",
    );
    write(&dir.join("locales/en/invoice-swap.ftl"), EN);
    write(&dir.join("locales/en/redflags-pack.ftl"), FLAGS_EN);
    write(&dir.join("locales/de/invoice-swap.ftl"), de);
    if let Some(p) = pack_ron {
        write(&dir.join("data/pack.ron"), p);
    }
    dir
}

fn count(out: &str, code: &str) -> usize {
    out.matches(&format!("[{code}]")).count()
}

fn arg(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn languages_a_pack_does_not_claim_are_one_warning_each() {
    // Half of the German is missing.
    let de = "invoice-swap-title = Neue Bankdaten\ninvoice-swap-hi = Bitte zahle { $rate }\n";
    // Without `languages`, the languages it has files in are its own: German owes every
    // message, Ukrainian and Vietnamese are one warning each.
    let dir = pack("pack-langs-a", de, None);
    // (Five of the scenario's messages, and the four of the pack's red flag.)
    let r = redflag(&["check", arg(&dir)], "");
    assert_eq!(count(&r.stdout, "W068"), 2, "{}", r.stdout);
    assert_eq!(count(&r.stdout, "W061"), 9, "{}", r.stdout);
    // With `languages: ["en"]`, German is not claimed either: no per-message warnings.
    let dir = pack("pack-langs-b", de, Some(r#"Pack(languages: ["en"])"#));
    let r = redflag(&["check", arg(&dir)], "");
    assert_eq!(count(&r.stdout, "W068"), 3, "{}", r.stdout);
    assert_eq!(count(&r.stdout, "W061"), 0, "{}", r.stdout);
    assert!(r.stdout.contains("data/pack.ron:1:1"), "{}", r.stdout);
    // Claimed and missing: per message, as before.
    let dir = pack("pack-langs-c", de, Some(r#"Pack(languages: ["en", "de"])"#));
    let r = redflag(&["check", arg(&dir)], "");
    assert_eq!(count(&r.stdout, "W068"), 2, "{}", r.stdout);
    assert_eq!(count(&r.stdout, "W061"), 9, "{}", r.stdout);
    // An old pack.ron (contacts only) stays valid.
    let dir = pack("pack-langs-d", de, Some(r#"Pack(contacts: [])"#));
    let r = redflag(&["check", arg(&dir)], "");
    assert_eq!(r.code, 0, "{}", r.stdout);
}

#[test]
fn a_pack_is_shown_under_the_name_it_gives_itself() {
    let de = EN.replace(
        "invoice-swap-title = New bank details",
        "invoice-swap-title = Neu",
    );
    let dir = pack(
        "pack-named",
        &de,
        Some(r#"Pack(name: "Invoice \u{1b}[31mfraud", languages: ["en", "de"])"#),
    );
    let r = redflag(&["--scenarios", arg(&dir), "list", "--format", "json"], "");
    assert!(
        r.stdout.contains(r#""pack": "Invoice fraud""#),
        "the name, with its escape sequence removed: {}",
        r.stdout
    );
    let r = redflag(&["--scenarios", arg(&dir), "ids", "flags"], "");
    let line = r
        .stdout
        .lines()
        .find(|l| l.starts_with("invoice-swap"))
        .unwrap_or_else(|| panic!("{}", r.stdout));
    assert!(
        line.contains("Changed bank details") && line.contains("Invoice"),
        "{line}"
    );
}

#[test]
fn a_translation_with_a_variable_the_english_lacks_is_an_error() {
    let de = EN.replace(
        "invoice-swap-hi = Please pay { $rate } to our new account",
        "invoice-swap-hi = Bitte zahle { $amount } auf unser neues Konto",
    );
    let dir = pack("pack-var", &de, Some(r#"Pack(languages: ["en", "de"])"#));
    let r = redflag(&["check", arg(&dir)], "");
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert_eq!(count(&r.stdout, "E069"), 1, "{}", r.stdout);
    assert!(
        r.stdout.contains("rate"),
        "the hint names the English variable"
    );
}

#[test]
fn the_exhaustive_playtest_formats_every_reachable_message_and_its_replay_hint_works() {
    let de = EN.replace(
        "invoice-swap-c-b = Done",
        "invoice-swap-c-b = Erledigt, { $amount }",
    );
    let dir = pack(
        "pack-exhaustive",
        &de,
        Some(r#"Pack(languages: ["en", "de"])"#),
    );
    let r = redflag(&["check", arg(&dir), "--exhaustive"], "");
    let line = r
        .stdout
        .lines()
        .skip_while(|l| !l.contains("[E070]"))
        .find(|l| l.contains("Replay it with"))
        .unwrap_or_else(|| panic!("{}", r.stdout));
    let command = line
        .split('“')
        .nth(1)
        .and_then(|c| c.split('”').next())
        .unwrap();
    assert!(
        command.contains("--scenarios") && command.contains("play invoice-swap"),
        "{command}"
    );
    // The command, as printed, runs (plain mode, answering 1).
    let words: Vec<&str> = command.split_whitespace().skip(1).collect();
    let replay = redflag(&words, "1\n1\n");
    assert_eq!(replay.code, 0, "{}\n{}", replay.stdout, replay.stderr);
    assert!(replay.stdout.contains("Erledigt") || replay.stdout.contains("Done"));
}

#[test]
fn results_of_a_pack_say_which_ids_need_the_pack() {
    let dir = pack("pack-results", EN, Some(r#"Pack(languages: ["en"])"#));
    let data = temp_dir("pack-results-data");
    let data_s = data.to_str().unwrap();
    let env = [("XDG_DATA_HOME", data_s)];
    let d = arg(&dir);
    let played = common::redflag_env(
        &[
            "--scenarios",
            d,
            "play",
            "invoice-swap",
            "--seed",
            "1",
            "--participant",
            "Z1",
        ],
        "1\n1\n",
        &env,
    );
    assert_eq!(played.code, 0, "{}", played.stderr);
    let without = common::redflag_env(&["results"], "", &env);
    assert!(without.stderr.contains("invoice-swap") && without.stderr.contains("--scenarios"));
    let with = common::redflag_env(&["--scenarios", d, "results"], "", &env);
    assert!(!with.stderr.contains("does not know"), "{}", with.stderr);
    assert!(
        with.stdout.contains("Changed bank details"),
        "{}",
        with.stdout
    );
}

/// `play --watch` on a file inside a pack plays it with the pack's own red flag, and on a
/// terminal `q` quits at once, without Enter.
#[cfg(unix)]
#[test]
fn watch_plays_a_pack_file_and_q_quits_without_enter() {
    let dir = pack("pack-watch", EN, Some(r#"Pack(languages: ["en"])"#));
    let file = dir.join("scenarios/invoice-swap.ron");
    let mut cmd = portable_pty::CommandBuilder::new(env!("CARGO_BIN_EXE_redflag"));
    cmd.args(["play", "--watch", file.to_str().unwrap(), "--seed", "1"]);
    cmd.env_clear();
    cmd.env("TERM", "xterm");
    cmd.env("LANG", "en_US.UTF-8");
    cmd.env("XDG_DATA_HOME", dir.join("data-home"));
    let mut p = common::pty::Pty::start(cmd, 24, 80);
    p.wait_text("Please pay");
    p.wait_text("> ");
    p.send("2");
    p.wait_text("> 2");
    p.send("\x7f");
    p.send("1\r");
    p.wait_text("Waiting for you to save");
    p.send("q");
    let status = p.wait_exit();
    assert!(status.success(), "{}", p.contents());
}

#[test]
fn a_packs_translator_gets_the_packs_files_and_confirms_into_the_pack() {
    let dir = pack(
        "pack-translate",
        EN,
        Some(r#"Pack(languages: ["en", "uk"])"#),
    );
    // Ukrainian, which the game speaks already: only the pack's files are needed.
    let d = arg(&dir);
    let r = redflag(&["--scenarios", d, "locales", "new", "uk", "--out", d], "");
    assert_eq!(r.code, 0, "{}", r.stderr);
    let mut written: Vec<String> = std::fs::read_dir(dir.join("locales/uk"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    assert_eq!(
        written,
        ["invoice-swap.ftl", "redflags-pack.ftl"],
        "only the pack's files"
    );
    write(
        &dir.join("locales/uk/invoice-swap.ftl"),
        "invoice-swap-title = Нові банківські реквізити\n",
    );
    // From another folder (the tests run in the repository): the lock goes into the
    // pack, with the pack's ids only.
    let r = redflag(&["--scenarios", d, "locales", "confirm", "uk"], "");
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let lock = std::fs::read_to_string(dir.join("locales/uk/.source-hashes")).unwrap();
    assert_eq!(lock.lines().count(), 1, "{lock}");
    assert!(lock.starts_with("invoice-swap-title "), "{lock}");
}

/// A narration node tells of time passing outside any chat: checked, played and drawn.
#[test]
fn a_narration_node_is_checked_played_and_drawn() {
    let dir = temp_dir("pack-narration");
    write(
        &dir.join("scenarios/later.ron"),
        r#"Scenario(id: "later", perspective: freelancer, cast: ["x"], channels: ["upwork"],
    nodes: [
        Message(id: "hi", from: "x"),
        Choice(id: "c", options: [
            (id: "a", goto: "calm", assess: { "secrecy": spotted }),
            (id: "b", goto: "days", assess: { "secrecy": missed }),
        ]),
        Narration(id: "days"),
        Ending(id: "gone", outcome: compromised),
        Narration(id: "calm"),
        Ending(id: "end", outcome: safe),
    ])
"#,
    );
    write(
        &dir.join("locales/en/later.ftl"),
        "later-title = Later\nlater-summary = S\nlater-cast-x = X\nlater-hi = Keep this between us\nlater-c-a = Why secret?\nlater-c-b = Sure\nlater-days = Two days later, your account is suspended.\nlater-gone = Gone\nlater-calm = A week passes quietly.\nlater-end = End\n",
    );
    write(&dir.join("data/pack.ron"), r#"Pack(languages: ["en"])"#);
    let d = arg(&dir);
    let r = redflag(&["check", d], "");
    assert!(r.stdout.contains("0 errors"), "{}", r.stdout);
    // Answer b: the narration comes on a line of its own before the ending.
    let mut played = None;
    for seed in 1..20 {
        let p = redflag(
            &[
                "--scenarios",
                d,
                "play",
                "later",
                "--seed",
                &seed.to_string(),
            ],
            "2\n",
        );
        if p.stdout.contains("Two days later") {
            played = Some(p.stdout);
            break;
        }
    }
    let out = played.expect("one of the seeds puts answer b second");
    assert!(
        out.lines()
            .any(|l| l == "Two days later, your account is suspended."),
        "{out}"
    );
    let g = redflag(&["--scenarios", d, "graph", "later"], "");
    assert!(g.stdout.contains("(narration)"), "{}", g.stdout);
}

/// What the author's guide says to run gives the same answer in every form: a pack with a
/// red flag of its own is checked on top of the built-in content (no built-in flag is
/// unknown), its locales are checked, playtests run, and a file is checked with its pack.
#[test]
fn every_form_of_check_on_a_pack_with_its_own_flag_agrees() {
    let de = "invoice-swap-title = Neue Bankdaten\n";
    let dir = pack("pack-forms", de, Some(r#"Pack(languages: ["en", "de"])"#));
    let d = arg(&dir);
    let codes = |out: &str| -> Vec<String> {
        let mut v: Vec<String> = out
            .lines()
            .filter_map(|l| {
                l.split_once(": error[")
                    .or_else(|| l.split_once(": warning["))
            })
            .map(|(at, rest)| format!("{at} {}", &rest[..4]))
            .collect();
        v.sort();
        v
    };
    let whole = redflag(&["check", d], "");
    let as_pack = redflag(&["--scenarios", d, "check"], "");
    assert_eq!(codes(&whole.stdout), codes(&as_pack.stdout));
    assert!(!whole.stdout.contains("E037"), "{}", whole.stdout);
    assert!(
        whole.stdout.contains("W061"),
        "the locales are checked: {}",
        whole.stdout
    );
    let walks = redflag(&["check", d, "--walks", "2"], "");
    assert!(
        walks.stdout.contains("invoice-swap: coverage:"),
        "{}",
        walks.stdout
    );
    // One file of the pack, with the pack: its English sits beside it.
    let file = dir.join("scenarios/invoice-swap.ron");
    let one = redflag(&["check", file.to_str().unwrap()], "");
    assert!(!one.stdout.contains("E060"), "{}", one.stdout);
    assert_eq!(one.code, 0, "{}", one.stdout);
    // A file that is not text is reported, alone or in its folder.
    std::fs::write(dir.join("scenarios/binary.ron"), [0xff, 0xfe, 0x00, 0x81]).unwrap();
    let bin = redflag(
        &["check", dir.join("scenarios/binary.ron").to_str().unwrap()],
        "",
    );
    assert_eq!(bin.code, 1);
    assert!(bin.stdout.contains("E004"), "{}", bin.stdout);
}

/// A misspelt message id: the missing one and the unused one name each other, and the
/// unused one is not called something to delete.
#[test]
fn a_misspelt_id_is_linked_to_the_one_it_was_meant_to_be() {
    let de = EN.replace("invoice-swap-c-a = ", "invoice-swap-c-aa = ");
    let dir = pack("pack-typo", &de, Some(r#"Pack(languages: ["en", "de"])"#));
    let r = redflag(&["check", arg(&dir)], "");
    assert!(
        r.stdout.contains("did you mean “invoice-swap-c-a”?"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("“invoice-swap-c-aa” in this file looks like a misspelling"),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains("remove it"), "{}", r.stdout);
}

/// A pack that translates built-in text may copy its contacts: the built-in content
/// declares them. A contact the pack adds still needs its own declaration.
#[test]
fn contacts_declared_by_the_built_in_content_hold_for_a_packs_translation_of_it() {
    let dir = temp_dir("pack-contacts");
    write(
        &dir.join("locales/pl/report.ftl"),
        "report-usa = USA: ic3.gov oraz ReportFraud.ftc.gov\nreport-other = zadzwoń pod +48 22 000 00 00\n",
    );
    write(&dir.join("data/pack.ron"), r#"Pack(languages: ["pl"])"#);
    let r = redflag(&["check", arg(&dir)], "");
    let w075: Vec<&str> = r.stdout.lines().filter(|l| l.contains("[W075]")).collect();
    assert_eq!(w075.len(), 1, "{}", r.stdout);
    assert!(w075[0].contains("+48"), "{}", w075[0]);
}

/// A missing message is pointed at where it belongs (after the message before it in the
/// English) and the hint shows the English to translate.
#[test]
fn a_missing_message_is_placed_after_its_neighbour_with_the_english() {
    let de = "invoice-swap-title = Neue Bankdaten\ninvoice-swap-summary =\n    Zwei Zeilen\n    lang\ninvoice-swap-cast-x = X\n";
    let dir = pack("pack-placed", de, Some(r#"Pack(languages: ["en", "de"])"#));
    let r = redflag(&["check", arg(&dir)], "");
    // invoice-swap-hi follows invoice-swap-cast-x (line 5) in the English.
    assert!(
        r.stdout
            .contains("invoice-swap.ftl:6:1: warning[W061]: “invoice-swap-hi”"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("the English: Please pay { $rate } to our new account"),
        "{}",
        r.stdout
    );
}
