//! Plain mode: the conversation as lines of text, choices as numbered options read from
//! standard input. For screen readers, scripts and tests. No escape sequences, no delays,
//! and nothing in the output but what the scenario, locale, seed and input decide.

pub mod quiz;

use std::io::{self, BufRead, Write};

use crate::engine::{Debrief, EngineError, Event, Game, OptionView, Status};
use crate::i18n::{ArgValue, Localizer, args};
use crate::library::{Library, LoadedScenario};
use crate::present::{
    DebriefText, InvolvedText, Rerun, Shown, Words, debrief_text, involved_text, list_entry,
};
use crate::scenario::model::Outcome;

/// How a plain session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// The story reached its debrief.
    Debriefed,
    /// The player typed `q` or input ended.
    Quit,
    /// The story could not go on (a scenario the engine cannot continue): the caller exits
    /// with an error, never 0.
    Failed,
}

/// Reads a number from 1 to `n`. Returns `None` on `q` or end of input; bad input gets
/// a hint and the prompt again.
pub fn ask(
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    loc: &Localizer,
    n: usize,
) -> io::Result<Option<usize>> {
    loop {
        write!(out, "> ")?;
        out.flush()?;
        let mut line = String::new();
        if input.read_line(&mut line)? == 0 {
            writeln!(out)?;
            return Ok(None);
        }
        match answer(&line, out, loc, n)? {
            Answer::Pick(k) => return Ok(Some(k)),
            Answer::Quit => return Ok(None),
            Answer::Again => {}
        }
    }
}

/// What one line of input says, at a prompt for a number from 1 to `n`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Option `k` (from 0).
    Pick(usize),
    /// `q`: leave.
    Quit,
    /// Not an answer; the hint is written, the prompt comes again.
    Again,
}

/// Reads `line` as an answer to a prompt for a number from 1 to `n`.
pub fn answer(line: &str, out: &mut dyn Write, loc: &Localizer, n: usize) -> io::Result<Answer> {
    let line = line.trim();
    if line.eq_ignore_ascii_case("q") {
        return Ok(Answer::Quit);
    }
    match line.parse::<usize>() {
        Ok(k) if (1..=n).contains(&k) => Ok(Answer::Pick(k - 1)),
        _ => {
            writeln!(
                out,
                "{}",
                loc.fmt("plain-bad-input", &args([("max", ArgValue::from(n))]))
            )?;
            Ok(Answer::Again)
        }
    }
}

/// Writes what happened, then the numbered options if the story waits for a choice (which
/// it returns); `None` once the story has ended.
pub fn show_turn(
    out: &mut dyn Write,
    loc: &Localizer,
    words: &Words,
    events: &[Event],
    game: &Game,
) -> io::Result<Option<Vec<OptionView>>> {
    for e in events {
        write_shown(out, loc, &words.event(e))?;
    }
    let options = match game.status() {
        Status::Ended => return Ok(None),
        Status::Choosing { options, .. } => options.clone(),
    };
    writeln!(out)?;
    for (i, o) in options.iter().enumerate() {
        writeln!(out, "{}) {}", i + 1, words.option(o))?;
    }
    Ok(Some(options))
}

/// Plays one scenario to its debrief.
pub fn play(
    loc: &Localizer,
    scenario: &LoadedScenario,
    seed: u64,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> io::Result<Ended> {
    play_with(loc, scenario, seed, Rerun::Flag, input, out, &mut |_| {})
}

/// [`play`], handing the debrief to `on_debrief` (to record the run) before it is shown;
/// `rerun` says how to play the run again where it is shown.
pub fn play_with(
    loc: &Localizer,
    scenario: &LoadedScenario,
    seed: u64,
    rerun: Rerun,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    on_debrief: &mut dyn FnMut(&Debrief),
) -> io::Result<Ended> {
    let mut typed = |out: &mut dyn Write, _: &Words, options: &[OptionView]| {
        ask(input, out, loc, options.len())
    };
    play_answering(loc, scenario, seed, rerun, out, &mut typed, on_debrief)
}

/// Where a plain run's answers come from: given the options on offer (with the words they
/// are shown in), the one chosen (from 0), or `None` to stop there ([`Ended::Quit`]). It
/// may write to the run's output (a prompt).
pub type Answerer<'a> =
    dyn FnMut(&mut dyn Write, &Words, &[OptionView]) -> io::Result<Option<usize>> + 'a;

/// [`play_with`] with the answers from `answer` instead of typed lines: a front end that
/// offers the answers as buttons (the web page) plays the same text this way.
pub fn play_answering(
    loc: &Localizer,
    scenario: &LoadedScenario,
    seed: u64,
    rerun: Rerun,
    out: &mut dyn Write,
    answer: &mut Answerer,
    on_debrief: &mut dyn FnMut(&Debrief),
) -> io::Result<Ended> {
    let (mut game, mut events) = match Game::start(scenario.scenario().clone(), seed) {
        Ok(x) => x,
        Err(e) => return engine_failed(loc, out, &e),
    };
    let words = Words::for_game(loc, &game);
    writeln!(
        out,
        "{}",
        loc.fmt("plain-title", &args([("title", words.title().into())]))
    )?;
    if let Some(pack) = scenario.origin.pack_name() {
        writeln!(
            out,
            "{}",
            loc.fmt("list-pack", &args([("pack", pack.into())]))
        )?;
    }
    while let Some(options) = show_turn(out, loc, &words, &events, &game)? {
        let Some(k) = answer(out, &words, &options)?.filter(|k| *k < options.len()) else {
            return Ok(Ended::Quit);
        };
        events = match game.choose(options[k].key) {
            Ok(ev) => ev,
            Err(e) => return engine_failed(loc, out, &e),
        };
    }
    if let Some(d) = game.debrief() {
        on_debrief(&d);
        let mut text = debrief_text(loc, &words, &d, rerun);
        // Every compromised ending leads to what to do now, which ends with where to
        // report: said once, after the steps, not also in the debrief above them.
        let compromised = d.outcome == Outcome::Compromised;
        if compromised {
            text.report = None;
        }
        write_debrief(out, &text)?;
        if compromised {
            writeln!(out)?;
            write_involved(out, &involved_text(loc))?;
        }
    }
    Ok(Ended::Debriefed)
}

fn engine_failed(loc: &Localizer, out: &mut dyn Write, e: &EngineError) -> io::Result<Ended> {
    writeln!(out, "{}", crate::present::engine_error(loc, e))?;
    Ok(Ended::Failed)
}

/// One line of the conversation.
pub fn write_shown(out: &mut dyn Write, loc: &Localizer, s: &Shown) -> io::Result<()> {
    let line = match s {
        Shown::Channel { text, .. } => {
            loc.fmt("plain-channel", &args([("text", text.as_str().into())]))
        }
        Shown::Message {
            channel_name,
            speaker,
            text,
            ..
        }
        | Shown::Reply {
            channel_name,
            speaker,
            text,
            ..
        } => loc.fmt(
            "plain-message",
            &args([
                ("channel", channel_name.as_str().into()),
                ("name", speaker.as_str().into()),
                ("text", text.as_str().into()),
            ]),
        ),
        Shown::Notice {
            channel_name,
            icon,
            text,
            ..
        } => loc.fmt(
            "plain-notice",
            &args([
                ("channel", channel_name.as_str().into()),
                ("kind", icon.as_str().into()),
                ("text", text.as_str().into()),
            ]),
        ),
        Shown::Feedback { text } => {
            loc.fmt("plain-feedback", &args([("text", text.as_str().into())]))
        }
        Shown::Narration { text } => {
            writeln!(out)?;
            loc.fmt("plain-narration", &args([("text", text.as_str().into())]))
        }
        Shown::End {
            outcome_text, text, ..
        } => {
            writeln!(out)?;
            loc.fmt(
                "plain-end",
                &args([
                    ("outcome", outcome_text.as_str().into()),
                    ("text", text.as_str().into()),
                ]),
            )
        }
    };
    writeln!(out, "{line}")
}

pub fn write_debrief(out: &mut dyn Write, d: &DebriefText) -> io::Result<()> {
    let lines = |out: &mut dyn Write, text: &str, indent: &str| -> io::Result<()> {
        for l in text.lines().filter(|l| !l.trim().is_empty()) {
            writeln!(out, "{indent}{l}")?;
        }
        Ok(())
    };
    writeln!(out)?;
    writeln!(out, "=== {} ===", d.heading)?;
    writeln!(out, "{}", d.outcome)?;
    writeln!(out, "{}", d.score)?;
    writeln!(out, "{}", d.seed)?;
    for (heading, list) in [(&d.flags_heading, &d.flags), (&d.fine_heading, &d.fine)] {
        if list.is_empty() {
            continue;
        }
        writeln!(out)?;
        writeln!(out, "{heading}")?;
        for f in list {
            writeln!(out)?;
            writeln!(out, "- {}: {}", f.name, f.marks)?;
            for part in [
                f.quote.as_deref().unwrap_or(""),
                &f.why,
                &f.instead,
                &f.sources,
            ] {
                lines(out, part, "  ")?;
            }
        }
    }
    if let Some(none) = &d.no_flags {
        writeln!(out)?;
        writeln!(out, "{none}")?;
    }
    if let Some(a) = &d.ahead {
        writeln!(out)?;
        writeln!(out, "{}", a.heading)?;
        lines(out, &a.text, "")?;
        for name in &a.flags {
            writeln!(out, "- {name}")?;
        }
    }
    if let Some((heading, text)) = &d.report {
        writeln!(out)?;
        writeln!(out, "{heading}")?;
        lines(out, text, "")?;
    }
    Ok(())
}

/// The “Already involved?” page as lines.
pub fn write_involved(out: &mut dyn Write, p: &InvolvedText) -> io::Result<()> {
    writeln!(out, "=== {} ===", p.title)?;
    writeln!(out, "{}", p.intro)?;
    writeln!(out)?;
    for l in p.steps.lines() {
        writeln!(out, "{l}")?;
    }
    writeln!(out)?;
    writeln!(out, "{}", p.report_heading)?;
    for l in p.report.lines() {
        writeln!(out, "{l}")?;
    }
    Ok(())
}

/// Offers the list of scenarios, plays the chosen one, and offers the list again,
/// until the player types `q` or input ends.
pub fn menu(
    lib: &Library,
    loc: &Localizer,
    seed: impl Fn() -> u64,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> io::Result<()> {
    menu_with(lib, loc, seed, input, out, None, &mut |_| {})
}

/// [`menu`] with a one-line offer above the list (a booster that is due) and a hook that
/// gets every debrief (to record the run).
pub fn menu_with(
    lib: &Library,
    loc: &Localizer,
    seed: impl Fn() -> u64,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    offer: Option<&str>,
    on_debrief: &mut dyn FnMut(&Debrief),
) -> io::Result<()> {
    if lib.scenarios.is_empty() {
        writeln!(out, "{}", loc.text("list-empty"))?;
        return Ok(());
    }
    writeln!(out, "{}", loc.text("involved-plain-hint"))?;
    loop {
        if let Some(offer) = offer {
            writeln!(out, "{offer}")?;
        }
        writeln!(out, "{}", loc.text("plain-menu-heading"))?;
        for i in 0..lib.scenarios.len() {
            if let Some((title, facts)) = list_entry(loc, lib, i) {
                writeln!(out, "{}) {title} ({facts})", i + 1)?;
            }
        }
        let Some(k) = ask(input, out, loc, lib.scenarios.len())? else {
            return Ok(());
        };
        writeln!(out)?;
        if play_with(
            loc,
            &lib.scenarios[k],
            seed(),
            Rerun::Flag,
            input,
            out,
            on_debrief,
        )? != Ended::Debriefed
        {
            return Ok(());
        }
        writeln!(out)?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Answers given by a front end's buttons tell the same story, word for word, as the
    /// same answers typed (less the prompts), and stop where the answers run out.
    #[test]
    fn answers_from_buttons_tell_the_same_story_as_typed_ones() {
        let lib = Library::load(&[]);
        let loc = lib.catalog.localizer("de").0;
        let s = &lib.scenarios[0];
        let mut typed = Vec::new();
        let mut input = io::Cursor::new("2\n1\n1\n1\n1\n1\n1\n1\n1\n1\n1\n1\n".as_bytes());
        let ended =
            play_with(&loc, s, 5, Rerun::Flag, &mut input, &mut typed, &mut |_| {}).unwrap();
        assert_eq!(ended, Ended::Debriefed);
        let mut given = Vec::new();
        let mut n = 0;
        let mut answer = |_: &mut dyn Write, _: &Words, _: &[OptionView]| {
            n += 1;
            Ok(Some(if n == 1 { 1 } else { 0 }))
        };
        let ended = play_answering(
            &loc,
            s,
            5,
            Rerun::Flag,
            &mut given,
            &mut answer,
            &mut |_| {},
        )
        .unwrap();
        assert_eq!(ended, Ended::Debriefed);
        // The prompts stand at the start of a line ("> "), unlike feedback (">> ").
        let typed = String::from_utf8(typed).unwrap().replace("\n> ", "\n");
        assert_eq!(String::from_utf8(given).unwrap(), typed);

        // No answer: the run stops at the first question, with its options shown.
        let mut out = Vec::new();
        let mut none = |_: &mut dyn Write, w: &Words, o: &[OptionView]| {
            assert!(!w.option(&o[0]).is_empty());
            Ok(None)
        };
        let ended =
            play_answering(&loc, s, 5, Rerun::Flag, &mut out, &mut none, &mut |_| {}).unwrap();
        assert_eq!(ended, Ended::Quit);
        assert!(String::from_utf8(out).unwrap().contains("1) "));
    }
}
