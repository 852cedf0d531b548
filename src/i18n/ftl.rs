//! Reading `.ftl` files as text: which messages they define and which variables those use.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

/// The messages of an `.ftl` text (ignoring unparsable parts), each with the variables its
/// value uses, sorted and without duplicates.
pub fn messages_with_vars(text: &str) -> Vec<(String, Vec<String>)> {
    let res = match parser::parse(text) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    res.body
        .iter()
        .filter_map(|e| match e {
            Entry::Message(m) => {
                let mut vars = Vec::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut vars);
                }
                vars.sort();
                vars.dedup();
                Some((m.id.name.to_string(), vars))
            }
            _ => None,
        })
        .collect()
}

fn pattern_vars(p: &Pattern<&str>, out: &mut Vec<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expr_vars(expression, out);
        }
    }
}

fn expr_vars(e: &Expression<&str>, out: &mut Vec<String>) {
    match e {
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(i: &InlineExpression<&str>, out: &mut Vec<String>) {
    match i {
        InlineExpression::VariableReference { id } => out.push(id.name.to_string()),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for n in &arguments.named {
                inline_vars(&n.value, out);
            }
        }
        InlineExpression::Placeable { expression } => expr_vars(expression, out),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_variables_in_selectors_and_functions() {
        let text = "a = Hi { $name }\nb = { $n ->\n    [one] one { $x }\n   *[other] { NUMBER($n) }\n}\nc = plain\n";
        let m = messages_with_vars(text);
        assert_eq!(
            m,
            vec![
                ("a".to_string(), vec!["name".to_string()]),
                ("b".to_string(), vec!["n".to_string(), "x".to_string()]),
                ("c".to_string(), vec![]),
            ]
        );
    }
}
