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
