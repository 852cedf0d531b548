//! A scenario's conversation as a graph, for Graphviz (`dot`) or Mermaid: nodes by kind,
//! options labelled with the red flags they meet, endings marked by outcome.

use std::fmt::Write as _;

use super::model::{Node, Scenario};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GraphFormat {
    Dot,
    Mermaid,
}

/// One edge: from, to, label.
fn edges(scn: &Scenario) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    let n = scn.nodes.len();
    for (i, node) in scn.nodes.iter().enumerate() {
        let from = node.id().to_string();
        match node {
            Node::Message { next, .. } | Node::Switch { next, .. } | Node::Event { next, .. } => {
                let to = next
                    .clone()
                    .or_else(|| (i + 1 < n).then(|| scn.nodes[i + 1].id().to_string()));
                if let Some(to) = to {
                    out.push((from, to, String::new()));
                }
            }
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
            Node::Ending { .. } => {}
        }
    }
    out
}

fn node_label(node: &Node) -> String {
    match node {
        Node::Message { id, from, .. } => format!("{id}\\n{from}"),
        Node::Switch { id, to, .. } => format!("{id}\\n→ {to}"),
        Node::Event { id, .. } => format!("{id}\\n(event)"),
        Node::Choice { id, .. } => format!("{id}\\n(choice)"),
        Node::Random { id, .. } => format!("{id}\\n(random)"),
        Node::Branch { id, .. } => format!("{id}\\n(branch)"),
        Node::Ending { id, outcome } => format!("{id}\\nEND: {}", outcome.as_str()),
    }
}

fn quote(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace("\\\\n", "\\n")
}

/// The graph in the chosen format. Ids are the scenario's own, so the output is stable.
pub fn render(scn: &Scenario, format: GraphFormat) -> String {
    let mut out = String::new();
    match format {
        GraphFormat::Dot => {
            let _ = writeln!(out, "digraph \"{}\" {{", quote(&scn.id));
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
                    Node::Random { .. } | Node::Branch { .. } => ("hexagon", ""),
                    Node::Message { .. } => ("box", ""),
                };
                let _ = writeln!(
                    out,
                    "  \"{}\" [shape={shape}, label=\"{}\"{extra}];",
                    quote(node.id()),
                    quote(&node_label(node))
                );
            }
            for (from, to, label) in edges(scn) {
                if label.is_empty() {
                    let _ = writeln!(out, "  \"{}\" -> \"{}\";", quote(&from), quote(&to));
                } else {
                    let _ = writeln!(
                        out,
                        "  \"{}\" -> \"{}\" [label=\"{}\"];",
                        quote(&from),
                        quote(&to),
                        quote(&label)
                    );
                }
            }
            out.push_str("}\n");
        }
        GraphFormat::Mermaid => {
            out.push_str("flowchart TD\n");
            let mid = |id: &str| format!("n_{}", id.replace('-', "_"));
            let mm = |s: &str| s.replace('"', "'").replace("\\n", "<br/>");
            for node in &scn.nodes {
                let label = mm(&node_label(node));
                let shape = match node {
                    Node::Choice { .. } => format!("{{\"{label}\"}}"),
                    Node::Ending { .. } => format!("((\"{label}\"))"),
                    Node::Random { .. } | Node::Branch { .. } => format!("{{{{\"{label}\"}}}}"),
                    Node::Switch { .. } => format!(">\"{label}\"]"),
                    _ => format!("[\"{label}\"]"),
                };
                let _ = writeln!(out, "  {}{shape}", mid(node.id()));
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
                }
            }
            out.push_str("  classDef good fill:#c8f0c8\n  classDef bad fill:#f0c8c8\n");
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

    #[test]
    fn mermaid_uses_safe_ids_and_marks_endings() {
        let scn = parse_ron::<Scenario>("g.ron", SCN).unwrap();
        let m = render(&scn, GraphFormat::Mermaid);
        assert!(m.starts_with("flowchart TD\n"));
        assert!(m.contains("n_hi --> n_c"));
        assert!(m.contains("n_c -->|\"no [remote-access: spotted] +refused\"| n_good"));
        assert!(m.contains("class n_bad bad"));
        assert!(m.contains("class n_good good"));
    }
}
