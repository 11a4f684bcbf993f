//! Furniture around embedded media: tweets, the lines that introduce an embed, captions and
//! credits, video blurbs, questions to the reader, placeholders for missing content, and promos
//! under any label ("The Bubble: …").
//!
//! The rules, on the printed line and its [comparison key](crate::text::normalize::key):
//!
//! * a tweet embed holds `pic.twitter.com/` or ends with `— Name (@handle) Month D, YYYY`; the
//!   rest of its paragraph (the tweet's text) is the embed too ([`spread`]);
//! * an embed lead-in is a standing line that ends with a colon after a verb of reporting ("As
//!   Fox News reported:", "X tweeted:"), or sends the reader to media "below";
//! * a video blurb is a standing line "X has that story" / "X has more" / "X reports";
//! * a photo caption holds a credit ("(AP Photo/…)", "Photo: …", "Getty Images"), and so does
//!   the rest of its paragraph;
//! * a reader prompt asks the reader to answer ("tell us", "let us know", "in the comments");
//! * a placeholder is a short line saying content "is missing" or "is not available";
//! * a promo is a later standing line "Label: Title", the label a word of the trade ("More",
//!   "Video", "Opinion") or a branded column ("The Bubble"), the title without final
//!   punctuation; the headline, and the headline printed again, are never one.

use super::furniture::Furniture;

/// Longest lead-in, caption credit or placeholder line, in words.
const SHORT: usize = 12;

/// What kind of embed furniture a line is, if it is one (`standing`: its own paragraph, or a
/// short line without final punctuation).
pub(super) fn classify(line: &str, standing: bool, words: usize, key: &str) -> Option<Furniture> {
    if is_tweet(line) {
        return Some(Furniture::TweetEmbed);
    }
    if has_credit(line) && words <= 2 * SHORT {
        return Some(Furniture::PhotoCaption);
    }
    if !standing || words > 2 * SHORT {
        return None;
    }
    let last = key.rsplit(' ').next().unwrap_or("");
    if line.ends_with(':') && words <= SHORT && is_reporting(last) {
        return Some(Furniture::EmbedLeadIn);
    }
    let first = key.split(' ').next().unwrap_or("");
    let pointing = matches!(
        first,
        "see" | "watch" | "check" | "take" | "listen" | "view" | "read"
    ) && (key.contains(" below") || key.contains(" above"));
    if pointing {
        return Some(Furniture::EmbedLeadIn);
    }
    if words <= SHORT
        && [
            " has that story",
            " has the story",
            " has more",
            " has the latest",
            " reports",
        ]
        .iter()
        .any(|end| key.ends_with(&end[1..]) && key.len() > end.len())
    {
        return Some(Furniture::VideoBlurb);
    }
    if [
        "tell us",
        "let us know",
        "in the comments",
        "sound off",
        "what do you think",
    ]
    .iter()
    .any(|p| key.contains(p))
    {
        return Some(Furniture::ReaderPrompt);
    }
    if words <= SHORT / 2
        && (key.ends_with(" is missing")
            || key.ends_with(" not available")
            || key.ends_with(" unavailable"))
    {
        return Some(Furniture::Placeholder);
    }
    None
}

fn is_reporting(w: &str) -> bool {
    matches!(
        w,
        "reported"
            | "reports"
            | "tweeted"
            | "tweets"
            | "wrote"
            | "writes"
            | "posted"
            | "posts"
            | "said"
            | "says"
            | "added"
            | "explained"
            | "noted"
            | "reads"
            | "read"
    )
}

/// A tweet as pages embed it: a `pic.twitter.com/` link, or the signature `— Name (@handle)
/// December 4, 2017` at the end.
fn is_tweet(line: &str) -> bool {
    // Both signs need a `/` or a `@`: most lines have neither, and one scan for them is
    // cheaper than the two substring searches (this runs on every short sentence).
    if memchr::memchr2(b'/', b'@', line.as_bytes()).is_none() {
        return false;
    }
    if line.contains("pic.twitter.com/") {
        return true;
    }
    let Some(at) = line.rfind("(@") else {
        return false;
    };
    let tail = line[at..].trim_end();
    let year = tail.len() >= 4 && tail[tail.len() - 4..].bytes().all(|b| b.is_ascii_digit());
    let signed = line[..at].rfind(['—', '–']).is_some_and(|d| at - d < 60);
    year && signed && tail.contains(')')
}

fn has_credit(line: &str) -> bool {
    // Every credit holds a `(`, a `:` or the `G` of Getty: one scan rules most lines out.
    if memchr::memchr3(b'(', b':', b'G', line.as_bytes()).is_none() {
        return false;
    }
    [
        "(AP Photo",
        "(Photo",
        "Photo: ",
        "Photograph: ",
        "Getty Images",
        "(Reuters",
        "Image: ",
        "Credit: ",
    ]
    .iter()
    .any(|c| line.contains(c))
}

/// Marks whole paragraphs of tweet embeds and captions (a tweet's text is its own sentence
/// before the signature, a caption's before its credit), and promos under any label ("The Bubble: …") after the first paragraph.
pub(crate) fn spread(lines: &[(&str, usize, bool)], out: &mut [Option<Furniture>]) {
    for i in 0..lines.len() {
        let label = out[i];
        if matches!(label, Some(Furniture::TweetEmbed | Furniture::PhotoCaption)) {
            let p = lines[i].1;
            for (j, line) in lines.iter().enumerate() {
                if line.1 == p {
                    out[j] = label;
                }
            }
        }
    }
    // A headline printed twice is a repeat of the headline, not a promo.
    let headline = lines.first().map_or("", |l| l.0);
    for (i, &(line, paragraph, alone)) in lines.iter().enumerate() {
        if out[i].is_none() && paragraph > 0 && alone && line != headline && is_promo(line) {
            out[i] = Some(Furniture::RelatedLinks);
        }
    }
}

/// "The Bubble: Why the shutdown will not end soon": a short capitalised label, a colon and a
/// title without final punctuation.
fn is_promo(line: &str) -> bool {
    let Some((label, title)) = line.split_once(':') else {
        return false;
    };
    let label_words: Vec<&str> = label.split_whitespace().collect();
    let title = title.trim();
    // A promo's label is a word of the trade or a branded column ("The Bubble"); a heading of
    // the story ("Behind Closed Doors: U.S. Efforts to Free Hostages") is neither.
    let branded = label_words.len() == 2
        && label_words[0] == "The"
        && label_words[1].starts_with(char::is_uppercase);
    let trade = label_words.len() == 1
        && matches!(
            label_words[0].to_ascii_lowercase().as_str(),
            "more"
                | "related"
                | "also"
                | "read"
                | "watch"
                | "listen"
                | "video"
                | "photos"
                | "podcast"
                | "opinion"
                | "explainer"
                | "live"
                | "newsletter"
                | "previously"
                | "earlier"
                | "flashback"
                | "trending"
        );
    (branded || trade)
        && title
            .split_whitespace()
            .filter(|w| w.starts_with(char::is_alphabetic))
            .count()
            >= 3
        && title.starts_with(char::is_uppercase)
        && !title.ends_with(['.', '!', '?', '"', '”', '’', ':'])
        && !title.contains(['“', '"'])
}
