//! `redflag check` points at the right file, line and column, and exits 1 only on errors.

mod common;

use common::{redflag, temp_dir, write};

const GOOD: &str = r#"// A small valid scenario.
Scenario(
    id: "tiny",
    perspective: freelancer,
    cast: ["x"],
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

const GOOD_FTL: &str = "tiny-title = Tiny\ntiny-summary = A tiny test.\ntiny-cast-x = X\ntiny-hi = Hello\ntiny-c-a = A\ntiny-c-b = B\ntiny-end = The end.\n";

fn pack(name: &str, ron: &str, ftl: &str) -> std::path::PathBuf {
    let dir = temp_dir(name);
    write(&dir.join("scenarios/tiny.ron"), ron);
    write(&dir.join("locales/en/tiny.ftl"), ftl);
    dir
}

#[test]
fn the_built_in_content_is_clean() {
    let r = redflag(&["check"], "");
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(r.stdout.contains("0 errors, 0 warnings"), "{}", r.stdout);
}

#[test]
fn a_clean_pack_passes() {
    let dir = pack("clean", GOOD, GOOD_FTL);
    let r = redflag(&["check", dir.to_str().unwrap()], "");
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(r.stdout.contains("0 errors"), "{}", r.stdout);
}

#[test]
fn a_syntax_error_points_at_its_line_and_column() {
    // The comma after `freelancer` is missing: the parser stops at `cast` on line 5.
    let broken = GOOD.replace("perspective: freelancer,", "perspective: freelancer");
    let dir = pack("syntax", &broken, GOOD_FTL);
    let file = dir.join("scenarios/tiny.ron");
    let r = redflag(&["check", file.to_str().unwrap()], "");
    assert_eq!(r.code, 1);
    let want = format!("{}:5:5: error[E010]", file.display());
    assert!(r.stdout.contains(&want), "wanted {want} in:\n{}", r.stdout);
    // The excerpt shows the line and a caret under column 5.
    assert!(r.stdout.contains("5 |     cast: [\"x\"],"), "{}", r.stdout);
    assert!(r.stdout.contains("  |     ^"), "{}", r.stdout);
}

#[test]
fn an_unknown_field_lists_the_allowed_names() {
    let broken = GOOD.replace("    cast:", "    kast:");
    let dir = pack("field", &broken, GOOD_FTL);
    let file = dir.join("scenarios/tiny.ron");
    let r = redflag(&["check", file.to_str().unwrap()], "");
    assert_eq!(r.code, 1);
    assert!(
        r.stdout.contains(&format!(
            "{}:5:5: error[E011]: unknown field “kast”",
            file.display()
        )),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("`cast`"), "{}", r.stdout);
}

#[test]
fn a_missing_node_is_found_with_a_suggestion() {
    let broken = GOOD.replace("(id: \"b\", goto: \"end\"", "(id: \"b\", goto: \"ned\"");
    let dir = pack("ref", &broken, GOOD_FTL);
    let file = dir.join("scenarios/tiny.ron");
    let r = redflag(&["check", file.to_str().unwrap()], "");
    assert_eq!(r.code, 1);
    assert!(
        r.stdout.contains(&format!(
            "{}:11:29: error[E030]: there is no node “ned”",
            file.display()
        )),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("did you mean “end”?"), "{}", r.stdout);
}

#[test]
fn unknown_flags_and_cast_are_errors() {
    let broken = GOOD
        .replace("\"off-platform\": missed", "\"off-platfrom\": missed")
        .replace("from: \"x\"", "from: \"y\"");
    let dir = pack("flag", &broken, GOOD_FTL);
    let file = dir.join("scenarios/tiny.ron");
    let r = redflag(&["check", "--format", "json", file.to_str().unwrap()], "");
    assert_eq!(r.code, 1);
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).expect("one JSON document");
    let diags = doc["diagnostics"].as_array().unwrap();
    let find = |code: &str| {
        diags
            .iter()
            .find(|d| d["code"] == code)
            .unwrap_or_else(|| panic!("{code} in {doc}"))
    };
    assert_eq!(find("E037")["line"], 11);
    assert_eq!(find("E033")["line"], 8);
    assert_eq!(find("E033")["column"], 33);
}

#[test]
fn a_fluent_syntax_error_points_at_its_line() {
    let ftl = GOOD_FTL.replace("tiny-hi = Hello\n", "tiny-hi = Hello\n= broken\n");
    let dir = pack("ftl", GOOD, &ftl);
    let file = dir.join("locales/en/tiny.ftl");
    let r = redflag(&["check", file.to_str().unwrap()], "");
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(
        r.stdout
            .contains(&format!("{}:5:1: error[E055]", file.display())),
        "{}",
        r.stdout
    );
}

#[test]
fn missing_english_text_is_an_error_missing_translation_a_warning() {
    let ftl = GOOD_FTL.replace("tiny-c-b = B\n", "");
    let dir = pack("missing", GOOD, &ftl);
    write(&dir.join("locales/de/tiny.ftl"), "tiny-title = Winzig\n");
    let r = redflag(&["check", dir.to_str().unwrap()], "");
    assert_eq!(r.code, 1);
    let ron = dir.join("scenarios/tiny.ron");
    assert!(
        r.stdout
            .contains(&format!("{}:11:18: error[E060]", ron.display())),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("warning[W061]"), "{}", r.stdout);
    // Warnings alone never fail the check.
    let dir = pack("warn-only", GOOD, GOOD_FTL);
    write(&dir.join("locales/de/tiny.ftl"), "tiny-title = Winzig\n");
    let r = redflag(&["check", dir.to_str().unwrap()], "");
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(r.stdout.contains("warning[W061]"));
}

#[test]
fn control_characters_are_shown_escaped_in_excerpts() {
    let broken = GOOD.replace("id: \"tiny\",", "id: \"tiny\", \u{1b}[2J");
    let dir = pack("ctrl", &broken, GOOD_FTL);
    let file = dir.join("scenarios/tiny.ron");
    let r = redflag(&["check", file.to_str().unwrap()], "");
    assert_eq!(r.code, 1);
    assert!(!r.stdout.contains('\u{1b}'));
    assert!(r.stdout.contains("\\u{1b}"), "{}", r.stdout);
}

#[test]
fn an_oversized_file_is_refused_before_reading() {
    let dir = temp_dir("huge");
    let file = dir.join("scenarios/huge.ron");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    let f = std::fs::File::create(&file).unwrap();
    // Sparse: takes no disk space, but is far over the limit.
    f.set_len(8 * 1024 * 1024 * 1024).unwrap();
    let r = redflag(&["check", file.to_str().unwrap()], "");
    assert_eq!(r.code, 1);
    assert!(r.stdout.contains("error[E003]"), "{}", r.stdout);
}

#[test]
fn undeclared_contacts_in_a_pack_are_flagged() {
    let ftl = GOOD_FTL.replace(
        "tiny-hi = Hello\n",
        "tiny-hi = Report it at fake-help.org or call +1 555 0100 123\n",
    );
    let dir = pack("contacts", GOOD, &ftl);
    let d = dir.to_str().unwrap();
    let r = redflag(&["check", d], "");
    // Warnings only: the pack still passes, but a reviewer sees each contact.
    assert_eq!(r.code, 0, "{}", r.stdout);
    let file = dir.join("locales/en/tiny.ftl");
    assert!(
        r.stdout.contains(&format!(
            "{}:4:24: warning[W075]: “fake-help.org”",
            file.display()
        )),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("“+1 555 0100 123”"), "{}", r.stdout);
    // Declared contacts are fine.
    write(
        &dir.join("data/pack.ron"),
        "Pack(contacts: [\"https://fake-help.org/\", \"+1 (555) 0100-123\"])",
    );
    let r = redflag(&["check", d], "");
    assert!(!r.stdout.contains("W075"), "{}", r.stdout);
}

#[test]
fn every_check_code_is_documented_for_authors() {
    let ftl = include_str!("../locales/en/check.ftl");
    let guide = include_str!("../docs/authoring.md");
    let mut codes = 0;
    for line in ftl.lines() {
        let Some(rest) = line.strip_prefix("diag-") else {
            continue;
        };
        let code = rest.split([' ', '=']).next().unwrap();
        if code.contains('-') || code == "suggest" {
            continue;
        }
        codes += 1;
        let upper = code.to_uppercase();
        assert!(
            guide.contains(&upper),
            "{upper} is not in docs/authoring.md"
        );
    }
    assert!(codes > 40);
}
