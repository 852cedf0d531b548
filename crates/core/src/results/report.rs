//! The summary as tables, in words from Fluent, rendered as text, CSV or Markdown.
//! Used by `redflag results`, `redflag workshop summary` and the terminal UI.

use unicode_width::UnicodeWidthStr;

use super::stats::{Discernment, Score, StageStats, Summary};
use crate::i18n::{Localizer, args};
use crate::sanitize::clean_line;

/// One cell: its words for people, and its value for tools (CSV).
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub text: String,
    pub raw: String,
}

impl Cell {
    fn text(s: String) -> Cell {
        Cell {
            raw: s.clone(),
            text: s,
        }
    }
    fn count(n: u32) -> Cell {
        Cell::text(n.to_string())
    }
    /// A rate 0..1 shown as a percentage; raw as a fraction with three decimals.
    fn rate(r: Option<f64>) -> Cell {
        match r {
            Some(r) => Cell {
                text: format!("{:.0}%", r * 100.0),
                raw: format!("{r:.3}"),
            },
            None => Cell::none(),
        }
    }
    /// Percent (already ×100) or percentage points, one decimal; `signed` shows a `+`.
    fn points(p: Option<f64>, signed: bool) -> Cell {
        match p {
            Some(p) => {
                let t = if signed {
                    format!("{p:+.1}")
                } else {
                    format!("{p:.1}")
                };
                Cell {
                    raw: format!("{p:.2}"),
                    text: t,
                }
            }
            None => Cell::none(),
        }
    }
    /// A measure such as d′, two decimals; `signed` shows a `+`.
    fn decimal(v: Option<f64>, signed: bool) -> Cell {
        match v {
            Some(v) => Cell {
                text: if signed {
                    format!("{v:+.2}")
                } else {
                    format!("{v:.2}")
                },
                raw: format!("{v:.3}"),
            },
            None => Cell::none(),
        }
    }
    fn score(s: Score) -> Cell {
        Cell::text(format!("{}/{}", s.points, s.max))
    }
    fn none() -> Cell {
        Cell {
            text: "–".into(),
            raw: String::new(),
        }
    }
}

/// A table: a machine id (CSV), a title, columns (machine id, words), rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub id: &'static str,
    pub title: String,
    pub columns: Vec<(&'static str, String)>,
    pub rows: Vec<Vec<Cell>>,
}

/// How to print the tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Text,
    Csv,
    Markdown,
}

fn flag_name(loc: &Localizer, id: &str) -> String {
    let key = format!("flag-{id}");
    if loc.has(&key) {
        loc.text(&key)
    } else {
        clean_line(id)
    }
}

fn scenario_name(loc: &Localizer, id: &str) -> String {
    let key = format!("{id}-title");
    if loc.has(&key) {
        format!("{} ({})", loc.text(&key), clean_line(id))
    } else {
        clean_line(id)
    }
}

/// The summary's tables. Empty parts are left out.
pub fn tables(s: &Summary, loc: &Localizer) -> Vec<Table> {
    let mut tables = tables_raw(s, loc);
    // Numbers on screen are written as the reader's language writes them (its decimal
    // separator, from CLDR); the raw values for CSV keep the dot.
    for t in &mut tables {
        for row in &mut t.rows {
            for c in row.iter_mut() {
                let numeric = c.text.chars().any(|ch| ch.is_ascii_digit())
                    && c.text
                        .chars()
                        .all(|ch| ch.is_ascii_digit() || ".+-%".contains(ch));
                if numeric && c.text.contains('.') {
                    let (sign, rest) = match c.text.strip_prefix('+') {
                        Some(r) => ("+", r),
                        None => ("", c.text.as_str()),
                    };
                    let (num, pct) = match rest.strip_suffix('%') {
                        Some(r) => (r, "%"),
                        None => (rest, ""),
                    };
                    let places = num.split_once('.').map_or(0, |(_, f)| f.len()).min(6) as u8;
                    if let Ok(v) = num.parse::<f64>() {
                        c.text = format!("{sign}{}{pct}", loc.decimal(v, places));
                    }
                }
            }
        }
    }
    tables
}

fn tables_raw(s: &Summary, loc: &Localizer) -> Vec<Table> {
    let col = |id: &'static str| (id, loc.text(&format!("results-col-{id}")));
    let mut out = vec![Table {
        id: "overview",
        title: loc.text("results-overview"),
        columns: vec![col("records"), col("participants")],
        rows: vec![vec![Cell::count(s.records), Cell::count(s.participants)]],
    }];
    if !s.flags.is_empty() {
        out.push(Table {
            id: "flags",
            title: loc.text("results-flags"),
            columns: vec![
                col("flag"),
                col("met"),
                col("spotted"),
                col("missed"),
                col("false_alarms"),
                col("spot_rate"),
            ],
            rows: s
                .flags
                .iter()
                .map(|f| {
                    vec![
                        Cell {
                            text: flag_name(loc, &f.flag),
                            raw: clean_line(&f.flag),
                        },
                        Cell::count(f.met),
                        Cell::count(f.spotted),
                        Cell::count(f.missed),
                        Cell::count(f.false_alarms),
                        Cell::rate(f.spot_rate()),
                    ]
                })
                .collect(),
        });
    }
    if !s.scenarios.is_empty() {
        out.push(Table {
            id: "scenarios",
            title: loc.text("results-scenarios"),
            columns: vec![
                col("scenario"),
                col("runs"),
                col("best"),
                col("last"),
                col("mean"),
                col("safe"),
            ],
            rows: s
                .scenarios
                .iter()
                .map(|st| {
                    vec![
                        Cell {
                            text: scenario_name(loc, &st.scenario),
                            raw: clean_line(&st.scenario),
                        },
                        Cell::count(st.runs),
                        Cell::score(st.best),
                        Cell::score(st.last),
                        Cell::rate(st.mean_share()),
                        Cell::count(st.safe_endings),
                    ]
                })
                .collect(),
        });
    }
    let disc_row = |id: &str, n: u32, d: &Discernment, st: Option<&StageStats>| {
        vec![
            Cell {
                text: loc.text(&format!("results-row-{id}")),
                raw: id.to_string(),
            },
            Cell::count(n),
            Cell::rate(d.hit_rate()),
            Cell::rate(d.false_alarm_rate()),
            Cell::points(d.score(), true),
            Cell::decimal(d.d_prime(), false),
            Cell::decimal(d.bias(), true),
            Cell::decimal(st.and_then(StageStats::auc), false),
            Cell::points(st.and_then(StageStats::accuracy), false),
            Cell::points(st.and_then(StageStats::certainty), false),
            Cell::points(st.and_then(StageStats::calibration_gap), true),
        ]
    };
    let mut rows = Vec::new();
    if s.play.scams + s.play.honest > 0 {
        rows.push(disc_row(
            "play",
            s.play.scams + s.play.honest,
            &s.play,
            None,
        ));
    }
    for (id, st) in [
        ("before", &s.before),
        ("after", &s.after),
        ("booster", &s.booster),
    ] {
        if st.answers > 0 {
            rows.push(disc_row(id, st.answers, &st.discernment, Some(st)));
        }
    }
    let (dd, dc) = s.change();
    if dd.is_some() || dc.is_some() {
        let mut change = vec![
            Cell {
                text: loc.text("results-row-change"),
                raw: "change".into(),
            },
            Cell::none(),
            Cell::none(),
            Cell::none(),
            Cell::points(dd, true),
        ];
        let both =
            |f: fn(&StageStats) -> Option<f64>| f(&s.after).zip(f(&s.before)).map(|(a, b)| a - b);
        change.extend([
            Cell::decimal(both(|st| st.discernment.d_prime()), true),
            Cell::decimal(both(|st| st.discernment.bias()), true),
            Cell::decimal(both(StageStats::auc), true),
        ]);
        let acc = s
            .after
            .accuracy()
            .zip(s.before.accuracy())
            .map(|(a, b)| a - b);
        let cer = s
            .after
            .certainty()
            .zip(s.before.certainty())
            .map(|(a, b)| a - b);
        change.extend([
            Cell::points(acc, true),
            Cell::points(cer, true),
            Cell::points(dc, true),
        ]);
        rows.push(change);
    }
    if !rows.is_empty() {
        out.push(Table {
            id: "discernment",
            title: loc.text("results-discernment"),
            columns: vec![
                col("measure"),
                col("n"),
                col("hit_rate"),
                col("false_alarm_rate"),
                col("discernment"),
                col("d_prime"),
                col("bias"),
                col("auc"),
                col("right"),
                col("certainty"),
                col("calibration_gap"),
            ],
            rows,
        });
    }
    if !s.people.is_empty() {
        let pair = |p: &super::stats::PersonStats, f: fn(&StageStats) -> Option<f64>| {
            [
                Cell::decimal(f(&p.before), false),
                Cell::decimal(f(&p.after), false),
            ]
        };
        out.push(Table {
            id: "participants",
            title: loc.text("results-participants"),
            columns: vec![
                col("participant"),
                col("d_prime_before"),
                col("d_prime_after"),
                col("bias_before"),
                col("bias_after"),
                col("auc_before"),
                col("auc_after"),
            ],
            rows: s
                .people
                .iter()
                .map(|p| {
                    let mut row = vec![Cell::text(clean_line(&p.participant))];
                    row.extend(pair(p, |st| st.discernment.d_prime()));
                    row.extend(pair(p, |st| st.discernment.bias()));
                    row.extend(pair(p, StageStats::auc));
                    row
                })
                .collect(),
        });
    }
    out
}

/// Renders tables. Text and Markdown have a heading per table and a note explaining the
/// measures; CSV is one long table (`table,row,column,value`) with a header row.
pub fn render(tables: &[Table], style: Style, loc: &Localizer) -> String {
    match style {
        Style::Csv => {
            let mut w = csv::Writer::from_writer(Vec::new());
            let _ = w.write_record(["table", "row", "column", "value"]);
            for t in tables {
                // The overview has no key column: every cell is a value.
                let keyed = t.id != "overview";
                for row in &t.rows {
                    let key = match row.first() {
                        Some(c) if keyed => c.raw.as_str(),
                        _ => "",
                    };
                    let skip = usize::from(keyed);
                    for (c, (id, _)) in row.iter().zip(&t.columns).skip(skip) {
                        let _ = w.write_record([t.id, key, id, c.raw.as_str()]);
                    }
                }
            }
            w.into_inner()
                .ok()
                .and_then(|b| String::from_utf8(b).ok())
                .unwrap_or_default()
        }
        Style::Text | Style::Markdown => {
            let md = style == Style::Markdown;
            let mut out = String::new();
            for t in tables {
                if md {
                    out.push_str(&format!("## {}\n\n", t.title));
                } else {
                    out.push_str(&format!("{}\n", t.title));
                }
                let mut widths: Vec<usize> = t.columns.iter().map(|(_, w)| w.width()).collect();
                for row in &t.rows {
                    for (i, c) in row.iter().enumerate() {
                        if let Some(w) = widths.get_mut(i) {
                            *w = (*w).max(c.text.width());
                        }
                    }
                }
                let line = |cells: Vec<&str>| -> String {
                    let padded: Vec<String> = cells
                        .iter()
                        .zip(&widths)
                        .enumerate()
                        .map(|(i, (c, w))| {
                            let pad = w.saturating_sub(c.width());
                            // Names left, numbers right.
                            if i == 0 && t.id != "overview" {
                                format!("{c}{}", " ".repeat(pad))
                            } else {
                                format!("{}{c}", " ".repeat(pad))
                            }
                        })
                        .collect();
                    if md {
                        format!("| {} |\n", padded.join(" | "))
                    } else {
                        format!("  {}\n", padded.join("  ").trim_end())
                    }
                };
                out.push_str(&line(t.columns.iter().map(|(_, w)| w.as_str()).collect()));
                if md {
                    let seps: Vec<String> = widths
                        .iter()
                        .enumerate()
                        .map(|(i, w)| {
                            let dashes = "-".repeat((*w).max(3));
                            if i == 0 {
                                dashes
                            } else {
                                format!("{}:", &dashes[1..])
                            }
                        })
                        .collect();
                    out.push_str(&format!("| {} |\n", seps.join(" | ")));
                }
                for row in &t.rows {
                    let cells: Vec<&str> = row.iter().map(|c| c.text.as_str()).collect();
                    if md {
                        let escaped: Vec<String> =
                            cells.iter().map(|c| c.replace('|', "\\|")).collect();
                        out.push_str(&line(escaped.iter().map(String::as_str).collect()));
                    } else {
                        out.push_str(&line(cells));
                    }
                }
                out.push('\n');
            }
            if tables.iter().any(|t| t.id == "discernment") {
                let note = loc.fmt("results-note", &args([]));
                for l in note.lines() {
                    out.push_str(l);
                    out.push('\n');
                }
            }
            out
        }
    }
}
