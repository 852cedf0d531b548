//! Skeleton `.ftl` files for a new language (`redflag locales new <lang>`).
//!
//! Every English message becomes a commented-out entry, with the English text and what a
//! translator needs to know above it:
//!
//! ```ftl
//! # Who speaks: recruiter ({ $recruiter })
//! # Channel: Telegram
//! # Just before: hey its { $recruiter } 👋 thx for coming over
//! # English: our devs do all the work on your account, …
//! # subcontract-anydesk-tg-share =
//! ```
//!
//! A commented-out entry is valid Fluent and defines nothing, so until a translator removes
//! the `# ` before the id and writes the text, the game shows the English message (fallback
//! is message by message) and `check` reports it as not translated (W061). Empty values
//! would be a syntax error, and English text as a placeholder would count as translated.

use std::collections::{BTreeMap, HashMap};

use crate::content::Kind;
use crate::diag::{Arg, Diagnostic, Pos};
use crate::i18n::{ArgValue, Localizer, SOURCE, args, ftl};
use crate::library::Library;
use crate::scenario::ids;
use crate::scenario::model::{Node, Scenario};
use crate::scenario::validate::Graph;
use crate::translate::stale::message_sources;

/// Where the screen is tight, the most characters a text should have.
pub const OPTION_MAX: usize = 72;
pub const TITLE_MAX: usize = 50;

/// How many characters of the previous message the context shows.
const BEFORE_MAX: usize = 120;

/// What a translator is told about one message.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Context {
    /// The cast member who writes it, with the English source of their name.
    pub speaker: Option<String>,
    /// The name pool the speaker's name is drawn from, when it is one.
    pub pool: Option<String>,
    /// The player says it (an option to choose).
    pub player: bool,
    /// The channel's English name.
    pub channel: Option<String>,
    /// The English source of the message just before.
    pub before: Option<String>,
    /// The most characters that fit.
    pub max: Option<usize>,
}

/// One skeleton file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkeletonFile {
    /// The file's name, such as `ui.ftl`.
    pub name: String,
    pub text: String,
    /// How many messages it holds.
    pub messages: usize,
    /// Its messages in order, each with the comment lines written above it.
    pub entries: Vec<SkeletonEntry>,
}

/// One message of a skeleton: its id and the comment lines above it (`# …`, without the
/// line end): the English file's notes, who speaks, where, after what, and the English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkeletonEntry {
    pub id: String,
    pub comments: Vec<String>,
}

/// A one-line, shortened form of a message source.
fn one_line(s: &str, max: usize) -> String {
    let flat = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        flat
    } else {
        let cut: String = flat.chars().take(max).collect();
        format!("{cut}…")
    }
}

/// The length hint for an interface message, by the kind of place it is shown in.
pub fn ui_limit(id: &str) -> Option<usize> {
    // The limits `check` applies (W058), worked out from the screens' layout.
    match crate::tui::limits::of(id)? {
        crate::tui::limits::Limit::Line(n) | crate::tui::limits::Limit::EachHint(n) => Some(n),
    }
}

/// The context of every message of every scenario, by id.
pub fn scenario_contexts(lib: &Library) -> HashMap<String, Context> {
    let en_text = crate::translate::stale::english_sources(lib);
    let (en, _) = lib.catalog.localizer(SOURCE);
    let source = |id: &str| en_text.get(id).map(|s| one_line(s, BEFORE_MAX));
    let mut out = HashMap::new();
    for s in &lib.scenarios {
        let scn = s.scenario();
        let arrivals = arrivals(scn, &source);
        // The file's order, for nodes the story never reaches.
        let mut file_channel = scn.channels.first().cloned();
        let mut file_before: Option<String> = None;
        let channel_name = |c: &Option<String>| c.as_ref().map(|c| en.text(&ids::channel(c)));
        out.insert(
            ids::title(&scn.id),
            Context {
                max: Some(TITLE_MAX),
                ..Default::default()
            },
        );
        for person in &scn.cast {
            out.insert(
                ids::cast(&scn.id, person),
                Context {
                    max: Some(TITLE_MAX),
                    ..Default::default()
                },
            );
        }
        for (i, node) in scn.nodes.iter().enumerate() {
            let nid = ids::node(&scn.id, node.id());
            // Where the story comes from on its way here, when it gets here at all; the
            // file's order otherwise.
            if let Node::Switch { to, .. } = node {
                file_channel = Some(to.clone());
            }
            let (before, channel) = match &arrivals[i] {
                Some(a) => (a.before.clone(), a.channel.clone()),
                None => (file_before.clone(), file_channel.clone()),
            };
            match node {
                Node::Message { from, .. } => {
                    let name = source(&ids::cast(&scn.id, from)).unwrap_or_default();
                    // The pool of the variable the name is (`{ $recruiter }`), if any.
                    let pool = name
                        .split('$')
                        .nth(1)
                        .map(|v| {
                            v.chars()
                                .take_while(|c| c.is_alphanumeric() || *c == '-' || *c == '_')
                                .collect::<String>()
                        })
                        .and_then(|v| match scn.vars.get(&v) {
                            Some(crate::scenario::model::VarSpec::Name { pool }) => {
                                Some(pool.clone())
                            }
                            _ => None,
                        });
                    out.insert(
                        nid.clone(),
                        Context {
                            speaker: Some(format!("{from} ({name})")),
                            pool,
                            channel: channel_name(&channel),
                            before: before.clone(),
                            ..Default::default()
                        },
                    );
                }
                Node::Choice { id, options, .. } => {
                    for o in options {
                        let oid = ids::option(&scn.id, id, &o.id);
                        out.insert(
                            oid.clone(),
                            Context {
                                player: true,
                                channel: channel_name(&channel),
                                before: before.clone(),
                                max: Some(OPTION_MAX),
                                ..Default::default()
                            },
                        );
                        out.insert(
                            ids::feedback(&scn.id, id, &o.id),
                            Context {
                                before: source(&oid),
                                ..Default::default()
                            },
                        );
                    }
                }
                _ if node.has_text() => {
                    out.insert(
                        nid.clone(),
                        Context {
                            channel: channel_name(&channel),
                            before: before.clone(),
                            ..Default::default()
                        },
                    );
                }
                _ => {}
            }
            if node.has_text() {
                file_before = source(&nid);
            }
        }
    }
    out
}

/// How the story first gets to a node: the English text just before it (a message, an
/// event, or the player's answer that leads there) and the channel it is on.
#[derive(Debug, Clone)]
struct Arrival {
    before: Option<String>,
    channel: Option<String>,
}

/// For every node, how the story first gets there, going from the start in breadth-first
/// order (the shortest way); `None` for a node it never reaches.
fn arrivals(scn: &Scenario, source: &dyn Fn(&str) -> Option<String>) -> Vec<Option<Arrival>> {
    let graph = Graph::new(scn);
    let mut out: Vec<Option<Arrival>> = vec![None; scn.nodes.len()];
    let mut queue = std::collections::VecDeque::new();
    if let Some(start) = graph.start {
        out[start] = Some(Arrival {
            before: None,
            channel: scn.channels.first().cloned(),
        });
        queue.push_back(start);
    }
    while let Some(i) = queue.pop_front() {
        let Some(here) = out[i].clone() else {
            continue;
        };
        let node = &scn.nodes[i];
        let channel = match node {
            Node::Switch { to, .. } => Some(to.clone()),
            _ => here.channel.clone(),
        };
        let after = if node.has_text() {
            source(&ids::node(&scn.id, node.id()))
        } else {
            here.before.clone()
        };
        // A choice leads on from each answer: that answer is what comes just before.
        let next: Vec<(usize, Option<String>)> = match node {
            Node::Choice { id, options, .. } => options
                .iter()
                .filter_map(|o| {
                    let j = *graph.index.get(&o.goto)?;
                    Some((j, source(&ids::option(&scn.id, id, &o.id))))
                })
                .collect(),
            _ => graph.succ[i].iter().map(|j| (*j, after.clone())).collect(),
        };
        for (j, before) in next {
            if out[j].is_none() {
                out[j] = Some(Arrival {
                    before,
                    channel: channel.clone(),
                });
                queue.push_back(j);
            }
        }
    }
    out
}

/// The skeleton of every English file for `lang`, in `loc`'s words (the translator's
/// interface language), sorted by file name.
pub fn skeleton(lib: &Library, loc: &Localizer, lang: &str) -> Vec<SkeletonFile> {
    skeleton_of(lib, loc, lang, false)
}

/// [`skeleton`], of the packs' own English files only when `packs_only` (a pack's
/// translator translates the pack, not the whole game).
pub fn skeleton_of(
    lib: &Library,
    loc: &Localizer,
    lang: &str,
    packs_only: bool,
) -> Vec<SkeletonFile> {
    let contexts = scenario_contexts(lib);
    // English files by name, built-in first; a pack's file of the same name adds to it.
    let mut by_name: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for f in lib
        .catalog
        .files_of(SOURCE)
        .filter(|f| !packs_only || !f.origin.is_builtin())
    {
        if let Kind::Locale { name, .. } = &f.kind {
            by_name.entry(name.clone()).or_default().push(&f.text);
        }
    }
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for (name, texts) in by_name {
        let file = format!("{name}.ftl");
        let mut text = String::new();
        for line in loc
            .fmt(
                "locales-skeleton-header",
                &args([("lang", lang.into()), ("file", file.as_str().into())]),
            )
            .lines()
        {
            text.push_str(&format!("### {line}\n"));
        }
        let mut messages = 0;
        let mut entries = Vec::new();
        for src in texts {
            let sources = message_sources(src);
            for m in ftl::parse(src).0 {
                // `redflag new` writes its samples in English in every language: nothing
                // for a translator to do.
                if !seen.insert(m.id.clone()) || m.id.starts_with("new-sample-") {
                    continue;
                }
                let english = sources.get(&m.id).cloned().unwrap_or_default();
                let ctx = contexts.get(&m.id).cloned().unwrap_or_else(|| Context {
                    max: ui_limit(&m.id),
                    ..Default::default()
                });
                // The English file's own notes (a section's heading, and the comment on
                // this message: tone, what a variable means), before the generated context.
                let mut comments: Vec<String> = notes_before(src, &m.id)
                    .iter()
                    .map(|note| {
                        comment(&loc.fmt(
                            "locales-skeleton-note",
                            &args([("text", note.as_str().into())]),
                        ))
                    })
                    .collect();
                comments.extend(
                    context_lines(loc, &ctx, &english)
                        .iter()
                        .map(|l| comment(l)),
                );
                text.push('\n');
                for c in &comments {
                    text.push_str(c);
                    text.push('\n');
                }
                text.push_str(&format!("# {} =\n", m.id));
                entries.push(SkeletonEntry {
                    id: m.id.clone(),
                    comments,
                });
                messages += 1;
            }
        }
        out.push(SkeletonFile {
            name: file,
            text,
            messages,
            entries,
        });
    }
    out
}

/// The comment lines written right above message `id` in an English file (`# …`, `## …`),
/// without their `#` marks, in order. Placeholders of other skeletons (`# id =`) are not
/// notes.
fn notes_before(src: &str, id: &str) -> Vec<String> {
    let lines: Vec<&str> = src.lines().collect();
    let Some(at) = lines.iter().position(|l| {
        l.strip_prefix(id)
            .is_some_and(|r| r.trim_start().starts_with('='))
    }) else {
        return Vec::new();
    };
    let mut notes = Vec::new();
    for l in lines[..at].iter().rev() {
        let Some(rest) = l.strip_prefix('#') else {
            break;
        };
        let rest = rest.trim_start_matches('#').trim();
        if rest.ends_with(" =") || rest.is_empty() {
            continue;
        }
        notes.push(rest.to_string());
    }
    notes.reverse();
    notes
}

/// Where a skeleton file still holds the commented-out placeholder `# <id> =`.
pub fn placeholder_pos(text: &str, id: &str) -> Option<Pos> {
    text.lines()
        .position(|l| {
            l.strip_prefix("# ")
                .and_then(|r| r.strip_prefix(id))
                .is_some_and(|r| r.trim() == "=")
        })
        .map(|i| Pos {
            line: i + 1,
            col: 1,
        })
}

/// Points each "not translated" diagnostic (W061) at its placeholder in a skeleton file,
/// where the translator writes the text.
/// `text_of` gives a file's text by its display name.
pub fn locate_placeholders<'t>(
    text_of: &dyn Fn(&str) -> Option<&'t str>,
    diags: &mut [Diagnostic],
) {
    for d in diags.iter_mut().filter(|d| d.code == "W061") {
        let Some(text) = text_of(d.file.as_str()) else {
            continue;
        };
        let id = d.args.iter().find_map(|(k, v)| match (k, v) {
            (&"id", Arg::Str(s)) => Some(s.clone()),
            _ => None,
        });
        if let Some(pos) = id.and_then(|id| placeholder_pos(text, &id)) {
            d.pos = pos;
        }
    }
}

/// `# line`, or `#` for an empty line, so the comment stays valid Fluent (without the
/// line end).
fn comment(line: &str) -> String {
    if line.is_empty() {
        "#".to_string()
    } else {
        format!("# {line}")
    }
}

fn context_lines(loc: &Localizer, ctx: &Context, english: &str) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(s) = &ctx.speaker {
        lines.push(loc.fmt(
            "locales-skeleton-speaker",
            &args([("name", s.as_str().into())]),
        ));
    }
    if let Some(p) = &ctx.pool {
        lines.push(loc.fmt(
            "locales-skeleton-pool",
            &args([("pool", p.as_str().into())]),
        ));
    }
    if ctx.player {
        lines.push(loc.text("locales-skeleton-player"));
    }
    if let Some(c) = &ctx.channel {
        lines.push(loc.fmt(
            "locales-skeleton-channel",
            &args([("channel", c.as_str().into())]),
        ));
    }
    if let Some(b) = &ctx.before {
        lines.push(loc.fmt(
            "locales-skeleton-before",
            &args([("text", b.as_str().into())]),
        ));
    }
    if let Some(max) = ctx.max {
        lines.push(loc.fmt(
            "locales-skeleton-length",
            &args([
                ("max", ArgValue::from(max)),
                ("len", ArgValue::from(english.chars().count())),
            ]),
        ));
    }
    let mut en_lines = english.lines();
    lines.push(loc.fmt(
        "locales-skeleton-english",
        &args([("text", en_lines.next().unwrap_or("").into())]),
    ));
    for l in en_lines {
        lines.push(format!("    {l}"));
    }
    lines
}

/// The skeleton's own comment lines, as any language writes them: the start of each label
/// (`# English: `, `# Wer spricht: `, …) up to its first variable, and whether it is the
/// English one (which every generated block has).
pub fn label_starts(lib: &Library) -> Vec<(String, bool)> {
    const LABELS: [&str; 8] = [
        "locales-skeleton-english",
        "locales-skeleton-speaker",
        "locales-skeleton-pool",
        "locales-skeleton-player",
        "locales-skeleton-channel",
        "locales-skeleton-before",
        "locales-skeleton-length",
        "locales-skeleton-note",
    ];
    const MARK: &str = "\u{E000}";
    let a = args([
        ("name", MARK.into()),
        ("pool", MARK.into()),
        ("channel", MARK.into()),
        ("text", MARK.into()),
        ("max", MARK.into()),
        ("len", MARK.into()),
    ]);
    let mut out: Vec<(String, bool)> = Vec::new();
    for lang in lib.catalog.langs() {
        let (loc, _) = lib.catalog.localizer(&lang);
        for id in LABELS {
            let shown = loc.fmt(id, &a);
            let start = shown.split(MARK).next().unwrap_or("").trim_end();
            if !start.is_empty() {
                out.push((comment(start), id == LABELS[0]));
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// What [`update`] changed in a file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Updated {
    pub text: String,
    /// Messages added (commented out, as in a new skeleton).
    pub added: usize,
    /// Messages whose comments were refreshed.
    pub refreshed: usize,
}

/// Brings an existing translation file up to date with its skeleton `fresh`, touching no
/// translation.
/// - Above each message, a block of comments with an `English:` line (as any language
///   writes it, see [`label_starts`]) was written by a skeleton: its generated lines (and
///   their continuation lines) are replaced by the fresh ones, the translator's own lines
///   stay. Above a message without such a block, the fresh lines are added.
/// - English messages the file does not have yet are added, commented out, after the
///   message before them in the English.
/// - Everything else (translations, obsolete messages, the header, blank lines, line
///   ends) is kept as it is.
pub fn update(old: &str, fresh: &SkeletonFile, labels: &[(String, bool)]) -> Updated {
    let nl = if old.contains("\r\n") { "\r\n" } else { "\n" };
    let lines: Vec<&str> = old.split_inclusive('\n').collect();
    let bare = |l: &str| l.trim_end_matches(['\n', '\r']).to_string();
    // Where each message is: the line of `id =` or of its placeholder `# id =`.
    let mut at: HashMap<String, usize> = HashMap::new();
    for (i, l) in lines.iter().enumerate() {
        let l = bare(l);
        let entry = l
            .strip_prefix("# ")
            .filter(|r| r.ends_with(" ="))
            .unwrap_or(&l);
        if let Some((id, _)) = entry.split_once('=') {
            let id = id.trim_end();
            let is_id = id.starts_with(|c: char| c.is_ascii_alphabetic())
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if is_id {
                at.entry(id.to_string()).or_insert(i);
            }
        }
    }
    let label = |l: &str| {
        labels
            .iter()
            .find(|(p, _)| l.starts_with(p.as_str()))
            .map(|(_, english)| *english)
    };
    // Blocks replaced (first line, how many lines, the new lines), and lines added before
    // a line (`lines.len()`: at the end).
    let mut replace: BTreeMap<usize, (usize, Vec<String>)> = BTreeMap::new();
    let mut insert: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    let mut out = Updated::default();
    let mut after: Option<usize> = None;
    for e in &fresh.entries {
        let placeholder = format!("# {} =", e.id);
        let Some(&i) = at.get(&e.id) else {
            // New in English: after the message before it, or before the first message.
            let (anchor, block) = match after {
                Some(a) => {
                    let mut b = vec![String::new()];
                    b.extend(e.comments.iter().cloned());
                    b.push(placeholder);
                    (entry_end(&lines, a), b)
                }
                None => {
                    let mut b = e.comments.clone();
                    b.push(placeholder);
                    b.push(String::new());
                    let first = at
                        .values()
                        .min()
                        .map_or(lines.len(), |&f| block_start(&lines, f));
                    (first, b)
                }
            };
            insert.entry(anchor).or_default().extend(block);
            out.added += 1;
            continue;
        };
        after = Some(i);
        let start = block_start(&lines, i);
        let block: Vec<String> = lines[start..i].iter().map(|l| bare(l)).collect();
        let generated_block = block.iter().any(|l| label(l) == Some(true));
        let mut kept = Vec::new();
        let mut in_generated = false;
        for l in &block {
            if generated_block && label(l).is_some() {
                in_generated = true;
            } else if in_generated && l.starts_with("#     ") {
                // The continuation of a generated line (English on several lines).
            } else {
                in_generated = false;
                kept.push(l.clone());
            }
        }
        kept.extend(e.comments.iter().cloned());
        if kept != block {
            replace.insert(start, (i - start, kept));
            out.refreshed += 1;
        }
    }
    let mut text = String::with_capacity(old.len() + 1024);
    let push = |text: &mut String, ls: &[String]| {
        if !text.is_empty() && !text.ends_with('\n') {
            text.push_str(nl);
        }
        for l in ls {
            text.push_str(l);
            text.push_str(nl);
        }
    };
    let mut i = 0;
    loop {
        if let Some(ls) = insert.get(&i) {
            push(&mut text, ls);
        }
        if i >= lines.len() {
            break;
        }
        if let Some((n, ls)) = replace.get(&i) {
            push(&mut text, ls);
            // (With no block before, the message's own line follows.)
            if *n > 0 {
                i += n;
                continue;
            }
        }
        text.push_str(lines[i]);
        i += 1;
    }
    out.text = text;
    out
}

/// The first line of the comment block right above line `i` (`i` if there is none): the
/// `#` lines up to a blank line, a header (`##`), a placeholder or anything else.
fn block_start(lines: &[&str], i: usize) -> usize {
    let mut start = i;
    while start > 0 {
        let l = lines[start - 1].trim_end_matches(['\n', '\r']);
        let comment = l == "#" || l.starts_with("# ");
        let placeholder = l.ends_with(" =");
        if !comment || placeholder {
            break;
        }
        start -= 1;
    }
    start
}

/// The line after the message starting at line `i` ends: its indented continuation lines
/// and variants included, blank lines after it not.
fn entry_end(lines: &[&str], i: usize) -> usize {
    let mut end = i + 1;
    let mut last = end;
    while end < lines.len() {
        let l = lines[end].trim_end_matches(['\n', '\r']);
        if l.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-' || c == '#') {
            break;
        }
        end += 1;
        if !l.trim().is_empty() {
            last = end;
        }
    }
    last
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn update_refreshes_comments_and_adds_messages_without_touching_translations() {
        let entry = |id: &str, comments: &[&str]| SkeletonEntry {
            id: id.into(),
            comments: comments.iter().map(|c| c.to_string()).collect(),
        };
        let fresh = SkeletonFile {
            name: "x.ftl".into(),
            text: String::new(),
            messages: 4,
            entries: vec![
                entry("first", &["# English: New first"]),
                entry("a", &["# English: Hello"]),
                entry(
                    "b",
                    &["# Who speaks: x", "# English: Bye now", "#     and more"],
                ),
                entry("c", &["# English: Brand new"]),
            ],
        };
        let labels = vec![
            ("# English:".to_string(), true),
            ("# Who speaks:".to_string(), false),
        ];
        let old = "### header\n\n# English: Hello\na = Hallo\n\n# Who speaks: x\n# my own note\n# English: Bye\n#     second line\nb = Tschüss\n    { $n }\n\nobsolete = alt\n# Who speaks: handwritten\nlast = ohne Zeilenende";
        let u = update(old, &fresh, &labels);
        assert_eq!((u.added, u.refreshed), (2, 1), "{}", u.text);
        assert_eq!(
            u.text,
            "### header\n\n# English: New first\n# first =\n\n# English: Hello\na = Hallo\n\n# my own note\n# Who speaks: x\n# English: Bye now\n#     and more\nb = Tschüss\n    { $n }\n\n# English: Brand new\n# c =\n\nobsolete = alt\n# Who speaks: handwritten\nlast = ohne Zeilenende"
        );
        // Every translation is still there, as it was; running it again changes nothing.
        for l in [
            "a = Hallo",
            "b = Tschüss\n    { $n }",
            "obsolete = alt",
            "last = ohne Zeilenende",
        ] {
            assert!(u.text.contains(l), "{l}");
        }
        let again = update(&u.text, &fresh, &labels);
        assert_eq!((again.added, again.refreshed), (0, 0));
        assert_eq!(again.text, u.text);
        // Windows line ends stay Windows line ends.
        let crlf = update(&old.replace('\n', "\r\n"), &fresh, &labels);
        assert_eq!(crlf.text, u.text.replace('\n', "\r\n"));
    }

    #[test]
    fn placeholders_are_found_by_id() {
        let text = "### head\n\n# English: Hi\n# a-b =\n# a =\nc = C\n";
        assert_eq!(placeholder_pos(text, "a"), Some(Pos { line: 5, col: 1 }));
        assert_eq!(placeholder_pos(text, "a-b"), Some(Pos { line: 4, col: 1 }));
        assert_eq!(placeholder_pos(text, "c"), None);
    }

    #[test]
    fn limits_by_kind_of_place() {
        assert_eq!(ui_limit("tui-chat-keys"), Some(crate::tui::limits::HINT));
        assert_eq!(ui_limit("tui-speed-fast"), Some(crate::tui::limits::LABEL));
        assert_eq!(ui_limit("flag-remote-access"), None, "titles wrap");
        assert_eq!(ui_limit("flag-remote-access-why"), None);
        assert_eq!(ui_limit("report-where"), None);
    }

    #[test]
    fn just_before_follows_the_story_not_the_file() {
        let lib = Library::load(&[]);
        let ctx = scenario_contexts(&lib);
        let (en, _) = lib.catalog.localizer(SOURCE);
        let text = |id: &str| one_line(&en.text(id), BEFORE_MAX);
        // The second opening comes right after the first in the file, but each one starts
        // the story: nothing comes before either.
        assert_eq!(ctx["subcontract-anydesk-hello"].before, None);
        assert_eq!(ctx["subcontract-anydesk-hello-invite"].before, None);
        // A reply to an answer comes after that answer, not after the line above it in the
        // file.
        assert_eq!(
            ctx["subcontract-anydesk-stay-reply"].before.as_deref(),
            Some(text("subcontract-anydesk-move-choice-ask").as_str())
        );
        // The options of a choice come after what was said before the choice.
        let go = ctx["subcontract-anydesk-move-choice-go"].before.clone();
        assert!(
            go.as_deref()
                .is_some_and(|b| b.starts_with("ok, one thing. upwork chat is slow")),
            "{go:?}"
        );
    }

    #[test]
    fn every_message_is_commented_out_with_its_context() {
        let lib = Library::load(&[]);
        let (loc, _) = lib.catalog.localizer("en");
        let files = skeleton(&lib, &loc, "pl");
        let en_files = lib.catalog.files_of("en").count();
        assert_eq!(files.len(), en_files);
        let anydesk = files
            .iter()
            .find(|f| f.name == "subcontract-anydesk.ftl")
            .unwrap();
        // Valid Fluent that defines nothing: the game falls back to English.
        let (msgs, errors) = ftl::parse(&anydesk.text);
        assert!(errors.is_empty(), "{errors:?}");
        assert!(msgs.is_empty());
        assert!(anydesk.text.contains("# subcontract-anydesk-tg-share =\n"));
        // Who speaks, where, after what, and the English.
        let at = anydesk
            .text
            .find("# subcontract-anydesk-tg-share =")
            .unwrap();
        let block = &anydesk.text[..at];
        let block = &block[block.rfind("\n\n").unwrap()..];
        assert!(block.contains("recruiter"), "{block}");
        assert!(block.contains("Telegram"), "{block}");
        assert!(
            block.contains("Just before: So here is how we work"),
            "{block}"
        );
        assert!(block.contains("you get 20%"), "{block}");
        // The pool the speaker's name comes from, for grammatical gender.
        assert!(block.contains("pools.ftl"), "{block}");
        // The English file's notes come along.
        let serve = files.iter().find(|f| f.name == "serve.ftl").unwrap();
        assert!(
            serve.text.contains("must stay exactly as it is"),
            "{}",
            serve.text
        );
        // Options carry a length hint.
        assert!(anydesk.text.contains(&OPTION_MAX.to_string()));
        // Each file holds every English message of its name, but the samples of
        // `redflag new`, which are English in every language.
        for f in &files {
            let en = lib
                .catalog
                .files_of("en")
                .find(|e| format!("{}.ftl", e.stem()) == f.name)
                .unwrap();
            let work = ftl::parse(&en.text)
                .0
                .iter()
                .filter(|m| !m.id.starts_with("new-sample-"))
                .count();
            assert_eq!(f.messages, work, "{}", f.name);
        }
    }
}
