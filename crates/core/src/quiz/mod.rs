//! The before/after check and booster rounds: short items, each a message or offer as it
//! would appear, to be judged scam or legitimate with a confidence from 1 to 5.
//!
//! Items are data, like scenarios: `data/quiz.ron` holds their structure (id, whether it is
//! a scam, the channel, the red flags it is about), `locales/<lang>/quiz.ftl` their words:
//! `quiz-<id>-from` (who writes), `quiz-<id>` (the message) and `quiz-<id>-why` (the
//! explanation shown after a booster answer). A pack may add items in its own `data/quiz.ron`.

use crate::content::Kind;
use crate::diag::Diagnostic;
use crate::engine::rng::GameRng;
use crate::i18n::Localizer;
use crate::sanitize::clean;

mod item;

pub use item::{Form, Item};

/// The items of a library's files (`lib.files`), built-in first; an id given twice keeps
/// the first.
pub fn items(files: &[crate::content::ContentFile]) -> (Vec<Item>, Vec<Diagnostic>) {
    let mut out: Vec<Item> = Vec::new();
    let mut diags = Vec::new();
    for f in files.iter().filter(|f| f.kind == Kind::Quiz) {
        match crate::scenario::load::parse_ron::<Vec<Item>>(&f.display, &f.text) {
            Ok(list) => {
                for item in list {
                    if !out.iter().any(|i| i.id == item.id) {
                        out.push(item);
                    }
                }
            }
            Err(d) => diags.push(d),
        }
    }
    (out, diags)
}

/// Checks every `data/quiz.ron` in `files`: it must parse, and name known red flags and
/// channels (codes E037 and E023, as in scenarios). For `redflag check` and the library.
pub fn validate(
    files: &[&crate::content::ContentFile],
    flags: &[String],
    channels: &[String],
) -> Vec<Diagnostic> {
    use crate::diag::{Pos, suggest};
    use crate::scenario::ron_index::RonIndex;
    let mut diags = Vec::new();
    for f in files.iter().filter(|f| f.kind == Kind::Quiz) {
        let list = match crate::scenario::load::parse_ron::<Vec<Item>>(&f.display, &f.text) {
            Ok(list) => list,
            Err(d) => {
                diags.push(d);
                continue;
            }
        };
        let index = RonIndex::new(&f.text);
        diags.extend(pair_problems(&list, &f.display, &index));
        let mut bad = |code: &'static str, key: &str, name: &str, item: &str, known: &[String]| {
            let pos = index
                .find(key, name)
                .or_else(|| index.find("id", item))
                .unwrap_or(Pos { line: 1, col: 1 });
            let s = suggest(name, known.iter().map(String::as_str)).unwrap_or_default();
            diags.push(
                Diagnostic::error(code, &f.display, pos)
                    .arg("name", name)
                    .arg("suggestion", s),
            );
        };
        for item in &list {
            let (channel, unknown_flags) = item.unknown(flags, channels);
            if let Some(channel) = channel {
                bad("E023", "channel", channel, &item.id, channels);
            }
            for flag in unknown_flags {
                bad("E037", "flags", flag, &item.id, flags);
            }
        }
    }
    diags
}

/// The structure of a measure: every `pair` holds one scam and one honest item of the same
/// form and channel (W090, W091, W092), and forms A and B are the same size (W093).
fn pair_problems(
    list: &[Item],
    file: &str,
    index: &crate::scenario::ron_index::RonIndex,
) -> Vec<Diagnostic> {
    use crate::diag::Pos;
    use std::collections::BTreeMap;
    let mut out = Vec::new();
    let mut pairs: BTreeMap<&str, Vec<&Item>> = BTreeMap::new();
    for i in list {
        if let Some(p) = &i.pair {
            pairs.entry(p).or_default().push(i);
        }
    }
    for (pair, items) in &pairs {
        let pos = index.find("pair", pair).unwrap_or(Pos { line: 1, col: 1 });
        let d = |code| Diagnostic::warning(code, file, pos).arg("name", *pair);
        if items.len() != 2 {
            out.push(d("W090").arg("count", items.len()));
        } else if items[0].scam == items[1].scam {
            out.push(d("W091"));
        } else if items[0].form != items[1].form || items[0].channel != items[1].channel {
            out.push(d("W092"));
        }
    }
    let count = |f: Form| list.iter().filter(|i| i.form == f).count();
    if count(Form::A) != count(Form::B) {
        out.push(
            Diagnostic::warning("W093", file, Pos { line: 1, col: 1 })
                .arg("a", count(Form::A))
                .arg("b", count(Form::B)),
        );
    }
    out
}

/// The items of a round in a seeded random order: all of them, or for a booster those
/// about `flags` (most needed flag first), at most `max`.
pub fn round(all: &[Item], seed: u64, flags: Option<&[String]>, max: usize) -> Vec<Item> {
    let mut rng = GameRng::new(seed);
    let mut chosen: Vec<Item> = match flags {
        None => all.to_vec(),
        Some(flags) => {
            let mut picked: Vec<Item> = Vec::new();
            // One item per flag in turn, so every flag gets a turn before any gets two.
            let mut pools: Vec<Vec<&Item>> = flags
                .iter()
                .map(|f| all.iter().filter(|i| i.flags.contains(f)).collect())
                .collect();
            for pool in &mut pools {
                let n = pool.len();
                let mut idx: Vec<usize> = (0..n).collect();
                rng.shuffle_unpinned(&mut idx, |_| false);
                *pool = idx.into_iter().map(|k| pool[k]).collect();
            }
            let mut progress = true;
            while picked.len() < max && progress {
                progress = false;
                for pool in &mut pools {
                    while let Some(item) = pool.first().copied() {
                        pool.remove(0);
                        if !picked.iter().any(|p| p.id == item.id) {
                            picked.push(item.clone());
                            progress = true;
                            break;
                        }
                    }
                    if picked.len() >= max {
                        break;
                    }
                }
            }
            picked
        }
    };
    rng.shuffle_unpinned(&mut chosen, |_| false);
    chosen.truncate(max);
    chosen
}

/// Which parallel form a before/after round uses. The two forms are matched: A before and
/// B after by default; with a participant code, half of the codes (by a stable hash) take
/// B first, so that a difference between the forms cancels out over a group
/// (counterbalancing). Booster rounds use the bank, not a form.
pub fn form_for(stage: Stage, participant: Option<&str>) -> Form {
    let b_first = participant.is_some_and(|p| {
        crate::sanitize::stable_hash(p).ends_with(['1', '3', '5', '7', '9', 'b', 'd', 'f'])
    });
    match (stage, b_first) {
        (Stage::Booster, _) => Form::Bank,
        (Stage::Before, false) | (Stage::After, true) => Form::A,
        (Stage::Before, true) | (Stage::After, false) => Form::B,
    }
}

/// The items a round at `stage` draws from: the form's own items, or all items when the
/// content has none of that form (a pack written before forms existed).
pub fn pool(all: &[Item], form: Form) -> Vec<Item> {
    let own: Vec<Item> = all.iter().filter(|i| i.form == form).cloned().collect();
    if own.is_empty() { all.to_vec() } else { own }
}

/// A whole before/after round: the form for this stage and participant, in seeded order.
pub fn check_round(
    all: &[Item],
    stage: Stage,
    participant: Option<&str>,
    seed: u64,
) -> (Form, Vec<Item>) {
    let form = form_for(stage, participant);
    (form, round(&pool(all, form), seed, None, usize::MAX))
}

/// An item in words, cleaned for the terminal.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemText {
    pub channel: String,
    pub from: String,
    pub text: String,
    pub why: String,
}

pub fn words(loc: &Localizer, item: &Item) -> ItemText {
    let t = |id: String| clean(loc.text(&id).trim());
    ItemText {
        channel: t(format!("channel-{}", item.channel)),
        from: t(format!("quiz-{}-from", item.id)),
        text: t(format!("quiz-{}", item.id)),
        why: t(format!("quiz-{}-why", item.id)),
    }
}

/// The stages of the check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Before,
    After,
    Booster,
}

impl Stage {
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Before => "before",
            Stage::After => "after",
            Stage::Booster => "booster",
        }
    }
}

/// How many items a booster round has at most.
pub const BOOSTER_ITEMS: usize = 6;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::Library;

    #[test]
    fn the_default_set_is_balanced_and_worded_in_every_built_in_language() {
        let lib = Library::load(&[]);
        let (all, diags) = items(&lib.files);
        assert!(diags.is_empty(), "{diags:?}");
        assert!(all.len() >= 12, "{}", all.len());
        let scams = all.iter().filter(|i| i.scam).count();
        assert_eq!(scams * 2, all.len(), "half legitimate");
        for lang in ["en", "de", "uk", "vi"] {
            let (loc, _) = lib.catalog.localizer(lang);
            for i in &all {
                for id in [
                    format!("quiz-{}", i.id),
                    format!("quiz-{}-from", i.id),
                    format!("quiz-{}-why", i.id),
                    format!("channel-{}", i.channel),
                ] {
                    assert!(loc.has_own(&id), "{lang}: {id}");
                }
                for f in &i.flags {
                    assert!(lib.flag(f).is_some(), "{}: unknown flag {f}", i.id);
                }
            }
        }
    }

    #[test]
    fn check_finds_unknown_flags_and_channels_in_quiz_files() {
        let file = crate::content::ContentFile {
            origin: crate::content::Origin::Builtin,
            kind: Kind::Quiz,
            rel: "data/quiz.ron".into(),
            display: "pack/data/quiz.ron".into(),
            text: "[\n  (id: \"a\", scam: true, channel: \"telegam\", flags: [\"secrecy\", \"secrcy\"]),\n]".into(),
        };
        let flags = vec!["secrecy".to_string()];
        let channels = vec!["telegram".to_string()];
        let d = validate(&[&file], &flags, &channels);
        let codes: Vec<&str> = d.iter().map(|d| d.code).collect();
        assert_eq!(codes, vec!["E023", "E037"]);
        assert_eq!(d[0].pos.line, 2);
        // Built-in items are clean: the build found so (the library does not check them
        // again), and so does the check itself.
        let lib = Library::load(&[]);
        let builtin: Vec<&crate::content::ContentFile> =
            lib.files.iter().filter(|f| f.kind == Kind::Quiz).collect();
        assert_eq!(builtin.len(), 1);
        assert!(crate::content::clean_at_build(
            &builtin[0].rel,
            &builtin[0].text
        ));
        let ids = |v: Vec<&String>| v.into_iter().cloned().collect::<Vec<String>>();
        let all_flags = ids(lib.flags().iter().map(|f| &f.id).collect());
        let all_channels = ids(lib.channels().iter().map(|c| &c.id).collect());
        assert_eq!(validate(&builtin, &all_flags, &all_channels), vec![]);
        assert!(
            !lib.diagnostics.iter().any(|d| d.file.ends_with("quiz.ron")),
            "{:?}",
            lib.diagnostics
        );
        let mut broken = file.clone();
        broken.text = "[(id: 1)]".into();
        assert_eq!(validate(&[&broken], &flags, &channels).len(), 1);
    }

    #[test]
    fn rounds_are_seeded_and_boosters_follow_the_flags() {
        let lib = Library::load(&[]);
        let (all, _) = items(&lib.files);
        let a = round(&all, 5, None, usize::MAX);
        assert_eq!(a, round(&all, 5, None, usize::MAX));
        assert_eq!(a.len(), all.len());
        assert_ne!(
            a.iter().map(|i| &i.id).collect::<Vec<_>>(),
            round(&all, 6, None, usize::MAX)
                .iter()
                .map(|i| &i.id)
                .collect::<Vec<_>>()
        );
        let flags = vec!["remote-access".to_string()];
        let b = round(&all, 1, Some(&flags), BOOSTER_ITEMS);
        assert!(!b.is_empty());
        assert!(b.iter().all(|i| i.flags.contains(&flags[0])));
        assert!(round(&all, 1, Some(&[]), BOOSTER_ITEMS).is_empty());
    }
}
