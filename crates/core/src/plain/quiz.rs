//! The before/after check and booster rounds in plain mode: each item as a line of chat,
//! then the verdict (`1) Scam`, `2) Legitimate`) and the confidence (`1)` to `5)`), with the
//! same numbered options and `> ` prompt as `play`.

use std::io::{self, BufRead, Write};

use super::ask;
use crate::i18n::{ArgValue, Localizer, args};
use crate::quiz::{Item, Stage, words};
use crate::results::Answer;

/// Asks every item. Returns the answers, or `None` when the player quit before the end
/// (a partial round is not recorded).
pub fn run(
    loc: &Localizer,
    items: &[Item],
    stage: Stage,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> io::Result<Option<Vec<Answer>>> {
    let n = items.len();
    writeln!(
        out,
        "{}",
        loc.fmt(
            &format!("quiz-heading-{}", stage.as_str()),
            &args([("count", ArgValue::from(n))])
        )
    )?;
    writeln!(out, "{}", loc.text("quiz-intro"))?;
    let mut answers = Vec::with_capacity(n);
    for (i, item) in items.iter().enumerate() {
        let w = words(loc, item);
        writeln!(out)?;
        writeln!(
            out,
            "{}",
            loc.fmt(
                "quiz-item",
                &args([
                    ("index", ArgValue::from(i + 1)),
                    ("count", ArgValue::from(n)),
                    ("channel", w.channel.as_str().into()),
                    ("name", w.from.as_str().into()),
                ])
            )
        )?;
        for l in w.text.lines() {
            writeln!(out, "  {l}")?;
        }
        writeln!(out, "{}", loc.text("quiz-verdict-question"))?;
        writeln!(out, "1) {}", loc.text("quiz-verdict-scam"))?;
        writeln!(out, "2) {}", loc.text("quiz-verdict-legitimate"))?;
        let Some(v) = ask(input, out, loc, 2)? else {
            return Ok(None);
        };
        writeln!(out, "{}", loc.text("quiz-confidence-question"))?;
        for c in 1..=5u8 {
            writeln!(out, "{c}) {}", loc.text(&format!("quiz-confidence-{c}")))?;
        }
        let Some(c) = ask(input, out, loc, 5)? else {
            return Ok(None);
        };
        let a = crate::results::Answer::to(item, v == 0, c as u8 + 1);
        if stage == Stage::Booster {
            let verdict = if a.correct() {
                "quiz-feedback-right"
            } else {
                "quiz-feedback-wrong"
            };
            let truth = if item.scam {
                "quiz-verdict-scam"
            } else {
                "quiz-verdict-legitimate"
            };
            writeln!(
                out,
                "{}",
                loc.fmt(
                    verdict,
                    &args([
                        ("answer", loc.text(truth).into()),
                        ("why", w.why.as_str().into())
                    ])
                )
            )?;
        }
        answers.push(a);
    }
    let right = answers.iter().filter(|a| a.correct()).count();
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        loc.fmt(
            "quiz-done",
            &args([
                ("right", ArgValue::from(right)),
                ("count", ArgValue::from(n))
            ])
        )
    )?;
    Ok(Some(answers))
}
