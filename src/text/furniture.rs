//! Site furniture: lines that belong to the web page around a story, not to the story
//! ("Scroll to Top", "Table of Contents", "Also Read: …", share and subscribe prompts).
//!
//! The rules, on the sentence's [comparison key](crate::text::normalize::key):
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

use serde::Serialize;

pub(crate) use super::furniture_embeds::spread;

/// What kind of site furniture a line is, for the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema, ts_rs::TS))]
#[non_exhaustive]
pub enum Furniture {
    /// "Scroll to Top", "Table of Contents", "Click here to …".
    #[serde(rename = "navigation")]
    Navigation,
    /// "Also Read: …", "Related Articles", "Watch: …".
    #[serde(rename = "related links")]
    RelatedLinks,
    /// "Share this article", "Follow us on X".
    #[serde(rename = "share prompt")]
    SharePrompt,
    /// "Subscribe to our newsletter", "Sign in".
    #[serde(rename = "subscribe prompt")]
    SubscribePrompt,
    /// "Advertisement", "Sponsored content".
    #[serde(rename = "advertising")]
    Advertising,
    /// "Leave a comment".
    #[serde(rename = "comments")]
    Comments,
    /// "All rights reserved".
    #[serde(rename = "copyright")]
    Copyright,
    /// An embedded tweet: "… pic.twitter.com/… — Name (@handle) December 4, 2017", and the
    /// rest of its paragraph.
    #[serde(rename = "tweet embed")]
    TweetEmbed,
    /// A line that introduces an embed: "As Fox News reported:", "X tweeted:", "See the cover
    /// below".
    #[serde(rename = "embed lead-in")]
    EmbedLeadIn,
    /// A question to the reader: "Tell us what you think in the comments."
    #[serde(rename = "reader prompt")]
    ReaderPrompt,
    /// A video's title or blurb: "Jane Roe has that story."
    #[serde(rename = "video blurb")]
    VideoBlurb,
    /// A photo caption or credit: "(AP Photo/…)", "Photo: Getty Images".
    #[serde(rename = "photo caption")]
    PhotoCaption,
    /// Text standing for missing content: "First paragraph is missing."
    #[serde(rename = "placeholder")]
    Placeholder,
}

impl Furniture {
    /// The label as serialized ("related links").
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Navigation => "navigation",
            Self::RelatedLinks => "related links",
            Self::SharePrompt => "share prompt",
            Self::SubscribePrompt => "subscribe prompt",
            Self::Advertising => "advertising",
            Self::Comments => "comments",
            Self::Copyright => "copyright",
            Self::TweetEmbed => "tweet embed",
            Self::EmbedLeadIn => "embed lead-in",
            Self::ReaderPrompt => "reader prompt",
            Self::VideoBlurb => "video blurb",
            Self::PhotoCaption => "photo caption",
            Self::Placeholder => "placeholder",
        }
    }
}

impl core::fmt::Display for Furniture {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What kind of furniture a line is, if it is one.
pub(crate) fn classify(sentence: &str, alone: bool, key: &str) -> Option<Furniture> {
    let words = word_count(key);
    let trimmed = sentence.trim();
    let unpunctuated = !trimmed.ends_with(['.', '!', '?', '"', '”', '’']);
    let standing = alone || (unpunctuated && words <= SHORT);
    if standing && let Some((_, label)) = LINES.iter().find(|(line, _)| *line == key) {
        return Some(*label);
    }
    if let Some((lead, label)) = LEADS.iter().find(|(lead, _)| key.starts_with(lead)) {
        // The lead must be followed by a colon in the printed text: "Watch: …", not "Watch
        // the skies". Its words are counted, not its bytes: "Don’t" is longer than "dont".
        let rest = after_words(trimmed, lead.split(' ').count());
        if rest.starts_with([':', '|', '–', '—']) {
            return Some(*label);
        }
    }
    if let Some(label) = super::furniture_embeds::classify(trimmed, standing, words, key) {
        return Some(label);
    }
    if standing
        && words <= SHORT
        && let Some((_, label)) = PROMPTS
            .iter()
            .find(|(p, _)| key.starts_with(p) && key[p.len()..].starts_with(' '))
    {
        return Some(*label);
    }
    None
}

/// How many words a key has: its runs of bytes other than the space (what splitting it on
/// spaces gives, without the splitter's search per word; this runs on every short sentence).
fn word_count(key: &str) -> usize {
    let (mut count, mut in_word) = (0, false);
    for &b in key.as_bytes() {
        let word = b != b' ';
        count += usize::from(word && !in_word);
        in_word = word;
    }
    count
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
const LINES: &[(&str, Furniture)] = &[
    ("scroll to top", Furniture::Navigation),
    ("back to top", Furniture::Navigation),
    ("go to top", Furniture::Navigation),
    ("table of contents", Furniture::Navigation),
    ("contents", Furniture::Navigation),
    ("skip to content", Furniture::Navigation),
    ("skip to main content", Furniture::Navigation),
    ("menu", Furniture::Navigation),
    ("home", Furniture::Navigation),
    ("next article", Furniture::Navigation),
    ("previous article", Furniture::Navigation),
    ("advertisement", Furniture::Advertising),
    ("advertisements", Furniture::Advertising),
    ("sponsored", Furniture::Advertising),
    ("sponsored content", Furniture::Advertising),
    (
        "story continues below advertisement",
        Furniture::Advertising,
    ),
    ("share", Furniture::SharePrompt),
    ("share this", Furniture::SharePrompt),
    ("share this article", Furniture::SharePrompt),
    ("share this story", Furniture::SharePrompt),
    ("share on facebook", Furniture::SharePrompt),
    ("share on twitter", Furniture::SharePrompt),
    ("share on x", Furniture::SharePrompt),
    ("share via email", Furniture::SharePrompt),
    ("tweet", Furniture::SharePrompt),
    ("print", Furniture::SharePrompt),
    ("email", Furniture::SharePrompt),
    ("copy link", Furniture::SharePrompt),
    ("comments", Furniture::Comments),
    ("leave a comment", Furniture::Comments),
    ("leave a reply", Furniture::Comments),
    ("subscribe", Furniture::SubscribePrompt),
    ("subscribe now", Furniture::SubscribePrompt),
    ("sign up", Furniture::SubscribePrompt),
    ("log in", Furniture::SubscribePrompt),
    ("sign in", Furniture::SubscribePrompt),
    ("related", Furniture::RelatedLinks),
    ("related articles", Furniture::RelatedLinks),
    ("related posts", Furniture::RelatedLinks),
    ("related stories", Furniture::RelatedLinks),
    ("related news", Furniture::RelatedLinks),
    ("read more", Furniture::RelatedLinks),
    ("recommended", Furniture::RelatedLinks),
    ("recommended for you", Furniture::RelatedLinks),
    ("most read", Furniture::RelatedLinks),
    ("trending", Furniture::RelatedLinks),
    ("you may also like", Furniture::RelatedLinks),
    ("more stories", Furniture::RelatedLinks),
];

/// Leads followed by a colon: (key prefix, label).
const LEADS: &[(&str, Furniture)] = &[
    ("also read", Furniture::RelatedLinks),
    ("read also", Furniture::RelatedLinks),
    ("read more", Furniture::RelatedLinks),
    ("must read", Furniture::RelatedLinks),
    ("see also", Furniture::RelatedLinks),
    ("related", Furniture::RelatedLinks),
    ("recommended", Furniture::RelatedLinks),
    ("don t miss", Furniture::RelatedLinks),
    ("dont miss", Furniture::RelatedLinks),
    ("watch", Furniture::RelatedLinks),
    ("listen", Furniture::RelatedLinks),
    ("more", Furniture::RelatedLinks),
    ("advertisement", Furniture::Advertising),
];

/// Prompts at the start of a short line: (key prefix, label).
const PROMPTS: &[(&str, Furniture)] = &[
    ("subscribe to", Furniture::SubscribePrompt),
    ("subscribe for", Furniture::SubscribePrompt),
    ("sign up for", Furniture::SubscribePrompt),
    ("sign up to", Furniture::SubscribePrompt),
    ("join our", Furniture::SubscribePrompt),
    ("get our", Furniture::SubscribePrompt),
    ("follow us", Furniture::SharePrompt),
    ("share this", Furniture::SharePrompt),
    ("share on", Furniture::SharePrompt),
    ("click here", Furniture::Navigation),
    ("download our app", Furniture::SharePrompt),
    ("copyright", Furniture::Copyright),
    ("all rights reserved", Furniture::Copyright),
];

#[cfg(test)]
mod tests {
    use super::classify;
    use crate::text::normalize::key_of;

    fn check(line: &str, alone: bool) -> Option<&'static str> {
        classify(line, alone, &key_of(line)).map(|f| f.as_str())
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
