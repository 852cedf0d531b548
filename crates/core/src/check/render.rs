//! Renders diagnostics for people (with the source line and a caret) and for tools (JSON).

use std::collections::HashMap;

use super::playtest::Coverage;
use crate::diag::{Arg, Diagnostic, Severity};
use crate::i18n::{ArgValue, Args, Localizer, args};
use crate::sanitize;

fn to_args(d: &Diagnostic) -> Args {
    d.args
        .iter()
        .map(|(k, v)| {
            let v = match v {
                Arg::Str(s) => ArgValue::Str(sanitize::escape_visible(s)),
                Arg::Num(n) => ArgValue::Num(*n),
            };
            (k.to_string(), v)
        })
        .collect()
}

/// How many errors and warnings there were: counted before the report is capped, so the
/// totals include what a W099 line stands for.
pub fn totals(diags: &[Diagnostic]) -> (usize, usize) {
    let errors = diags.iter().filter(|d| d.is_error()).count();
    (errors, diags.len() - errors)
}

/// The diagnostic's message in words.
pub fn message(loc: &Localizer, d: &Diagnostic) -> String {
    loc.fmt(&d.message_id(), &to_args(d))
}

/// The diagnostic's hint, if the locale has one for its code.
pub fn hint(loc: &Localizer, d: &Diagnostic) -> Option<String> {
    let suggests = d
        .args
        .iter()
        .any(|(k, v)| *k == "suggestion" && !matches!(v, Arg::Str(s) if s.is_empty()));
    let id = if suggests {
        "diag-suggest".to_string()
    } else {
        d.hint_id()
    };
    loc.has(&id)
        .then(|| loc.fmt(&id, &to_args(d)))
        .filter(|h| !h.trim().is_empty())
}

/// `file:line:col: error[E030]: message`, then the source line, a caret and the hint.
/// `sources` maps file names to their text, for the excerpt.
pub fn text(loc: &Localizer, all: &[Diagnostic], sources: &HashMap<String, String>) -> String {
    let (errors, warnings) = totals(all);
    diagnostics(loc, all, sources) + &summary(loc, errors, warnings)
}

/// The closing `N errors, M warnings` line.
pub fn summary(loc: &Localizer, errors: usize, warnings: usize) -> String {
    loc.fmt(
        "check-summary",
        &args([
            ("errors", ArgValue::from(errors)),
            ("warnings", ArgValue::from(warnings)),
        ]),
    ) + "\n"
}

/// Each diagnostic in full (see [`text`]), without the closing count.
pub fn diagnostics(
    loc: &Localizer,
    all: &[Diagnostic],
    sources: &HashMap<String, String>,
) -> String {
    let mut out = Vec::new();
    let _ = write_diagnostics(&mut out, loc, all, &mut |f| sources.get(f).cloned());
    String::from_utf8_lossy(&out).into_owned()
}

/// Writes each diagnostic in full (see [`text`]) as it is formatted, without the closing
/// count. `source` gives a file's text for the excerpts; it is asked once each time the
/// file changes (diagnostics come sorted by file), so a report over a thousand files holds
/// one of them at a time.
pub fn write_diagnostics(
    out: &mut dyn std::io::Write,
    loc: &Localizer,
    all: &[Diagnostic],
    source: &mut dyn FnMut(&str) -> Option<String>,
) -> std::io::Result<()> {
    let mut current: Option<(String, Option<String>)> = None;
    for d in &super::cap(all) {
        let sev = loc.text(match d.severity {
            Severity::Error => "check-error",
            Severity::Warning => "check-warning",
        });
        writeln!(
            out,
            "{}:{}:{}: {}[{}]: {}",
            sanitize::escape_visible(&d.file),
            d.pos.line.max(1),
            d.pos.col.max(1),
            sev,
            d.code,
            message(loc, d).replace('\n', " ")
        )?;
        if d.pos.line > 0 && current.as_ref().is_none_or(|(f, _)| *f != d.file) {
            current = Some((d.file.clone(), source(&d.file)));
        }
        if let Some(line) = current
            .as_ref()
            .and_then(|(_, t)| t.as_deref())
            .and_then(|t| t.lines().nth(d.pos.line.saturating_sub(1)))
            .filter(|_| d.pos.line > 0)
        {
            let num = d.pos.line.to_string();
            let pad = " ".repeat(num.len());
            // The caret sits under the column, counting the visible escapes before it.
            let before: String = line.chars().take(d.pos.col.saturating_sub(1)).collect();
            let shown_before = sanitize::escape_visible(&before);
            let width = unicode_width::UnicodeWidthStr::width(shown_before.as_str());
            writeln!(out, "{pad} |\n{num} | {}", sanitize::escape_visible(line))?;
            writeln!(out, "{pad} | {}^", " ".repeat(width))?;
        }
        if let Some(h) = hint(loc, d) {
            writeln!(
                out,
                "  = {}",
                loc.fmt("check-hint", &args([("hint", h.into())]))
            )?;
        }
        if let (Some(was), Some(now)) = (str_arg(d, "was"), str_arg(d, "now")) {
            write!(out, "{}", side_by_side(loc, was, now, REPORT_WIDTH))?;
        }
    }
    Ok(())
}

/// The width a report's side-by-side columns fit in (a terminal of 80 columns, or a file).
const REPORT_WIDTH: usize = 80;

fn str_arg<'d>(d: &'d Diagnostic, name: &str) -> Option<&'d str> {
    d.args.iter().find_map(|(k, v)| match v {
        Arg::Str(s) if *k == name => Some(s.as_str()),
        _ => None,
    })
}

/// A stale translation's English as it was confirmed and as it is now, in two columns
/// under their headings, each wrapped at word breaks: what changed is read across.
pub fn side_by_side(loc: &Localizer, was: &str, now: &str, width: usize) -> String {
    use crate::tui::wrap::{width as cols, wrap};
    let col = (width.saturating_sub(7) / 2).max(12);
    let column = |head: String, text: &str| {
        let mut lines = vec![head];
        for para in text.split('\n') {
            lines.extend(wrap(&sanitize::escape_visible(para), col));
        }
        lines
    };
    let not_kept = loc.text("check-stale-not-kept");
    let was = if was.is_empty() { &not_kept } else { was };
    let left = column(loc.text("check-stale-was"), was);
    let right = column(loc.text("check-stale-now"), now);
    let mut out = String::new();
    for k in 0..left.len().max(right.len()) {
        let l = left.get(k).map_or("", String::as_str);
        let r = right.get(k).map_or("", String::as_str);
        let pad = " ".repeat(col.saturating_sub(cols(l)));
        out.push_str(format!("  | {l}{pad} | {r}").trim_end());
        out.push('\n');
    }
    out
}

/// The playtests' coverage, a few lines per scenario.
pub fn coverage_text(loc: &Localizer, coverage: &[Coverage]) -> String {
    let mut out = String::new();
    for c in coverage {
        out.push_str(&loc.fmt(
            "check-coverage",
            &args([
                ("scenario", c.scenario.as_str().into()),
                ("reached", ArgValue::from(c.reached)),
                ("total", ArgValue::from(c.total)),
            ]),
        ));
        out.push('\n');
        if !c.unreached.is_empty() {
            out.push_str("  ");
            out.push_str(&loc.fmt(
                "check-unreached",
                &args([("nodes", c.unreached.join(", ").into())]),
            ));
            out.push('\n');
        }
        if let Some((taken, total)) = c.options {
            out.push_str("  ");
            out.push_str(&loc.fmt(
                "check-options-taken",
                &args([
                    ("taken", ArgValue::from(taken)),
                    ("total", ArgValue::from(total)),
                ]),
            ));
            out.push('\n');
        }
        if let Some((states, _)) = c.states {
            out.push_str("  ");
            out.push_str(&loc.fmt("check-states", &args([("states", ArgValue::from(states))])));
            out.push('\n');
        }
    }
    out
}

/// One JSON document: `{"errors": N, "warnings": N, "diagnostics": [...], "coverage": [...]}`,
/// and `"cues": {...}` (every figure with its threshold) when `cues` is given.
pub fn json(
    loc: &Localizer,
    diags: &[Diagnostic],
    coverage: &[Coverage],
    cues: Option<&[super::cues::SetCues]>,
) -> String {
    let (errors, warnings) = totals(diags);
    let list: Vec<serde_json::Value> = super::cap(diags)
        .iter()
        .map(|d| {
            serde_json::json!({
                "file": d.file,
                "line": d.pos.line.max(1),
                "column": d.pos.col.max(1),
                "severity": d.severity.as_str(),
                "code": d.code,
                "message": message(loc, d),
                "hint": hint(loc, d),
            })
        })
        .collect();
    let coverage: Vec<serde_json::Value> = coverage
        .iter()
        .map(|c| {
            serde_json::json!({
                "scenario": c.scenario,
                "file": c.file,
                "reached": c.reached,
                "total": c.total,
                "unreached": c.unreached,
                "options_taken": c.options.map(|o| o.0),
                "options_total": c.options.map(|o| o.1),
                "states": c.states.map(|s| s.0),
                "capped": c.states.map(|s| s.1),
            })
        })
        .collect();
    let mut doc = serde_json::json!({
        "errors": errors,
        "warnings": warnings,
        "diagnostics": list,
        "coverage": coverage,
    });
    if let Some(cues) = cues {
        doc["cues"] = super::cues::json(cues);
    }
    crate::sanitize::json_safe(serde_json::to_string_pretty(&doc).unwrap_or_default())
}
