//! Which language to speak: from `--lang`, else the environment, negotiated against the
//! locales present.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

/// The source language, complete by definition; everything falls back to it.
pub const SOURCE: &str = "en";

/// The language the environment asks for: LC_ALL, then LC_MESSAGES, then LANG.
/// `C` and `POSIX` mean English. `None` when none is set.
pub fn from_env(get: impl Fn(&str) -> Option<String>) -> Option<String> {
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(v) = get(var).filter(|v| !v.trim().is_empty()) {
            return Some(posix_to_bcp47(&v));
        }
    }
    None
}

/// The language asked for: `flag` (`--lang`), else the environment (see [`from_env`]),
/// else the system's setting, asked only then; each in the environment's form or BCP 47.
pub fn requested(
    flag: Option<&str>,
    env: impl Fn(&str) -> Option<String>,
    system: impl FnOnce() -> Option<String>,
) -> Option<String> {
    // `--lang pl_PL.UTF-8` is taken as the environment's form is: `pl-PL`.
    flag.map(posix_to_bcp47)
        .or_else(|| from_env(env))
        .or_else(|| {
            system()
                .filter(|s| !s.trim().is_empty())
                .map(|s| posix_to_bcp47(&s))
        })
}

/// `de_DE.UTF-8@euro` becomes `de-DE`; `C` and `POSIX` become `en`.
pub fn posix_to_bcp47(v: &str) -> String {
    let base = v.split(['.', '@']).next().unwrap_or(v).trim();
    if base.is_empty() || base == "C" || base == "POSIX" {
        return SOURCE.to_string();
    }
    base.replace('_', "-")
}

/// Whether the environment's character set is UTF-8 (for ASCII fallbacks in the UI).
pub fn env_is_utf8(get: impl Fn(&str) -> Option<String>) -> bool {
    for var in ["LC_ALL", "LC_CTYPE", "LANG"] {
        if let Some(v) = get(var).filter(|v| !v.trim().is_empty()) {
            let v = v.to_ascii_lowercase();
            return v.contains("utf-8") || v.contains("utf8");
        }
    }
    false
}

/// The fallback chain for `requested` among `available` tags (bare folder names):
/// the best matches first, English last.
pub fn negotiate(requested: &str, available: &[String]) -> Vec<String> {
    let req: Vec<LanguageIdentifier> = requested.parse().ok().into_iter().collect();
    let avail: Vec<LanguageIdentifier> = available.iter().filter_map(|a| a.parse().ok()).collect();
    let default: LanguageIdentifier = SOURCE.parse().expect("en is a valid tag");
    let chosen = negotiate_languages(&req, &avail, Some(&default), NegotiationStrategy::Filtering);
    let mut chain: Vec<String> = Vec::new();
    for lid in chosen {
        // Map back to the folder's own spelling.
        let tag = lid.to_string();
        if let Some(orig) = available.iter().find(|a| a.eq_ignore_ascii_case(&tag))
            && !chain.contains(orig)
        {
            chain.push(orig.clone());
        }
    }
    if !chain.iter().any(|c| c == SOURCE) {
        chain.push(SOURCE.to_string());
    }
    chain
}

/// The language a web page opens in: `?lang=` in its address when given (any tag the
/// terminal's `--lang` takes, pseudo-locales too); else the first of the browser's languages
/// (`navigator.languages`, most preferred first) that `available` has, negotiated as for
/// the terminal; else English. A page never opens on the picker: its switcher is one key away.
pub fn for_page(query: Option<&str>, browser: &[String], available: &[String]) -> String {
    if let Some(q) = query.map(str::trim).filter(|q| !q.is_empty()) {
        return posix_to_bcp47(q);
    }
    for b in browser {
        let Ok(asked) = b.parse::<LanguageIdentifier>() else {
            continue;
        };
        let best = negotiate(b, available).remove(0);
        // English is everyone's fallback: it counts only when the browser asked for it.
        if best != SOURCE || asked.language.as_str() == SOURCE {
            return best;
        }
    }
    SOURCE.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_takes_its_address_then_the_browser_then_english() {
        let avail: Vec<String> = ["en", "de", "uk", "vi"].map(String::from).to_vec();
        let b = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(for_page(Some("de"), &b(&["uk"]), &avail), "de");
        assert_eq!(for_page(Some("en-XA"), &[], &avail), "en-XA");
        assert_eq!(for_page(None, &b(&["fr-FR", "uk-UA", "de"]), &avail), "uk");
        assert_eq!(for_page(None, &b(&["de-AT"]), &avail), "de");
        assert_eq!(for_page(None, &b(&["en-GB", "de"]), &avail), "en");
        assert_eq!(
            for_page(None, &b(&["fr", "es", "not a tag!"]), &avail),
            "en"
        );
        assert_eq!(for_page(Some("  "), &[], &avail), "en");
    }

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |k| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone())
    }

    #[test]
    fn the_system_language_counts_only_when_nothing_else_says() {
        let pl = || Some("pl-PL".to_string());
        // A Polish Windows laptop with no LANG opens in Polish.
        assert_eq!(requested(None, env(&[]), pl), Some("pl-PL".into()));
        // The environment and --lang win; the system is not even asked then.
        let asked = |_: ()| -> Option<String> { panic!("the system was asked") };
        assert_eq!(
            requested(None, env(&[("LANG", "de_DE.UTF-8")]), || asked(())),
            Some("de-DE".into())
        );
        assert_eq!(
            requested(Some("uk_UA.UTF-8"), env(&[("LANG", "de_DE.UTF-8")]), || {
                asked(())
            }),
            Some("uk-UA".into())
        );
        // A system that says nothing (or something empty) leaves English to the caller.
        assert_eq!(requested(None, env(&[]), || None), None);
        assert_eq!(requested(None, env(&[]), || Some(" ".into())), None);
        assert_eq!(
            requested(None, env(&[]), || Some("vi_VN".into())),
            Some("vi-VN".into())
        );
    }

    #[test]
    fn environment_order_and_posix_names() {
        assert_eq!(
            from_env(env(&[("LANG", "de_DE.UTF-8")])),
            Some("de-DE".into())
        );
        assert_eq!(
            from_env(env(&[("LANG", "de_DE.UTF-8"), ("LC_ALL", "uk_UA.UTF-8")])),
            Some("uk-UA".into())
        );
        assert_eq!(from_env(env(&[("LC_MESSAGES", "C")])), Some("en".into()));
        assert_eq!(from_env(env(&[("LANG", "POSIX")])), Some("en".into()));
        assert_eq!(from_env(env(&[("LANG", "")])), None);
        assert_eq!(from_env(env(&[])), None);
    }

    #[test]
    fn negotiates_regional_tags_to_folders() {
        let avail = vec!["de".to_string(), "en".to_string()];
        assert_eq!(negotiate("de-AT", &avail), vec!["de", "en"]);
        assert_eq!(negotiate("fr", &avail), vec!["en"]);
        assert_eq!(negotiate("not a tag!", &avail), vec!["en"]);
    }

    #[test]
    fn charset_detection() {
        assert!(env_is_utf8(env(&[("LANG", "en_US.UTF-8")])));
        assert!(!env_is_utf8(env(&[("LANG", "C")])));
        assert!(!env_is_utf8(env(&[
            ("LC_ALL", "de_DE.ISO-8859-1"),
            ("LANG", "x.UTF-8")
        ])));
    }
}
