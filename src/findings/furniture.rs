//! Site furniture: lines that belong to the web page around a story, not to the story
//! ("Scroll to Top", "Table of Contents", "Also Read: …", share and subscribe prompts).
//!
//! The rules, on the sentence's [comparison key](crate::normalize::key):
//!
//! * a line standing alone (its own paragraph, or a sentence without final punctuation of at
//!   most [`SHORT`] words) whose key is one of [`LINES`] (the whole key);
//! * a sentence that starts with one of [`LEADS`] followed by a colon ("Also Read: …",
//!   "Watch: …"), however long;
//! * a standing-alone line of at most [`SHORT`] words that starts with one of [`PROMPTS`]
//!   ("Subscribe to our newsletter", "Follow us on X", "Click here to …").
//!
//! Headings of the story itself ("Details of the Talks", "Hostage Situation") match none of
//! these and stay in.

/// What kind of furniture a line is, for the reader.
pub(crate) fn classify(sentence: &str, alone: bool, key: &str) -> Option<&'static str> {
    let words = key.split(' ').filter(|w| !w.is_empty()).count();
    let trimmed = sentence.trim();
    let unpunctuated = !trimmed.ends_with(['.', '!', '?', '"', '”', '’']);
    let standing = alone || (unpunctuated && words <= SHORT);
    if standing && let Some((_, label)) = LINES.iter().find(|(line, _)| *line == key) {
        return Some(label);
    }
    if let Some((lead, label)) = LEADS.iter().find(|(lead, _)| key.starts_with(lead)) {
        // The lead must be followed by a colon in the printed text: "Watch: …", not "Watch
        // the skies". Its words are counted, not its bytes: "Don’t" is longer than "dont".
        let rest = after_words(trimmed, lead.split(' ').count());
        if rest.starts_with([':', '|', '–', '—']) {
            return Some(label);
        }
    }
    if standing
        && words <= SHORT
        && let Some((_, label)) = PROMPTS
            .iter()
            .find(|(p, _)| key.starts_with(p) && key[p.len()..].starts_with(' '))
    {
        return Some(label);
    }
    None
}

/// What follows the first `n` words of a printed line.
fn after_words(text: &str, n: usize) -> &str {
    let mut rest = text;
    for _ in 0..n {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '-');
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .unwrap_or(rest.len());
        rest = &rest[end..];
    }
    rest.trim_start()
}

/// Longest prompt line, in words.
const SHORT: usize = 12;

/// Whole lines: (key, label).
const LINES: &[(&str, &str)] = &[
    ("scroll to top", "navigation"),
    ("back to top", "navigation"),
    ("go to top", "navigation"),
    ("table of contents", "navigation"),
    ("contents", "navigation"),
    ("skip to content", "navigation"),
    ("skip to main content", "navigation"),
    ("menu", "navigation"),
    ("home", "navigation"),
    ("next article", "navigation"),
    ("previous article", "navigation"),
    ("advertisement", "advertising"),
    ("advertisements", "advertising"),
    ("sponsored", "advertising"),
    ("sponsored content", "advertising"),
    ("story continues below advertisement", "advertising"),
    ("share", "share prompt"),
    ("share this", "share prompt"),
    ("share this article", "share prompt"),
    ("share this story", "share prompt"),
    ("share on facebook", "share prompt"),
    ("share on twitter", "share prompt"),
    ("share on x", "share prompt"),
    ("share via email", "share prompt"),
    ("tweet", "share prompt"),
    ("print", "share prompt"),
    ("email", "share prompt"),
    ("copy link", "share prompt"),
    ("comments", "comments"),
    ("leave a comment", "comments"),
    ("leave a reply", "comments"),
    ("subscribe", "subscribe prompt"),
    ("subscribe now", "subscribe prompt"),
    ("sign up", "subscribe prompt"),
    ("log in", "subscribe prompt"),
    ("sign in", "subscribe prompt"),
    ("related", "related links"),
    ("related articles", "related links"),
    ("related posts", "related links"),
    ("related stories", "related links"),
    ("related news", "related links"),
    ("read more", "related links"),
    ("recommended", "related links"),
    ("recommended for you", "related links"),
    ("most read", "related links"),
    ("trending", "related links"),
    ("you may also like", "related links"),
    ("more stories", "related links"),
];

/// Leads followed by a colon: (key prefix, label).
const LEADS: &[(&str, &str)] = &[
    ("also read", "related links"),
    ("read also", "related links"),
    ("read more", "related links"),
    ("must read", "related links"),
    ("see also", "related links"),
    ("related", "related links"),
    ("recommended", "related links"),
    ("don t miss", "related links"),
    ("dont miss", "related links"),
    ("watch", "related links"),
    ("listen", "related links"),
    ("more", "related links"),
    ("advertisement", "advertising"),
];

/// Prompts at the start of a short line: (key prefix, label).
const PROMPTS: &[(&str, &str)] = &[
    ("subscribe to", "subscribe prompt"),
    ("subscribe for", "subscribe prompt"),
    ("sign up for", "subscribe prompt"),
    ("sign up to", "subscribe prompt"),
    ("join our", "subscribe prompt"),
    ("get our", "subscribe prompt"),
    ("follow us", "share prompt"),
    ("share this", "share prompt"),
    ("share on", "share prompt"),
    ("click here", "navigation"),
    ("download our app", "share prompt"),
    ("copyright", "copyright"),
    ("all rights reserved", "copyright"),
];

#[cfg(test)]
mod tests {
    use super::classify;
    use crate::normalize::key_of;

    fn check(line: &str, alone: bool) -> Option<&'static str> {
        classify(line, alone, &key_of(line))
    }

    #[test]
    fn furniture_lines() {
        for (line, alone, want) in [
            ("Scroll to Top", true, Some("navigation")),
            ("Table of Contents", false, Some("navigation")),
            (
                "Also Read: Afghan Refugees Seek Help Amidst Rising Abuse in Pakistan and Iran",
                true,
                Some("related links"),
            ),
            (
                "Subscribe to our newsletter for daily updates",
                true,
                Some("subscribe prompt"),
            ),
            ("Share this article", true, Some("share prompt")),
            ("Follow us on X", true, Some("share prompt")),
            ("Watch: The briefing in full", true, Some("related links")),
            (
                "READ MORE | Hostage talks stall",
                false,
                Some("related links"),
            ),
            (
                "Don’t miss: The briefing in full",
                false,
                Some("related links"),
            ),
            (
                "  Also-Read: Afghan Refugees Seek Help",
                true,
                Some("related links"),
            ),
            ("Advertisement", true, Some("advertising")),
            // Story text that only starts like furniture.
            ("Details of the Talks", true, None),
            ("Hostage Situation", true, None),
            (
                "Watch the skies, the agency said of the storm expected on Monday.",
                true,
                None,
            ),
            (
                "More than 1,200 people were killed in the attack on southern Israel.",
                true,
                None,
            ),
            (
                "Readers who subscribe to the paper's newsletter were told of the talks on Monday by the editor.",
                true,
                None,
            ),
            (
                "Share prices fell on the news of the talks in Doha.",
                false,
                None,
            ),
            (
                "Print and broadcast outlets reported the talks.",
                false,
                None,
            ),
        ] {
            assert_eq!(check(line, alone), want, "{line:?}");
        }
    }
}
