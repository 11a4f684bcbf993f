//! The words that read a figure: number words, multipliers, fractions, months, qualifiers, and
//! the words that end or are skipped in what a figure counts.

use super::model::Bound;

/// Qualifiers, longest first, as word sequences, with their bound.
pub(super) const QUALIFIERS: &[(&[&str], Bound)] = &[
    (&["no", "more", "than"], Bound::AtMost),
    (&["no", "fewer", "than"], Bound::AtLeast),
    (&["as", "many", "as"], Bound::AtMost),
    (&["more", "than"], Bound::AtLeast),
    (&["at", "least"], Bound::AtLeast),
    (&["upwards", "of"], Bound::AtLeast),
    (&["just", "over"], Bound::AtLeast),
    (&["in", "excess", "of"], Bound::AtLeast),
    (&["at", "most"], Bound::AtMost),
    (&["up", "to"], Bound::AtMost),
    (&["fewer", "than"], Bound::AtMost),
    (&["less", "than"], Bound::AtMost),
    (&["just", "under"], Bound::AtMost),
    (&["close", "to"], Bound::About),
    (&["an", "estimated"], Bound::About),
    (&["approximately"], Bound::About),
    (&["about"], Bound::About),
    (&["around"], Bound::About),
    (&["roughly"], Bound::About),
    (&["some"], Bound::About),
    (&["estimated"], Bound::About),
    (&["nearly"], Bound::AtMost),
    (&["almost"], Bound::AtMost),
    (&["over"], Bound::AtLeast),
    (&["under"], Bound::AtMost),
    (&["exactly"], Bound::Exact),
];

pub(super) const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
pub(super) const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The month a word names, by its full name ("Sept" and "September" are one month), or None.
pub(super) fn month(w: &str) -> Option<&'static str> {
    // "May" and "March" are also ordinary words, but only matter next to a plain number.
    if let Some(m) = MONTHS.iter().find(|m| **m == w) {
        return Some(m);
    }
    let k = match w {
        "jan" => 0,
        "feb" => 1,
        "mar" => 2,
        "apr" => 3,
        "jun" => 5,
        "jul" => 6,
        "aug" => 7,
        "sep" | "sept" => 8,
        "oct" => 9,
        "nov" => 10,
        "dec" => 11,
        _ => return None,
    };
    Some(MONTHS[k])
}

/// The month numbered `n` (1 = January).
pub(super) fn month_named(n: f64) -> Option<&'static str> {
    ((1.0..=12.0).contains(&n) && n.fract() == 0.0).then(|| MONTHS[n as usize - 1])
}

pub(super) fn word_value(w: &str) -> Option<f64> {
    if let Some(u) = UNITS.iter().position(|u| *u == w) {
        return (u >= 2).then_some(u as f64);
    }
    if let Some(t) = TENS.iter().position(|t| !t.is_empty() && *t == w) {
        return Some((t * 10) as f64);
    }
    let (t, u) = w.split_once('-')?;
    let t = TENS.iter().position(|x| !x.is_empty() && *x == t)?;
    let u = UNITS
        .iter()
        .position(|x| *x == u)
        .filter(|&u| (1..10).contains(&u))?;
    Some((t * 10 + u) as f64)
}

pub(super) fn multiplier(w: &str) -> Option<f64> {
    match w {
        "dozen" => Some(12.0),
        "hundred" => Some(1e2),
        "thousand" => Some(1e3),
        "million" | "mln" => Some(1e6),
        "billion" | "bn" => Some(1e9),
        "trillion" => Some(1e12),
        _ => None,
    }
}

/// The denominator a fraction word names ("two-thirds" is 2/3).
pub(super) fn denominator(w: &str) -> Option<f64> {
    match w {
        "half" | "halves" => Some(2.0),
        "third" | "thirds" => Some(3.0),
        "quarter" | "quarters" | "fourth" | "fourths" => Some(4.0),
        "fifth" | "fifths" => Some(5.0),
        "tenth" | "tenths" => Some(10.0),
        _ => None,
    }
}

/// Words between a figure and what it counts that say nothing of what it is ("30,000 more
/// troops", "16 other candidates").
pub(super) fn is_filler(w: &str) -> bool {
    matches!(w, "more" | "other" | "additional" | "further" | "extra")
}

/// Verbs that put a figure after what it counts ("the sample … was only 238").
pub(super) fn is_copula(w: &str) -> bool {
    matches!(
        w,
        "was" | "is" | "were" | "are" | "totaled" | "totalled" | "numbered" | "reached"
    )
}

pub(super) fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "of"
            | "in"
            | "on"
            | "at"
            | "by"
            | "for"
            | "from"
            | "to"
            | "and"
            | "or"
            | "but"
            | "with"
            | "that"
            | "who"
            | "which"
            | "as"
            | "than"
            | "have"
            | "has"
            | "had"
            | "were"
            | "was"
            | "are"
            | "is"
            | "be"
            | "been"
            | "will"
            | "would"
            | "remain"
            | "remained"
            | "remains"
            | "its"
            | "their"
            | "his"
            | "her"
            | "them"
            | "they"
            | "it"
            | "since"
            | "after"
            | "before"
            | "while"
            | "when"
            | "if"
            | "still"
            | "already"
            | "among"
            | "between"
            | "including"
            | "per"
            | "each"
            | "there"
            | "here"
            | "across"
            | "ago"
            | "now"
            | "this"
            | "last"
            | "next"
            | "so"
            | "far"
            | "into"
            | "over"
            | "during"
            | "against"
            | "about"
            | "up"
            | "out"
            | "away"
            | "apart"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "should"
            | "shall"
            | "do"
            | "does"
            | "did"
    )
}

/// Titles skipped in "3,000 of Ms. Abedin's emails".
pub(super) fn is_title(w: &str) -> bool {
    matches!(
        w,
        "mr" | "mrs" | "ms" | "dr" | "gen" | "sen" | "rep" | "gov" | "president"
    )
}
