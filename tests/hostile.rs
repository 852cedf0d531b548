//! A pack is a stranger's folder: regressions for hostile input, one test per way it got
//! through before.

mod common;

use common::{redflag, temp_dir, write};

/// Characters a terminal acts on that JSON lets through raw: C1, DEL, bidi controls.
const ACTIVE: [char; 6] = [
    '\u{9b}', '\u{7f}', '\u{202e}', '\u{2066}', '\u{200f}', '\u{85}',
];

fn has_active(text: &str) -> Option<char> {
    text.chars().find(|c| ACTIVE.contains(c))
}

#[test]
fn json_outputs_escape_c1_del_and_bidi_controls() {
    let dir = temp_dir("hostile-json");
    // A file name and a title that carry what a terminal would act on.
    let name = "evil\u{202e}gpj\u{9b}.ron";
    write(
        &dir.join("scenarios").join(name),
        r#"Scenario(id: "evil", perspective: freelancer, cast: ["x"], channels: ["upwork"],
            nodes: [Message(id: "hi", from: "x"), Ending(id: "end", outcome: safe)])"#,
    );
    write(
        &dir.join("locales/en/evil.ftl"),
        "evil-title = Title\u{202e}\u{7f}\u{9b}\nevil-summary = S\u{2066}\nevil-cast-x = X\u{85}\nevil-hi = Hi\nevil-end = End\n",
    );
    let d = dir.to_str().unwrap();
    let check = redflag(&["check", d, "--format", "json"], "");
    assert_eq!(has_active(&check.stdout), None, "{}", check.stdout);
    let doc: serde_json::Value = serde_json::from_str(&check.stdout).expect("valid JSON");
    // The file name reads back exactly as it is: escaped, not lost.
    let files: Vec<String> = doc["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["file"].as_str().map(str::to_string))
        .collect();
    assert!(files.iter().any(|f| f.contains(name)), "{files:?}");

    let list = redflag(&["--scenarios", d, "list", "--format", "json"], "");
    assert_eq!(has_active(&list.stdout), None, "{}", list.stdout);
    let locales = redflag(&["--scenarios", d, "locales", "--format", "json"], "");
    assert_eq!(has_active(&locales.stdout), None, "{}", locales.stdout);
}

const SMALL_RON: &str = r#"Scenario(id: "small", perspective: freelancer, cast: ["x"], channels: ["upwork"],
    nodes: [
        Message(id: "hi", from: "x"),
        Choice(id: "c", options: [
            (id: "a", goto: "end", assess: { "secrecy": spotted }),
            (id: "b", goto: "end", assess: { "secrecy": missed }),
        ]),
        Ending(id: "end", outcome: safe),
    ])"#;
const SMALL_FTL: &str = "small-title = Small\nsmall-summary = S\nsmall-cast-x = X\nsmall-hi = Hi\nsmall-c-a = A\nsmall-c-b = B\nsmall-end = End\n";

/// A fresh `temp_dir(name)` holding the one scenario `small`: its first line, then
/// `after_header` as written (so positions in diagnostics stay where the test says), and
/// English texts: the title, summary and cast, then `texts`.
fn small_pack(name: &str, after_header: &str, texts: &str) -> std::path::PathBuf {
    let dir = temp_dir(name);
    write(
        &dir.join("scenarios/small.ron"),
        &format!(
            "Scenario(id: \"small\", perspective: freelancer, cast: [\"x\"], channels: [\"upwork\"],\n{after_header}"
        ),
    );
    write(
        &dir.join("locales/en/small.ftl"),
        &format!("small-title = Small\nsmall-summary = S\nsmall-cast-x = X\n{texts}"),
    );
    dir
}

#[test]
fn a_byte_order_mark_is_accepted_in_every_content_file() {
    let dir = temp_dir("hostile-bom");
    write(
        &dir.join("scenarios/small.ron"),
        &format!("\u{feff}{SMALL_RON}"),
    );
    write(
        &dir.join("locales/en/small.ftl"),
        &format!("\u{feff}{SMALL_FTL}"),
    );
    let d = dir.to_str().unwrap();
    let r = redflag(&["check", d], "");
    assert!(!r.stdout.contains("error["), "{}", r.stdout);
    let play = redflag(&["--scenarios", d, "play", "small", "--seed", "1"], "1\n");
    assert!(play.stdout.contains("Hi"), "{}", play.stdout);
    assert!(!play.stdout.contains("[text missing]"), "{}", play.stdout);
}

#[cfg(unix)]
#[test]
fn pipes_and_devices_are_refused_not_read() {
    let dir = temp_dir("hostile-fifo");
    write(&dir.join("locales/en/small.ftl"), SMALL_FTL);
    std::fs::create_dir_all(dir.join("scenarios")).unwrap();
    let fifo = dir.join("scenarios/small.ron");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo");
    std::os::unix::fs::symlink("/dev/zero", dir.join("scenarios/zero.ron")).unwrap();
    let d = dir.to_str().unwrap();
    // Both are named, at once; before, the pipe blocked every command for ever and the
    // device was read until memory ran out.
    let r = common::redflag_env(&["check", d], "", &[]);
    assert_eq!(r.stdout.matches("[E007]").count(), 1, "{}", r.stdout);
    // The device is outside the pack: refused before its type is even asked.
    assert_eq!(r.stdout.matches("[E009]").count(), 1, "{}", r.stdout);
    // Named alone, outside any pack layout, a link to a device is still not read.
    let alone = temp_dir("hostile-device");
    std::os::unix::fs::symlink("/dev/zero", alone.join("zero.ron")).unwrap();
    let r = common::redflag_env(
        &["check", alone.join("zero.ron").to_str().unwrap()],
        "",
        &[],
    );
    assert_eq!(r.stdout.matches("[E007]").count(), 1, "{}", r.stdout);
    let r = common::redflag_env(&["--scenarios", d, "list"], "", &[]);
    assert_eq!(r.code, 0);
    // A results file that is a pipe does not hang the game, and is left alone.
    let data = temp_dir("hostile-fifo-data");
    std::fs::create_dir_all(data.join("redflag")).unwrap();
    let results = data.join("redflag/results.json");
    let made = std::process::Command::new("mkfifo").arg(&results).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo");
    let r = common::redflag_env(
        &[
            "play",
            "subcontract-anydesk",
            "--seed",
            "1",
            "--participant",
            "A1",
        ],
        &"1\n".repeat(30),
        &[("XDG_DATA_HOME", data.to_str().unwrap())],
    );
    assert!(
        r.stdout.contains("Score:"),
        "the game still plays: {}",
        r.stderr
    );
    assert!(r.stderr.contains("not a regular file"), "{}", r.stderr);
}

#[test]
fn state_flag_names_follow_the_id_rules_and_graph_refuses_broken_files() {
    let dir = temp_dir("hostile-graph");
    let ron = SMALL_RON.replace(
        r#"(id: "a", goto: "end", assess: { "secrecy": spotted }),"#,
        "(id: \"a\", goto: \"end\", assess: { \"secrecy\": spotted }, sets: [\"s\\u{1b}]52;c;eA==\\u{7}\"]),",
    );
    let file = dir.join("scenarios/small.ron");
    write(&file, &ron);
    write(&dir.join("locales/en/small.ftl"), SMALL_FTL);
    let d = dir.to_str().unwrap();
    let check = redflag(&["check", d], "");
    assert!(check.stdout.contains("error[E020]"), "{}", check.stdout);
    for format in ["dot", "mermaid"] {
        let g = redflag(&["graph", file.to_str().unwrap(), "--format", format], "");
        assert_eq!(g.code, 1, "{format}: a file with errors is not drawn");
        assert!(g.stdout.is_empty(), "{}", g.stdout);
        assert!(g.stderr.contains("E020"), "{}", g.stderr);
        assert!(
            !g.stderr.contains('\u{1b}') && !g.stderr.contains('\u{7}'),
            "{:?}",
            g.stderr
        );
    }
}

#[test]
fn locales_shows_hostile_folder_and_file_names_with_visible_escapes() {
    let dir = temp_dir("hostile-locales");
    write(&dir.join("scenarios/small.ron"), SMALL_RON);
    write(&dir.join("locales/en/small.ftl"), SMALL_FTL);
    write(
        &dir.join("locales/de\u{1b}]0;pwned\u{7}/small\u{1b}[31m.ftl"),
        "small-title = Klein\n",
    );
    let d = dir.to_str().unwrap();
    let r = redflag(&["--scenarios", d, "locales"], "");
    let all = format!("{}{}", r.stdout, r.stderr);
    assert!(!all.contains('\u{1b}') && !all.contains('\u{7}'), "{all:?}");
    // The hostile names are there, with their controls shown as visible escapes.
    assert_eq!(r.code, 0, "{all}");
    assert!(all.contains("\\u{1b}]0;pwned\\u{7}"), "{all}");
    assert!(all.contains("small\\u{1b}[31m.ftl"), "{all}");
}

#[test]
fn a_message_defined_twice_in_one_pack_file_is_an_error_at_the_second() {
    let dir = temp_dir("hostile-dup");
    write(&dir.join("scenarios/small.ron"), SMALL_RON);
    write(
        &dir.join("locales/en/small.ftl"),
        &format!("{SMALL_FTL}small-hi = Hi again\n"),
    );
    let d = dir.to_str().unwrap();
    let r = redflag(&["check", d], "");
    assert!(!r.stdout.contains("W052"), "{}", r.stdout);
    let line = SMALL_FTL.lines().count() + 1;
    assert!(
        r.stdout
            .contains(&format!("small.ftl:{line}:1: error[E051]")),
        "{}",
        r.stdout
    );
}

#[test]
fn a_loop_without_a_question_is_an_error_and_play_fails_loudly_when_it_cannot_go_on() {
    let dir = small_pack(
        "hostile-loop",
        r#"            nodes: [
                Message(id: "hi", from: "x", next: "c"),
                Choice(id: "c", options: [
                    (id: "a", goto: "round", assess: { "secrecy": spotted }),
                    (id: "b", goto: "end", assess: { "secrecy": missed }),
                ]),
                Message(id: "round", from: "x", next: "again"),
                Message(id: "again", from: "x", next: "round"),
                Ending(id: "end", outcome: safe),
            ])"#,
        "small-hi = Hi\nsmall-c-a = A\nsmall-c-b = B\nsmall-round = R\nsmall-again = G\nsmall-end = End\n",
    );
    let d = dir.to_str().unwrap();
    let r = redflag(&["check", d], "");
    assert!(r.stdout.contains("error[E043]"), "{}", r.stdout);
    assert_eq!(r.code, 1);
}

#[test]
fn play_exits_with_an_error_when_the_story_cannot_go_on() {
    // Every option of the second question is hidden once the first answer sets `x`: the
    // engine cannot go on, and play must not end with 0 as if the story had ended.
    let dir = small_pack(
        "hostile-deadend",
        r#"            nodes: [
                Message(id: "hi", from: "x"),
                Choice(id: "c", shuffle: false, options: [
                    (id: "a", goto: "d", assess: { "secrecy": spotted }, sets: ["x"]),
                    (id: "b", goto: "end", assess: { "secrecy": missed }),
                ]),
                Choice(id: "d", options: [
                    (id: "p", goto: "end", assess: { "secrecy": spotted }, unless: ["x"]),
                    (id: "q", goto: "end", assess: { "secrecy": missed }, unless: ["x"]),
                ]),
                Ending(id: "end", outcome: safe),
            ])"#,
        "small-hi = Hi\nsmall-c-a = A\nsmall-c-b = B\nsmall-d-p = P\nsmall-d-q = Q\nsmall-end = End\n",
    );
    let d = dir.to_str().unwrap();
    let r = redflag(
        &["--scenarios", d, "play", "small", "--seed", "1"],
        "1\n1\n",
    );
    assert_ne!(r.code, 0, "{}{}", r.stdout, r.stderr);
    // check finds it without --exhaustive: the flags make it certain on the way in by `a`.
    let r = redflag(&["check", d], "");
    assert!(r.stdout.contains(":8:28: error[E044]"), "{}", r.stdout);
    assert_eq!(r.code, 1);
}

#[test]
fn check_does_not_call_a_question_dead_when_the_flags_only_may_hide_it() {
    // `x` is set on one way to `m` and not on the other: `d` may lose its answers, and
    // does when `x` is set, but only --exhaustive follows each combination.
    let dir = small_pack(
        "hostile-maybe",
        r#"            nodes: [
                Message(id: "hi", from: "x"),
                Choice(id: "c", shuffle: false, options: [
                    (id: "a", goto: "m", assess: { "secrecy": spotted }, sets: ["x"]),
                    (id: "b", goto: "m", assess: { "secrecy": missed }),
                ]),
                Message(id: "m", from: "x"),
                Choice(id: "d", options: [
                    (id: "p", goto: "end", assess: { "secrecy": spotted }, unless: ["x"]),
                    (id: "q", goto: "end", assess: { "secrecy": missed }),
                ]),
                Ending(id: "end", outcome: safe),
            ])"#,
        "small-hi = Hi\nsmall-c-a = A\nsmall-c-b = B\nsmall-m = M\nsmall-d-p = P\nsmall-d-q = Q\nsmall-end = End\n",
    );
    let d = dir.to_str().unwrap();
    let r = redflag(&["check", d], "");
    assert!(!r.stdout.contains("E044"), "{}", r.stdout);
    // Both answers of `d` hidden once `x` is set, and `a` leading straight to `d`: on
    // that way in it is certain. (Through `m`, where one way set `x` and the other did
    // not, it is a matter of the path taken, which only --exhaustive follows.)
    let ron = std::fs::read_to_string(dir.join("scenarios/small.ron")).unwrap();
    write(
        &dir.join("scenarios/small.ron"),
        &ron.replace(
            r#"goto: "m", assess: { "secrecy": spotted }"#,
            r#"goto: "d", assess: { "secrecy": spotted }"#,
        )
        .replace(
            r#"assess: { "secrecy": missed }),
                ]),
                Ending"#,
            r#"assess: { "secrecy": missed }, unless: ["x"]),
                ]),
                Ending"#,
        ),
    );
    let r = redflag(&["check", d], "");
    assert!(r.stdout.contains("error[E044]"), "{}", r.stdout);
}

#[test]
fn thousands_of_the_same_problem_become_a_readable_report() {
    let dir = temp_dir("hostile-many");
    let mut nodes = String::new();
    for i in 0..300 {
        let next = if i + 1 < 300 {
            format!("c{}", i + 1)
        } else {
            "end".into()
        };
        nodes.push_str(&format!(
            "Choice(id: \"c{i}\", options: [(id: \"a\", goto: \"{next}\", assess: {{ \"secrecy\": spotted }}), (id: \"b\", goto: \"end\", assess: {{ \"secrecy\": missed }})]),\n"
        ));
    }
    write(
        &dir.join("scenarios/big.ron"),
        &format!(
            r#"Scenario(id: "big", perspective: freelancer, cast: ["x"], channels: ["upwork"], nodes: [{nodes} Ending(id: "end", outcome: safe)])"#
        ),
    );
    write(&dir.join("locales/en/big.ftl"), "big-title = B\n");
    let d = dir.to_str().unwrap();
    let r = redflag(&["check", d], "");
    // 600 options without words: 50 shown, the rest counted on one line, all in the total.
    assert_eq!(r.stdout.matches("error[E060]").count(), 50, "{}", r.stdout);
    assert!(r.stdout.contains("warning[W099]"), "{}", r.stdout);
    assert!(
        r.stdout.contains("more E060 in this file are not shown"),
        "{}",
        r.stdout
    );
    let summary = r.stdout.lines().last().unwrap();
    let errors: usize = summary.split_whitespace().next().unwrap().parse().unwrap();
    assert!(errors > 600, "{summary}");
    assert_eq!(r.code, 1);
}

#[test]
fn amounts_are_bounded_in_the_format() {
    // The whole i64 range used to overflow the draw (it always drew `min`) and printed with
    // float precision; a trillion either way is the limit, checked where it is written.
    let dir = small_pack(
        "hostile-amount",
        r#"            vars: {
                "fee": Amount(min: -9223372036854775808, max: 9223372036854775807),
                "pay": Amount(min: 5, max: 1000000000000),
            },
            nodes: [
                Message(id: "hi", from: "x"),
                Choice(id: "c", options: [
                    (id: "a", goto: "end", assess: { "secrecy": spotted }),
                    (id: "b", goto: "end", assess: { "secrecy": missed }),
                ]),
                Ending(id: "end", outcome: safe),
            ])"#,
        "small-hi = { $fee } { $pay }\nsmall-c-a = A\nsmall-c-b = B\nsmall-end = End\n",
    );
    let d = dir.to_str().unwrap();
    let r = redflag(&["check", d], "");
    assert_eq!(r.code, 1, "{}", r.stdout);
    let e028: Vec<&str> = r.stdout.lines().filter(|l| l.contains("[E028]")).collect();
    assert_eq!(e028.len(), 1, "only `fee` is out of bounds: {}", r.stdout);
    assert!(e028[0].contains("small.ron:3:17:"), "{}", r.stdout);
    assert!(e028[0].contains("“fee”"), "{}", r.stdout);
}

#[test]
fn a_missing_start_is_one_e030_and_e040_points_at_the_start() {
    let dir = temp_dir("hostile-start");
    let scn = |start: &str, last: &str| {
        format!(
            r#"Scenario(id: "small", perspective: freelancer, cast: ["x"], channels: ["upwork"],
    {start}
    nodes: [
        Message(id: "hi", from: "x"),
        Choice(id: "c", options: [
            (id: "a", goto: "end", assess: {{ "secrecy": spotted }}, requires: ["ghost"]),
            (id: "b", goto: "end", assess: {{ "secrecy": missed }}),
        ]),
        {last}
    ])"#
        )
    };
    write(&dir.join("locales/en/small.ftl"), SMALL_FTL);
    let d = dir.to_str().unwrap();
    let ron = dir.join("scenarios/small.ron");
    let problems = |r: &common::Run| -> Vec<String> {
        r.stdout
            .lines()
            .filter(|l| l.contains(": error[") || l.contains(": warning["))
            // That an English-only pack plays in English elsewhere is not the point here.
            .filter(|l| !l.contains("[W068]"))
            .map(|l| l.rsplit_once("small.ron:").unwrap().1.to_string())
            .collect()
    };

    write(
        &ron,
        &scn(
            r#"start: "nowhere","#,
            r#"Ending(id: "end", outcome: safe),"#,
        ),
    );
    let r = redflag(&["check", d], "");
    let p = problems(&r);
    assert!(p[0].starts_with("2:12: error[E030]"), "{p:?}");
    // W031 sits on the flag it is about, not at 1:1.
    assert!(p[1].starts_with("6:79: warning[W031]"), "{p:?}");
    assert_eq!(p.len(), 2, "no follow-on E040 or W041: {p:?}");

    write(&ron, &scn("", r#"Message(id: "end", from: "x"),"#));
    let r = redflag(&["check", d], "");
    let p = problems(&r);
    assert!(
        p.iter().any(|l| l.starts_with("4:21: error[E040]")),
        "{p:?}"
    );
}

#[cfg(unix)]
#[test]
fn links_that_leave_the_pack_are_refused() {
    let outside = temp_dir("hostile-outside");
    write(
        &outside.join("secret.ftl"),
        "small-hi = the user's own file\n",
    );
    let dir = temp_dir("hostile-links");
    write(
        &dir.join("scenarios/small.ron"),
        r#"Scenario(id: "small", perspective: freelancer, cast: ["x"], channels: ["upwork"],
            nodes: [
                Message(id: "hi", from: "x"),
                Choice(id: "c", options: [
                    (id: "a", goto: "end", assess: { "secrecy": spotted }),
                    (id: "b", goto: "end", assess: { "secrecy": missed }),
                ]),
                Ending(id: "end", outcome: safe),
            ])"#,
    );
    write(&dir.join("texts/small.ftl"), SMALL_FTL);
    std::fs::create_dir_all(dir.join("locales/en")).unwrap();
    std::fs::create_dir_all(dir.join("locales/de")).unwrap();
    // A link inside the pack is fine; one that leaves it is not read.
    std::os::unix::fs::symlink(
        dir.join("texts/small.ftl"),
        dir.join("locales/en/small.ftl"),
    )
    .unwrap();
    std::os::unix::fs::symlink(outside.join("secret.ftl"), dir.join("locales/de/small.ftl"))
        .unwrap();
    let d = dir.to_str().unwrap();
    let r = redflag(&["check", d], "");
    let e009: Vec<&str> = r.stdout.lines().filter(|l| l.contains("[E009]")).collect();
    assert_eq!(e009.len(), 1, "{}", r.stdout);
    assert!(e009[0].contains("locales/de/small.ftl"), "{}", r.stdout);
    let r = redflag(
        &[
            "--scenarios",
            d,
            "--lang",
            "de",
            "--plain",
            "play",
            "small",
            "--no-record",
        ],
        "1\n",
    );
    assert!(!r.stdout.contains("the user's own file"), "{}", r.stdout);
    assert!(r.stdout.contains("Hi"), "{}", r.stdout);
}

/// `(file, code)` of each diagnostic line in `check` output, for files under `dir`.
fn found(out: &str, dir: &str) -> std::collections::BTreeSet<(String, String)> {
    out.lines()
        .filter(|l| l.starts_with(dir))
        .filter_map(|l| {
            let (file, rest) = l.split_once(':')?;
            let code = rest.split('[').nth(1)?.split(']').next()?;
            Some((file.to_string(), code.to_string()))
        })
        .collect()
}

#[test]
fn every_form_of_check_gives_one_answer_on_a_broken_pack() {
    let dir = temp_dir("hostile-forms");
    let scn = |id: &str| {
        format!(
            r#"Scenario(id: "{id}", perspective: freelancer, cast: ["x"], channels: ["upwork"],
    nodes: [
        Message(id: "hi", from: "x"),
        Choice(id: "c", options: [
            (id: "a", goto: "end", assess: {{ "secrecy": spotted }}),
            (id: "b", goto: "end", assess: {{ "secrecy": missed }}),
        ]),
        Ending(id: "end", outcome: safe),
    ])"#
        )
    };
    let ftl = |id: &str| {
        format!(
            "{id}-title = T\n{id}-summary = S\n{id}-cast-x = X\n{id}-hi = Hi\n{id}-c-a = A\n{id}-c-b = B\n{id}-end = End\n"
        )
    };
    write(&dir.join("scenarios/small.ron"), &scn("small"));
    write(&dir.join("locales/en/small.ftl"), &ftl("small"));
    // A built-in id reused, a file that is not UTF-8, files in the wrong places, a dotfile.
    write(
        &dir.join("scenarios/partner-verification.ron"),
        &scn("partner-verification"),
    );
    write(
        &dir.join("locales/en/partner-verification.ftl"),
        &ftl("partner-verification"),
    );
    std::fs::write(
        dir.join("locales/en/latin1.ftl"),
        b"x-title = Gr\xfc\xdfe\n",
    )
    .unwrap();
    write(&dir.join("locales/en/small.ron"), &scn("small"));
    write(&dir.join("scenarios/small.ftl"), &ftl("small"));
    write(&dir.join("scenarios/notes.txt"), "ideas\n");
    write(&dir.join("scenarios/.small.ron.swp"), "editor junk\n");
    write(&dir.join("README.txt"), "about this pack\n");
    let d = dir.to_str().unwrap();

    let whole = redflag(&["check", d], "");
    let as_pack = redflag(&["--scenarios", d, "check"], "");
    let expected: std::collections::BTreeSet<(String, String)> = [
        ("locales/en/latin1.ftl", "E004"),
        ("locales/en/small.ron", "W006"),
        ("scenarios/notes.txt", "W006"),
        ("scenarios/partner-verification.ron", "E053"),
        ("scenarios/small.ftl", "W006"),
    ]
    .into_iter()
    .map(|(f, c)| (dir.join(f).display().to_string(), c.to_string()))
    .collect();
    let mine = |out: &str| -> std::collections::BTreeSet<(String, String)> {
        // The cue figures of a two-scenario pack, and its languages, are not what this
        // test is about.
        found(out, d)
            .into_iter()
            .filter(|(_, c)| !c.starts_with("W08") && !c.starts_with("W09") && c != "W068")
            .collect()
    };
    assert_eq!(mine(&whole.stdout), expected, "{}", whole.stdout);
    assert_eq!(mine(&as_pack.stdout), expected, "{}", as_pack.stdout);
    // Named both ways, the pack is read once: no E053 of the pack against itself.
    let both = redflag(&["--scenarios", d, "check", d], "");
    assert_eq!(mine(&both.stdout), expected, "{}", both.stdout);
    assert_eq!(both.stdout.matches("[E053]").count(), 1, "{}", both.stdout);
    assert_eq!(whole.code, 1);
    assert_eq!(as_pack.code, 1);
    // Each file alone says what the whole check says about it.
    for (file, code) in &expected {
        let r = redflag(&["check", file], "");
        let got = mine(&r.stdout);
        assert!(
            got.contains(&(file.clone(), code.clone())),
            "{file}: {}",
            r.stdout
        );
        assert!(got.iter().all(|(f, _)| f == file), "{file}: {}", r.stdout);
    }
    // Play loads the pack the same way and names its errors.
    let r = redflag(&["--scenarios", d, "--plain", "list"], "");
    assert!(r.stderr.contains("latin1.ftl"), "{}", r.stderr);
    assert!(
        r.stderr.contains("partner-verification.ron"),
        "{}",
        r.stderr
    );

    // A `scenarios` that is a file: the pack's scenarios would be gone without a word.
    let dir = temp_dir("hostile-forms-file");
    write(&dir.join("scenarios"), "not a folder\n");
    write(&dir.join("locales/en/small.ftl"), &ftl("small"));
    let d = dir.to_str().unwrap();
    for r in [
        redflag(&["check", d], ""),
        redflag(&["--scenarios", d, "check"], ""),
    ] {
        assert!(r.stdout.contains("error[E005]"), "{}", r.stdout);
        assert_eq!(r.code, 1);
    }
}

/// Sequences a terminal acts on: OSC 52 (writes the clipboard), OSC 0 (the title), CSI,
/// a C1 CSI and DCS, BEL, BS, CR, DEL, NEL, bidi overrides and isolates.
const PAYLOADS: [&str; 12] = [
    "\u{1b}]52;c;ZXZpbA==\u{7}",
    "\u{1b}]0;pwned\u{1b}\\",
    "\u{1b}[2J\u{1b}[31m",
    "\u{9b}31m",
    "\u{90}dcs\u{9c}",
    "\u{7}",
    "\u{8}\u{8}",
    "\r",
    "\u{7f}",
    "\u{85}",
    "\u{202e}",
    "\u{2066}\u{2069}",
];

/// The first character in `out` that a terminal would act on, if any.
fn active_in(out: &str) -> Option<char> {
    out.chars().find(|&c| {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}')
    })
}

#[test]
fn every_payload_through_every_output_command() {
    let all: String = PAYLOADS.concat();
    // The pack's own folder carries them too (a file name cannot hold NUL or '/').
    let root = temp_dir("hostile-every");
    let dir = root.join(format!("pack{all}"));
    let t = |s: &str| format!("{s} {all} end");
    write(
        &dir.join("scenarios/small.ron"),
        &SMALL_RON.replace(
            r#"(id: "a", goto: "end", assess: { "secrecy": spotted }),"#,
            r#"(id: "a", goto: "end", assess: { "secrecy": spotted }, feedback: true),"#,
        ),
    );
    write(
        &dir.join("locales/en/small.ftl"),
        &[
            ("small-title", t("Title")),
            ("small-summary", t("Summary")),
            ("small-cast-x", t("Xavier")),
            ("small-hi", t("Hello")),
            ("small-c-a", t("Answer A")),
            ("small-c-a-feedback", t("Feedback")),
            ("small-c-b", t("Answer B")),
            ("small-end", t("The end")),
        ]
        .iter()
        .map(|(id, v)| format!("{id} = {v}\n"))
        .collect::<String>(),
    );
    // A translation with the payloads in its folder's name and in its text.
    write(
        &dir.join(format!("locales/x{}/small.ftl", "\u{1b}]0;t\u{7}")),
        &format!("small-title = {}\n", t("Titel")),
    );
    let d = dir.to_str().unwrap();
    let data = temp_dir("hostile-every-data");
    let env = [("XDG_DATA_HOME", data.to_str().unwrap())];
    let runs: Vec<(&str, Vec<&str>, &str)> = vec![
        (
            "play",
            vec![
                "--scenarios",
                d,
                "--plain",
                "play",
                "small",
                "--seed",
                "1",
                "--participant",
                "P1",
            ],
            "1\n",
        ),
        ("list", vec!["--scenarios", d, "--plain", "list"], ""),
        (
            "list json",
            vec!["--scenarios", d, "list", "--format", "json"],
            "",
        ),
        ("check", vec!["check", d], ""),
        ("check json", vec!["check", d, "--format", "json"], ""),
        ("check --scenarios", vec!["--scenarios", d, "check"], ""),
        ("locales", vec!["--scenarios", d, "locales"], ""),
        (
            "locales json",
            vec!["--scenarios", d, "locales", "--format", "json"],
            "",
        ),
        (
            "locales check",
            vec!["--scenarios", d, "locales", "check", "en"],
            "",
        ),
        ("graph", vec!["--scenarios", d, "graph", "small"], ""),
        (
            "graph mermaid",
            vec!["--scenarios", d, "graph", "small", "--format", "mermaid"],
            "",
        ),
        ("results", vec!["--scenarios", d, "--plain", "results"], ""),
        (
            "results json",
            vec!["--scenarios", d, "results", "export"],
            "",
        ),
        (
            "results csv",
            vec!["--scenarios", d, "results", "export", "--format", "csv"],
            "",
        ),
    ];
    for (what, args, input) in runs {
        let r = common::redflag_env(&args, input, &env);
        for (stream, out) in [("stdout", &r.stdout), ("stderr", &r.stderr)] {
            assert_eq!(active_in(out), None, "{what} {stream}: {out:?}");
        }
        if what == "play" {
            // The texts themselves still arrive, without what a terminal would act on.
            assert!(
                r.stdout.contains("Hello") && r.stdout.contains("Answer A"),
                "{}",
                r.stdout
            );
        }
    }
}
