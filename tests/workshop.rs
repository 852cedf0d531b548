//! Workshop results, the before/after check and the facilitator's summary, through the
//! real binary with its own data folder (`XDG_DATA_HOME`).

mod common;

use std::path::{Path, PathBuf};

use common::{Run, redflag_env, temp_dir, write};

fn run_in(data: &Path, args: &[&str], input: &str) -> Run {
    redflag_env(args, input, &[("XDG_DATA_HOME", data.to_str().unwrap())])
}

fn results_file(data: &Path) -> PathBuf {
    data.join("redflag").join("results.json")
}

/// Always the first answer: enough lines to finish any scenario.
fn ones() -> String {
    "1\n".repeat(60)
}

/// Answers for the whole check: always "scam", confidence 4.
/// Answers to a whole check round (a parallel form of 20 items): "scam", 4 sure.
fn quiz_input() -> String {
    "1\n4\n".repeat(20)
}

/// Whether `text` holds a time of day such as `17:10` or a date such as `2026-11-26`.
fn has_clock_time(text: &str) -> bool {
    let b = text.as_bytes();
    let d = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    (0..b.len()).any(|i| {
        (d(i) && d(i + 1) && b[i + 2..].first() == Some(&b':') && d(i + 3) && d(i + 4))
            || (d(i)
                && d(i + 3)
                && b.get(i + 4) == Some(&b'-')
                && d(i + 5)
                && b.get(i + 7) == Some(&b'-'))
    })
}

#[test]
fn play_records_a_run_without_printing_the_time() {
    let data = temp_dir("wk-play");
    let r = run_in(
        &data,
        &[
            "play",
            "subcontract-anydesk",
            "--seed",
            "5",
            "--participant",
            "B7",
        ],
        &ones(),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!has_clock_time(&r.stdout), "{}", r.stdout);
    let text = std::fs::read_to_string(results_file(&data)).unwrap();
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(doc["format"], "redflag-results");
    assert_eq!(doc["version"], 1);
    let rec = &doc["records"][0];
    assert_eq!(rec["kind"], "play");
    assert_eq!(rec["scenario"], "subcontract-anydesk");
    assert_eq!(rec["participant"], "B7");
    assert_eq!(rec["seed"], 5);
    assert_eq!(rec["locale"], "en");
    assert!(rec["scenario_version"].is_u64());
    assert!(rec["finished_at"].as_str().unwrap().ends_with('Z'));
    assert!(!rec["flags"].as_array().unwrap().is_empty());
    assert!(
        r.stdout
            .contains(&format!("{}/{}", rec["points"], rec["max"]))
    );

    // A second run appends; --no-record leaves the file as it is.
    let again = run_in(
        &data,
        &["play", "subcontract-anydesk", "--seed", "6"],
        &ones(),
    );
    assert_eq!(again.code, 0);
    let before = std::fs::read(results_file(&data)).unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&before).unwrap();
    assert_eq!(doc["records"].as_array().unwrap().len(), 2);
    let off = run_in(
        &data,
        &["play", "subcontract-anydesk", "--seed", "7", "--no-record"],
        &ones(),
    );
    assert_eq!(off.code, 0);
    assert_eq!(std::fs::read(results_file(&data)).unwrap(), before);
}

#[test]
fn a_name_is_not_a_participant_code() {
    let data = temp_dir("wk-name");
    let r = run_in(
        &data,
        &["play", "subcontract-anydesk", "--participant", "Jane Doe"],
        "",
    );
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("Never a name"), "{}", r.stderr);
    assert!(!results_file(&data).exists());
}

#[test]
fn corrupt_and_foreign_results_files_are_left_alone_and_the_game_still_plays() {
    for (name, body, words) in [
        (
            "wk-corrupt",
            "{ \"format\": \"redflag-results\", \"records\": [ {",
            "cannot be read",
        ),
        (
            "wk-foreign",
            "{\"format\": \"shopping-list\", \"items\": [\"milk\"]}",
            "not a results file",
        ),
    ] {
        let data = temp_dir(name);
        let file = results_file(&data);
        write(&file, body);
        let r = run_in(
            &data,
            &["play", "subcontract-anydesk", "--seed", "5"],
            &ones(),
        );
        assert_eq!(r.code, 0, "{name}: {}", r.stderr);
        assert!(r.stdout.contains("Score:"), "{name}: the game still plays");
        assert!(r.stderr.contains(words), "{name}: {}", r.stderr);
        assert!(
            r.stderr
                .contains("not recorded until it is fixed or moved away")
        );
        assert!(r.stderr.contains(file.to_str().unwrap()), "names the file");
        assert_eq!(
            std::fs::read_to_string(&file).unwrap(),
            body,
            "{name}: untouched"
        );

        let q = run_in(
            &data,
            &["quiz", "--stage", "before", "--seed", "1"],
            &quiz_input(),
        );
        assert_eq!(q.code, 0);
        assert!(q.stdout.contains("of 20 right"));
        let s = run_in(&data, &["results"], "");
        assert_eq!(s.code, 1);
        assert!(s.stderr.contains(words));
        let f = run_in(&data, &["results", "forget", "--yes"], "");
        assert_eq!(f.code, 1);
        assert_eq!(
            std::fs::read_to_string(&file).unwrap(),
            body,
            "{name}: still untouched"
        );
    }
}

#[test]
fn the_check_uses_numbered_options_and_is_recorded_with_its_stage() {
    let data = temp_dir("wk-quiz");
    let r = run_in(
        &data,
        &[
            "quiz",
            "--stage",
            "before",
            "--seed",
            "3",
            "--participant",
            "g1-04",
        ],
        &quiz_input(),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    for line in [
        "1) Scam",
        "2) Legitimate",
        "1) 1 – just guessing",
        "5) 5 – certain",
        "[20/20]",
    ] {
        assert!(r.stdout.contains(line), "{line}\n{}", r.stdout);
    }
    // Always "scam": the 10 scams are right, the 10 honest ones wrong.
    assert!(r.stdout.contains("Done: 10 of 20 right"), "{}", r.stdout);
    // The same seed gives the same order; the other stage asks the other form.
    let round = |stage: &str| {
        run_in(
            &data,
            &["quiz", "--stage", stage, "--seed", "3", "--no-record"],
            &quiz_input(),
        )
        .stdout
    };
    let first_item = |s: &str| {
        s.lines()
            .find(|l| l.starts_with("[1/20]"))
            .map(str::to_string)
    };
    let (before, before_again, after) = (round("before"), round("before"), round("after"));
    assert!(first_item(&before).is_some(), "{before}");
    assert_eq!(first_item(&before), first_item(&before_again));
    let items = |s: &str| -> Vec<String> {
        s.lines()
            .filter(|l| l.starts_with('['))
            .map(|l| l.split_once(']').map_or("", |x| x.1).to_string())
            .collect()
    };
    assert!(first_item(&after).is_some(), "{after}");
    let shared = items(&before)
        .into_iter()
        .filter(|l| items(&after).contains(l))
        .count();
    assert_eq!(shared, 0, "before and after ask different items");
    let doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(results_file(&data)).unwrap()).unwrap();
    let recs = doc["records"].as_array().unwrap();
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["stage"], "before");
    assert_eq!(recs[0]["participant"], "g1-04");
    assert_eq!(recs[0]["answers"].as_array().unwrap().len(), 20);
    // The form asked is recorded: the one this participant code draws for the stage.
    let form = redflag::quiz::form_for(redflag::quiz::Stage::Before, Some("g1-04"));
    assert_eq!(recs[0]["form"], form.as_str());

    // Quitting half way records nothing.
    let q = run_in(&data, &["quiz", "--stage", "after"], "1\n4\nq\n");
    assert_eq!(q.code, 0);
    let doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(results_file(&data)).unwrap()).unwrap();
    assert_eq!(doc["records"].as_array().unwrap().len(), 1);

    // In German, with "du".
    let de = run_in(
        &data,
        &["--lang", "de", "quiz", "--stage", "before", "--no-record"],
        &quiz_input(),
    );
    assert!(
        de.stdout.contains("1) Betrug") && de.stdout.contains("2) Seriös"),
        "{}",
        de.stdout
    );
    assert!(de.stdout.contains("Wie sicher bist du dir?"));
}

#[test]
fn export_forget_and_a_workshop_summary_across_participants() {
    let a = temp_dir("wk-a");
    let b = temp_dir("wk-b");
    // Participant A: before all "scam" (6 of 12); after all right, conf 5.
    assert_eq!(
        run_in(
            &a,
            &[
                "quiz",
                "--stage",
                "before",
                "--seed",
                "1",
                "--participant",
                "A1"
            ],
            &quiz_input()
        )
        .code,
        0
    );
    assert_eq!(
        run_in(
            &a,
            &[
                "play",
                "subcontract-anydesk",
                "--seed",
                "2",
                "--participant",
                "A1"
            ],
            &ones()
        )
        .code,
        0
    );
    // Participant B: only a run.
    assert_eq!(
        run_in(
            &b,
            &[
                "play",
                "subcontract-anydesk",
                "--seed",
                "2",
                "--participant",
                "B2"
            ],
            &ones()
        )
        .code,
        0
    );

    let summary = run_in(&a, &["results"], "");
    assert_eq!(summary.code, 0);
    assert!(
        summary.stdout.contains("Subcontracting for a busy agency"),
        "{}",
        summary.stdout
    );
    assert!(summary.stdout.contains("check before"));

    let ja = run_in(&a, &["results", "export", "--format", "json"], "");
    let jb = run_in(&b, &["results", "export", "--format", "json"], "");
    assert_eq!(ja.code, 0);
    let doc: serde_json::Value = serde_json::from_str(&ja.stdout).unwrap();
    assert_eq!(doc["format"], "redflag-results");
    assert!(
        doc["records"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["program"] == env!("CARGO_PKG_VERSION"))
    );
    let csv = run_in(&a, &["results", "export", "--format", "csv"], "");
    assert!(
        csv.stdout.starts_with("record,kind,program,participant,"),
        "{}",
        csv.stdout
    );
    assert_eq!(
        csv.stdout.lines().filter(|l| l.contains(",quiz,")).count(),
        20
    );

    let dir = temp_dir("wk-collect");
    let (fa, fb) = (dir.join("a.json"), dir.join("b.json"));
    write(&fa, &ja.stdout);
    write(&fb, &jb.stdout);
    let (fa, fb) = (fa.to_str().unwrap(), fb.to_str().unwrap());
    let text = run_in(&dir, &["workshop", "summary", fa, fb], "");
    assert_eq!(text.code, 0, "{}", text.stderr);
    assert!(
        text.stdout.contains("Workshop summary (2 files)"),
        "{}",
        text.stdout
    );
    // 3 records from 2 participant codes.
    let overview = text.stdout.lines().nth(4).unwrap();
    assert!(
        overview.contains('3') && overview.contains('2'),
        "{}",
        text.stdout
    );
    // The CSV export of the same results makes the same summary.
    let fa_csv = dir.join("a.csv");
    write(&fa_csv, &csv.stdout);
    let from_csv = run_in(
        &dir,
        &["workshop", "summary", fa_csv.to_str().unwrap(), fb],
        "",
    );
    assert_eq!(from_csv.code, 0, "{}", from_csv.stderr);
    assert_eq!(from_csv.stdout, text.stdout);
    let md = run_in(
        &dir,
        &["workshop", "summary", "--format", "markdown", fa, fb],
        "",
    );
    assert!(md.stdout.contains("| red flag"), "{}", md.stdout);
    assert!(
        md.stdout.contains("|---") || md.stdout.contains("| ---"),
        "{}",
        md.stdout
    );
    let csv = run_in(
        &dir,
        &["workshop", "summary", "--format", "csv", fa, fb],
        "",
    );
    assert!(csv.stdout.starts_with("table,row,column,value\n"));
    assert!(csv.stdout.contains("overview,,records,3"), "{}", csv.stdout);
    assert!(
        csv.stdout.contains("overview,,participants,2"),
        "{}",
        csv.stdout
    );
    assert!(
        csv.stdout.contains("scenarios,subcontract-anydesk,runs,2"),
        "{}",
        csv.stdout
    );
    // Sensitivity and bias, for the group and per participant code: always "scam", 4 sure,
    // is no discernment at all (d′ 0) and a strong lean to "scam" (c below 0).
    assert!(
        csv.stdout.contains("discernment,before,d_prime,0.000"),
        "{}",
        csv.stdout
    );
    let bias = csv
        .stdout
        .lines()
        .find(|l| l.starts_with("discernment,before,bias,"))
        .and_then(|l| l.rsplit(',').next()?.parse::<f64>().ok())
        .expect("bias");
    assert!(bias < -1.0, "{bias}");
    assert!(
        csv.stdout.contains("discernment,before,auc,0.500"),
        "{}",
        csv.stdout
    );
    assert!(
        csv.stdout.contains("participants,A1,d_prime_before,0.000"),
        "{}",
        csv.stdout
    );
    // A file that is not an export is named and skipped; nothing readable is an error.
    let junk = dir.join("junk.json");
    write(&junk, "[1, 2");
    let mixed = run_in(
        &dir,
        &["workshop", "summary", fa, junk.to_str().unwrap()],
        "",
    );
    assert_eq!(mixed.code, 0);
    assert!(mixed.stderr.contains("junk.json"));
    assert_eq!(
        run_in(&dir, &["workshop", "summary", junk.to_str().unwrap()], "").code,
        1
    );

    // Forget: "2" keeps, "1" deletes.
    let keep = run_in(&a, &["results", "forget"], "2\n");
    assert_eq!(keep.code, 0);
    assert!(keep.stdout.contains("Nothing was deleted"));
    let gone = run_in(&a, &["results", "forget"], "1\n");
    assert!(gone.stdout.contains("Deleted 2 records"), "{}", gone.stdout);
    assert!(
        run_in(&a, &["results"], "")
            .stdout
            .contains("No results yet")
    );
    assert!(
        run_in(&b, &["results", "forget", "--yes"], "")
            .stdout
            .contains("Deleted 1 record.")
    );
}

#[test]
fn a_booster_is_offered_after_a_week_and_plays_the_flags_to_practise() {
    let data = temp_dir("wk-booster");
    // A run eight days ago in which everything went wrong.
    let old = r#"{"format":"redflag-results","version":1,"records":[
        {"kind":"play","program":"0.0.1","locale":"en","seed":1,"finished_at":"2000-01-01T10:00:00Z",
         "scenario":"subcontract-anydesk","points":0,"max":3,
         "flags":[{"flag":"remote-access","marks":["missed"]}]}]}"#;
    write(&results_file(&data), old);
    let menu = run_in(&data, &["play", "--seed", "1"], "q\n");
    assert!(menu.stdout.contains("redflag booster"), "{}", menu.stdout);
    let r = run_in(&data, &["booster", "--seed", "2"], &"1\n3\n".repeat(6));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains("Remote control of your computer"),
        "{}",
        r.stdout
    );
    let doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(results_file(&data)).unwrap()).unwrap();
    let last = doc["records"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["stage"], "booster");
    // After the booster, the offer is gone.
    let menu = run_in(&data, &["play", "--seed", "1"], "q\n");
    assert!(!menu.stdout.contains("redflag booster"), "{}", menu.stdout);
}

#[test]
fn games_running_at_once_keep_each_others_records() {
    let data = temp_dir("wk-parallel");
    let runs: Vec<_> = (0..6)
        .map(|i| {
            let data = data.clone();
            std::thread::spawn(move || {
                let seed = i.to_string();
                run_in(
                    &data,
                    &["play", "subcontract-anydesk", "--seed", &seed],
                    &ones(),
                )
            })
        })
        .collect();
    for r in runs {
        assert_eq!(r.join().unwrap().code, 0);
    }
    let doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(results_file(&data)).unwrap()).unwrap();
    let mut seeds: Vec<u64> = doc["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["seed"].as_u64().unwrap())
        .collect();
    seeds.sort();
    assert_eq!(seeds, vec![0, 1, 2, 3, 4, 5]);
}
