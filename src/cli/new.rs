//! `redflag new ID`: scaffolds a small, valid, commented scenario in the pack layout.

use std::path::{Path, PathBuf};

use super::Ctx;
use crate::i18n::{ArgValue, Args, Localizer, args};
use crate::scenario::ids::is_valid_id;

#[derive(Debug, clap::Args)]
pub struct NewArgs {
    /// The new scenario's id.
    #[arg(value_name = "ID")]
    pub id: String,
    /// The pack folder to write into (default: the current folder).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

/// The scenario file: structure written here, every comment from Fluent.
fn ron_text(loc: &Localizer, id: &str) -> String {
    let c = |key: &str| {
        let text = loc.fmt(key, &args([("id", id.into())]));
        text.lines()
            .map(|l| format!("// {l}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let ind = |s: String, n: usize| {
        let pad = " ".repeat(n);
        s.lines()
            .map(|l| format!("{pad}{l}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    format!(
        r#"{intro}
Scenario(
{cid}
    id: "{id}",
{cversion}
    version: 1,
{cpersp}
    perspective: freelancer,
{clegit}
    legitimate: false,
{cdiff}
    difficulty: easy,
    minutes: 4,

{cvars}
    vars: {{
        "contact": Name(pool: "women-names"),
        "rate": Amount(min: 20, max: 40, step: 5),
    }},

{ccast}
    cast: ["contact"],
{cchan}
    channels: ["upwork", "telegram"],

{cnodes}
    nodes: [
{cmsg}
        Message(id: "hello", from: "contact", delay: 1000),
{cchoice}
        Choice(id: "portfolio-choice", options: [
            (id: "share", goto: "move", assess: {{ "identity-docs": trusted }}),
            (id: "refuse", goto: "move", assess: {{ "identity-docs": false_alarm }}, feedback: true),
            (id: "later", goto: "move", assess: {{ "identity-docs": false_alarm }}, feedback: true),
        ]),
        Message(id: "move", from: "contact", delay: 1200),
        Choice(id: "move-choice", options: [
            (id: "stay", goto: "walked-away", assess: {{ "off-platform": spotted }}, feedback: true),
            (id: "go", goto: "to-telegram", assess: {{ "off-platform": missed }}),
            (id: "halfway", goto: "to-telegram", assess: {{ "off-platform": missed }}),
        ]),
{cswitch}
        Switch(id: "to-telegram", to: "telegram"),
        Message(id: "ask", from: "contact", delay: 1200),
{cevent}
        Event(id: "file", icon: file),
        Choice(id: "install-choice", options: [
            (id: "install", goto: "compromised", assess: {{ "remote-access": missed }}),
            (id: "refuse", goto: "reported", assess: {{ "remote-access": spotted }}),
            (id: "watch", goto: "compromised", assess: {{ "remote-access": missed }}),
        ]),
{cend}
        Ending(id: "walked-away", outcome: walked_away),
        Ending(id: "reported", outcome: reported),
        Ending(id: "compromised", outcome: compromised),
    ],
)
"#,
        intro = c("new-ron-intro"),
        cid = ind(c("new-ron-id"), 4),
        cversion = ind(c("new-ron-version"), 4),
        cpersp = ind(c("new-ron-perspective"), 4),
        clegit = ind(c("new-ron-legitimate"), 4),
        cdiff = ind(c("new-ron-difficulty"), 4),
        cvars = ind(c("new-ron-vars"), 4),
        ccast = ind(c("new-ron-cast"), 4),
        cchan = ind(c("new-ron-channels"), 4),
        cnodes = ind(c("new-ron-nodes"), 4),
        cmsg = ind(c("new-ron-message"), 8),
        cchoice = ind(c("new-ron-choice"), 8),
        cswitch = ind(c("new-ron-switch"), 8),
        cevent = ind(c("new-ron-event"), 8),
        cend = ind(c("new-ron-ending"), 8),
    )
}

/// The scenario's English words (it goes to `locales/en`, the source every translation
/// starts from): the sample story from `english`, the comment above it from `loc`, in the
/// author's language.
fn ftl_text(loc: &Localizer, english: &Localizer, id: &str) -> String {
    // Placeholders pass through as written, so the file keeps `{ $rate }` for Fluent.
    let keep: Args = [
        ("id", ArgValue::from(id)),
        ("name", "{ $name }".into()),
        ("rate", "{ $rate }".into()),
        ("contact", "{ $contact }".into()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    let mut out = String::new();
    for l in loc.fmt("new-ftl-intro", &keep).lines() {
        out.push_str(&format!("# {l}\n"));
    }
    out.push('\n');
    let sample = |key: &str| {
        english
            .fmt(&format!("new-sample-{key}"), &keep)
            .replace('\n', " ")
    };
    for key in ["title", "summary"] {
        out.push_str(&format!("{id}-{key} = {}\n", sample(key)));
    }
    out.push_str(&format!("{id}-cast-contact = {{ $contact }}\n\n"));
    for key in [
        "hello",
        "portfolio-choice-share",
        "portfolio-choice-refuse",
        "portfolio-choice-refuse-feedback",
        "portfolio-choice-later",
        "portfolio-choice-later-feedback",
        "move",
        "move-choice-stay",
        "move-choice-stay-feedback",
        "move-choice-go",
        "move-choice-halfway",
        "ask",
        "file",
        "install-choice-install",
        "install-choice-refuse",
        "install-choice-watch",
        "walked-away",
        "reported",
        "compromised",
        "fine-identity-docs",
    ] {
        out.push_str(&format!("{id}-{key} = {}\n", sample(key)));
    }
    out
}

pub fn run(ctx: &Ctx, a: &NewArgs) -> i32 {
    let loc = &ctx.loc;
    if !is_valid_id(&a.id) {
        eprintln!(
            "{}",
            loc.fmt(
                "new-bad-id",
                &args([("id", crate::sanitize::clean_line(&a.id).into())])
            )
        );
        return 2;
    }
    let dir = a.out.clone().unwrap_or_else(|| PathBuf::from("."));
    let ron = dir.join("scenarios").join(format!("{}.ron", a.id));
    let ftl = dir.join("locales").join("en").join(format!("{}.ftl", a.id));
    for p in [&ron, &ftl] {
        if p.exists() {
            eprintln!(
                "{}",
                loc.fmt(
                    "new-exists",
                    &args([("path", p.display().to_string().into())])
                )
            );
            return 2;
        }
    }
    let (english, _) = ctx.lib.catalog.localizer(crate::i18n::SOURCE);
    let files = [
        (&ron, ron_text(loc, &a.id)),
        (&ftl, ftl_text(loc, &english, &a.id)),
    ];
    for (path, text) in files {
        if let Err(e) = write_new(path, &text) {
            eprintln!(
                "{}",
                loc.fmt("io-error", &args([("reason", e.to_string().into())]))
            );
            return 1;
        }
        println!(
            "{}",
            loc.fmt(
                "new-created",
                &args([("path", path.display().to_string().into())])
            )
        );
    }
    println!(
        "{}",
        loc.fmt(
            "new-next-steps",
            &args([
                ("dir", dir.display().to_string().into()),
                ("id", a.id.as_str().into()),
            ])
        )
    );
    0
}

/// Creates a file that must not exist yet.
fn write_new(path: &Path, text: &str) -> std::io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    f.write_all(text.as_bytes())?;
    f.sync_all()
}
