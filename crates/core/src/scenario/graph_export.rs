//! A scenario's conversation as a graph, for Graphviz (`dot`) or Mermaid: nodes by kind,
//! options labelled with the red flags they meet, endings marked by outcome.

use std::fmt::Write as _;

use super::model::{Node, Scenario};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GraphFormat {
    Dot,
    Mermaid,
    /// Mermaid inside a fenced block, ready to be a Markdown file of its own.
    Markdown,
}

/// The state-flag conditions of a node or option, as text: `if a & b, unless c`; empty when
/// it has none.
fn conditions(requires: &[String], unless: &[String]) -> String {
    let mut parts = Vec::new();
    if !requires.is_empty() {
        parts.push(format!("if {}", requires.join(" & ")));
    }
    if !unless.is_empty() {
        parts.push(format!("unless {}", unless.join(" | ")));
    }
    parts.join(", ")
}

/// Whether a node is shown only in some states.
fn conditional(node: &Node) -> bool {
    match node {
        Node::Message {
            requires, unless, ..
        }
        | Node::Event {
            requires, unless, ..
        }
        | Node::Narration {
            requires, unless, ..
        } => !requires.is_empty() || !unless.is_empty(),
        _ => false,
    }
}

/// One edge: from, to, label.
fn edges(scn: &Scenario) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    let n = scn.nodes.len();
    for (i, node) in scn.nodes.iter().enumerate() {
        let from = node.id().to_string();
        // Nodes that flow on: their `next`, else the node written after them.
        if node.flows_on() {
            let to = node
                .explicit_next()
                .map(str::to_string)
                .or_else(|| (i + 1 < n).then(|| scn.nodes[i + 1].id().to_string()));
            if let Some(to) = to {
                out.push((from, to, String::new()));
            }
            continue;
        }
        match node {
            Node::Choice { options, .. } => {
                for o in options {
                    let flags: Vec<String> = o
                        .assess
                        .iter()
                        .map(|(f, a)| format!("{f}: {}", a.as_str()))
                        .collect();
                    let mut label = o.id.clone();
                    if !flags.is_empty() {
                        label.push_str(&format!(" [{}]", flags.join(", ")));
                    }
                    if !o.sets.is_empty() {
                        label.push_str(&format!(" +{}", o.sets.join(" +")));
                    }
                    let cond = conditions(&o.requires, &o.unless);
                    if !cond.is_empty() {
                        label.push_str(&format!(" ({cond})"));
                    }
                    out.push((from.clone(), o.goto.clone(), label));
                }
            }
            Node::Random { goto, .. } => {
                for g in goto {
                    out.push((from.clone(), g.clone(), "random".into()));
                }
            }
            Node::Branch {
                if_set,
                then,
                otherwise,
                ..
            } => {
                out.push((
                    from.clone(),
                    then.clone(),
                    format!("if {}", if_set.join(" & ")),
                ));
                out.push((from, otherwise.clone(), "else".into()));
            }
            // Endings lead nowhere; nodes that flow on were handled above.
            _ => {}
        }
    }
    out
}

/// A node's label, as lines of plain text (never markup).
fn node_label(node: &Node) -> [String; 2] {
    let with = |base: String, requires: &[String], unless: &[String]| {
        let cond = conditions(requires, unless);
        if cond.is_empty() {
            base
        } else {
            format!("{base} ({cond})")
        }
    };
    let second = match node {
        Node::Message {
            from,
            requires,
            unless,
            ..
        } => with(from.clone(), requires, unless),
        Node::Switch { to, .. } => format!("→ {to}"),
        Node::Event {
            requires, unless, ..
        } => with("(event)".into(), requires, unless),
        Node::Narration {
            requires, unless, ..
        } => with("(narration)".into(), requires, unless),
        Node::Choice { .. } => "(choice)".into(),
        Node::Random { .. } => "(random)".into(),
        Node::Branch { .. } => "(branch)".into(),
        Node::Ending { outcome, .. } => format!("END: {}", outcome.as_str()),
    };
    [node.id().to_string(), second]
}

/// Text for a quoted Graphviz string: control characters, escape sequences and bidi
/// controls shown as visible escapes, then backslashes and quotes escaped.
fn dot_text(s: &str) -> String {
    crate::sanitize::escape_visible(s)
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
}

/// Text for a quoted Mermaid label: visible escapes, then every character that could end
/// the string or start markup written as a Mermaid entity code.
fn mermaid_text(s: &str) -> String {
    let mut out = String::new();
    for c in crate::sanitize::escape_visible(s).chars() {
        match c {
            '"' => out.push_str("#quot;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '#' => out.push_str("#35;"),
            '&' => out.push_str("#amp;"),
            '|' => out.push_str("#124;"),
            c => out.push(c),
        }
    }
    out
}

/// The graph in the chosen format. Ids are the scenario's own, so the output is stable.
pub fn render(scn: &Scenario, format: GraphFormat) -> String {
    let mut out = String::new();
    match format {
        GraphFormat::Dot => {
            let _ = writeln!(out, "digraph \"{}\" {{", dot_text(&scn.id));
            let _ = writeln!(out, "  rankdir=TB;\n  node [fontname=\"sans-serif\"];");
            for node in &scn.nodes {
                let (shape, extra) = match node {
                    Node::Choice { .. } => ("diamond", ""),
                    Node::Ending { outcome, .. } if outcome.is_good() => {
                        ("doublecircle", ", style=filled, fillcolor=\"#c8f0c8\"")
                    }
                    Node::Ending { .. } => {
                        ("doublecircle", ", style=filled, fillcolor=\"#f0c8c8\"")
                    }
                    Node::Switch { .. } => ("cds", ""),
                    Node::Event { .. } => ("note", ""),
                    Node::Narration { .. } => ("plaintext", ""),
                    Node::Random { .. } | Node::Branch { .. } => ("hexagon", ""),
                    Node::Message { .. } => ("box", ""),
                };
                let [a, b] = node_label(node);
                let dashed = if conditional(node) {
                    ", style=dashed"
                } else {
                    ""
                };
                let _ = writeln!(
                    out,
                    "  \"{}\" [shape={shape}, label=\"{}\\n{}\"{extra}{dashed}];",
                    dot_text(node.id()),
                    dot_text(&a),
                    dot_text(&b)
                );
            }
            for (from, to, label) in edges(scn) {
                if label.is_empty() {
                    let _ = writeln!(out, "  \"{}\" -> \"{}\";", dot_text(&from), dot_text(&to));
                } else {
                    let _ = writeln!(
                        out,
                        "  \"{}\" -> \"{}\" [label=\"{}\"];",
                        dot_text(&from),
                        dot_text(&to),
                        dot_text(&label)
                    );
                }
            }
            out.push_str("}\n");
        }
        GraphFormat::Markdown => {
            out.push_str("```mermaid\n");
            out.push_str(&render(scn, GraphFormat::Mermaid));
            out.push_str("```\n");
        }
        GraphFormat::Mermaid => {
            out.push_str("flowchart TD\n");
            // Mermaid ids are made by the program (n0, n1, …), never taken from the file;
            // a target that names no node gets its own (x0, x1, …).
            let mut ids: std::collections::BTreeMap<String, String> = scn
                .nodes
                .iter()
                .enumerate()
                .map(|(i, n)| (n.id().to_string(), format!("n{i}")))
                .collect();
            let mut missing: Vec<String> = Vec::new();
            for (_, to, _) in edges(scn) {
                if !ids.contains_key(&to) {
                    ids.insert(to.clone(), format!("x{}", missing.len()));
                    missing.push(to);
                }
            }
            let mid = |id: &str| ids.get(id).cloned().unwrap_or_default();
            let mm = mermaid_text;
            for node in &scn.nodes {
                let [a, b] = node_label(node);
                let label = format!("{}<br/>{}", mm(&a), mm(&b));
                let shape = match node {
                    Node::Choice { .. } => format!("{{\"{label}\"}}"),
                    Node::Ending { .. } => format!("((\"{label}\"))"),
                    Node::Random { .. } | Node::Branch { .. } => format!("{{{{\"{label}\"}}}}"),
                    Node::Switch { .. } => format!(">\"{label}\"]"),
                    _ => format!("[\"{label}\"]"),
                };
                let _ = writeln!(out, "  {}{shape}", mid(node.id()));
            }
            for m in &missing {
                let _ = writeln!(out, "  {}[\"{}\"]", mid(m), mm(m));
            }
            for (from, to, label) in edges(scn) {
                if label.is_empty() {
                    let _ = writeln!(out, "  {} --> {}", mid(&from), mid(&to));
                } else {
                    let _ = writeln!(out, "  {} -->|\"{}\"| {}", mid(&from), mm(&label), mid(&to));
                }
            }
            for node in &scn.nodes {
                if let Node::Ending { outcome, .. } = node {
                    let class = if outcome.is_good() { "good" } else { "bad" };
                    let _ = writeln!(out, "  class {} {class}", mid(node.id()));
                } else if conditional(node) {
                    let _ = writeln!(out, "  class {} cond", mid(node.id()));
                }
            }
            out.push_str("  classDef good fill:#c8f0c8\n  classDef bad fill:#f0c8c8\n");
            out.push_str("  classDef cond stroke-dasharray:5 5\n");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::load::parse_ron;

    const SCN: &str = r#"Scenario(id: "g", perspective: freelancer, cast: ["x"], channels: ["upwork"],
        nodes: [
            Message(id: "hi", from: "x"),
            Choice(id: "c", options: [
                (id: "yes", goto: "bad", assess: { "remote-access": missed }),
                (id: "no", goto: "good", assess: { "remote-access": spotted }, sets: ["refused"]),
            ]),
            Ending(id: "bad", outcome: compromised),
            Ending(id: "good", outcome: reported),
        ])"#;

    #[test]
    fn dot_has_every_node_edge_and_flag_label() {
        let scn = parse_ron::<Scenario>("g.ron", SCN).unwrap();
        let dot = render(&scn, GraphFormat::Dot);
        assert!(dot.starts_with("digraph \"g\" {"));
        assert!(dot.contains("\"hi\" -> \"c\";"));
        assert!(dot.contains("\"c\" -> \"bad\" [label=\"yes [remote-access: missed]\"];"));
        assert!(dot.contains("+refused"));
        assert!(dot.contains("END: compromised"));
        assert!(dot.contains("fillcolor=\"#c8f0c8\""));
    }

    /// Ids as a hostile pack could write them, bypassing validation (graph FILE refuses
    /// such files, but rendering must be safe on its own).
    const HOSTILE: &str = "Scenario(id: \"g\\n  click n0 \\\"javascript:alert(1)\\\"\", perspective: freelancer, cast: [\"x\"], channels: [\"upwork\"],\n        nodes: [\n            Message(id: \"a\\\"]\\n  evil[\\\"\\u{1b}]52;c;eA==\\u{7}\", from: \"x\\u{202e}\"),\n            Choice(id: \"c|x\", options: [\n                (id: \"o\", goto: \"nowhere\\\"\\n\", sets: [\"s\\u{9b}31m\"]),\n                (id: \"p\", goto: \"e\"),\n            ]),\n            Ending(id: \"e\", outcome: safe),\n        ])";

    /// A strict reading of the Mermaid this module writes: every line is a header, a node,
    /// an edge, a class or a classDef, with ids it made and labels in quotes that cannot end
    /// early.
    fn strict_mermaid(m: &str) -> Result<(), String> {
        let id = |s: &str| {
            let mut c = s.chars();
            matches!(c.next(), Some('n' | 'x')) && c.all(|c| c.is_ascii_digit()) && s.len() > 1
        };
        let label = |s: &str| {
            s.len() >= 2
                && s.starts_with('"')
                && s.ends_with('"')
                && !s[1..s.len() - 1].contains('"')
        };
        for line in m.lines() {
            let l = line.trim();
            if l == "flowchart TD" || l.starts_with("classDef ") {
                continue;
            }
            if let Some(rest) = l.strip_prefix("class ") {
                let (a, b) = rest.split_once(' ').ok_or(line)?;
                if id(a) && (b == "good" || b == "bad" || b == "cond") {
                    continue;
                }
                return Err(line.into());
            }
            if let Some((a, rest)) = l.split_once(" -->") {
                let rest = rest.trim();
                let to = if let Some(r) = rest.strip_prefix('|') {
                    let (lab, to) = r.rsplit_once("| ").ok_or(line)?;
                    if !label(lab) {
                        return Err(line.into());
                    }
                    to
                } else {
                    rest
                };
                if id(a) && id(to) {
                    continue;
                }
                return Err(line.into());
            }
            let n = l.find(|c: char| !c.is_ascii_alphanumeric()).ok_or(line)?;
            let (a, shape) = l.split_at(n);
            let inner = shape
                .trim_start_matches(['[', '{', '(', '>'])
                .trim_end_matches([']', '}', ')']);
            if id(a) && label(inner) {
                continue;
            }
            return Err(line.into());
        }
        Ok(())
    }

    #[test]
    fn hostile_ids_cannot_break_out_of_either_format() {
        let scn = parse_ron::<Scenario>("g.ron", HOSTILE).unwrap();
        for f in [GraphFormat::Dot, GraphFormat::Mermaid] {
            let out = render(&scn, f);
            assert!(
                !out.chars().any(
                    |c| (c.is_control() && c != '\n') || ('\u{202a}'..='\u{202e}').contains(&c)
                ),
                "{f:?}: {out:?}"
            );
        }
        let m = render(&scn, GraphFormat::Mermaid);
        strict_mermaid(&m).unwrap_or_else(|l| panic!("not strict Mermaid: {l:?}\n{m}"));
        assert!(
            !m.lines().any(|l| l.trim_start().starts_with("click")),
            "{m}"
        );
        // In DOT every line is a statement whose strings are closed on the line.
        let dot = render(&scn, GraphFormat::Dot);
        for line in dot.lines() {
            let unescaped = line.replace("\\\\", "").replace("\\\"", "");
            assert_eq!(unescaped.matches('"').count() % 2, 0, "{line}");
        }
    }

    /// Whether Graphviz reads `dot` without an error or a warning. `.ci/run` installs
    /// Graphviz; on a machine without it this says so and returns `None`, except in CI,
    /// where a missing Graphviz fails the test.
    fn graphviz_reads(dot: &str) -> Option<Result<(), String>> {
        use std::io::Write;
        use std::process::{Command, Stdio};
        let child = Command::new("dot")
            .arg("-Tsvg")
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn();
        let mut child = match child {
            Ok(c) => c,
            Err(_) if std::env::var_os("CI").is_none() => {
                eprintln!("Graphviz (dot) is not installed: DOT output is not parsed here");
                return None;
            }
            Err(e) => panic!("CI installs Graphviz (.ci/run), but dot cannot run: {e}"),
        };
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(dot.as_bytes()).unwrap();
        drop(stdin);
        let out = child.wait_with_output().unwrap();
        Some(if out.status.success() && out.stderr.is_empty() {
            Ok(())
        } else {
            Err(String::from_utf8_lossy(&out.stderr).into_owned())
        })
    }

    #[test]
    fn graphviz_reads_the_hostile_graph_and_every_built_in_one() {
        let scn = parse_ron::<Scenario>("g.ron", HOSTILE).unwrap();
        let dot = render(&scn, GraphFormat::Dot);
        let Some(read) = graphviz_reads(&dot) else {
            return;
        };
        assert_eq!(read, Ok(()), "{dot}");
        let lib = crate::library::Library::load(&[]);
        assert!(lib.scenarios.len() > 20);
        for s in &lib.scenarios {
            let dot = render(s.scenario(), GraphFormat::Dot);
            assert_eq!(graphviz_reads(&dot), Some(Ok(())), "{}", s.head.id);
        }
    }

    #[test]
    fn conditions_show_on_options_and_nodes_and_markdown_is_fenced() {
        let text = r#"Scenario(id: "c", perspective: freelancer, cast: ["x"], channels: ["upwork"],
            nodes: [
                Choice(id: "q", options: [
                    (id: "a", goto: "m", sets: ["asked"]),
                    (id: "b", goto: "m", requires: ["asked"], unless: ["paid"]),
                ]),
                Message(id: "m", from: "x", requires: ["asked"]),
                Ending(id: "e", outcome: safe),
            ])"#;
        let scn: Scenario = crate::scenario::load::parse_ron("c.ron", text).unwrap();
        let dot = render(&scn, GraphFormat::Dot);
        assert!(dot.contains("b (if asked, unless paid)"), "{dot}");
        assert!(
            dot.contains("x (if asked)") && dot.contains("style=dashed"),
            "{dot}"
        );
        let md = render(&scn, GraphFormat::Markdown);
        assert!(
            md.starts_with("```mermaid\nflowchart TD\n") && md.ends_with("```\n"),
            "{md}"
        );
        assert!(md.contains("class n1 cond"), "{md}");
        strict_mermaid(&render(&scn, GraphFormat::Mermaid)).unwrap();
    }

    #[test]
    fn mermaid_uses_safe_ids_and_marks_endings() {
        let scn = parse_ron::<Scenario>("g.ron", SCN).unwrap();
        let m = render(&scn, GraphFormat::Mermaid);
        assert!(m.starts_with("flowchart TD\n"));
        assert!(m.contains("n0 --> n1"));
        assert!(m.contains("n1 -->|\"no [remote-access: spotted] +refused\"| n3"));
        assert!(m.contains("class n2 bad"));
        assert!(m.contains("class n3 good"));
    }
}
