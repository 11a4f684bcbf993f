//! The parts of reading a figure that look around its number: numbers that are not figures
//! (ranks, names, codes), dates and times written with `/` and `:`, compound number words,
//! ages, and what a figure counts.

use super::figure_words::{
    denominator, is_copula, is_filler, is_function_word, is_title, month, month_named, multiplier,
    word_value,
};
use super::figures::{Fields, ReadFigure, Sentence, parse_number};
use super::model::FigureKind;

/// Most words of what a figure counts ("3 House Republican committee chairmen").
const COUNTED: usize = 4;

/// Reads a date written with slashes ("9/11", "1/5/17") or a time of day ("12:00 p.m.",
/// "5 p.m.") at token `i` as one figure; returns the index after it, or None.
pub(super) fn special(s: &Sentence<'_>, i: usize, out: &mut Vec<ReadFigure>) -> Option<usize> {
    let lower = s.lower;
    if let Some((month, day)) = cjk_date(lower[i]) {
        out.push(s.figure(i, i, Fields::plain(day, FigureKind::Date, month)));
        return Some(i + 1);
    }
    let n = integer(lower[i])?;
    // Parts joined by a slash with no space: "9/11", "1/5/17"; "24/7" is neither figure.
    let mut last = i;
    let mut parts = vec![n];
    while last + 1 < lower.len() && s.gap(last) == "/" && parts.len() < 3 {
        parts.push(integer(lower[last + 1])?);
        last += 1;
    }
    if parts.len() > 1 {
        if let Some(m) = month_named(parts[0]).filter(|_| (1.0..=31.0).contains(&parts[1])) {
            out.push(s.figure(i, last, Fields::plain(parts[1], FigureKind::Date, m)));
        }
        return Some(last + 1);
    }
    // "12:00", "11:54 a.m.", "5 p.m.".
    let mut hours = n;
    if last + 1 < lower.len() && s.gap(last) == ":" {
        let minutes =
            integer(lower[last + 1]).filter(|m| *m < 60.0 && lower[last + 1].len() == 2)?;
        hours += minutes / 60.0;
        last += 1;
    }
    let meridiem = (last + 2 < lower.len()
        && s.adjacent(last)
        && matches!(lower[last + 1], "a" | "p")
        && lower[last + 2] == "m"
        && s.gap(last + 1) == ".")
        .then(|| lower[last + 1] == "p");
    let (meridiem, end) = match meridiem {
        Some(pm) => (Some(pm), last + 2),
        None if last + 1 < lower.len() && s.adjacent(last) => match lower[last + 1] {
            "am" => (Some(false), last + 1),
            "pm" => (Some(true), last + 1),
            _ => (None, last),
        },
        None => (None, last),
    };
    if meridiem.is_none() && end == i {
        return None;
    }
    if hours >= 24.0 {
        return Some(end + 1);
    }
    match meridiem {
        Some(true) if hours < 12.0 => hours += 12.0,
        Some(false) if hours >= 12.0 => hours -= 12.0,
        _ => {}
    }
    out.push(s.figure(i, end, Fields::plain(hours, FigureKind::Time, "")));
    Some(end + 1)
}

/// A date written the CJK way inside a run of ideographs ("会议于2017年12月10日举行"): its
/// month and day.
fn cjk_date(w: &str) -> Option<(&'static str, f64)> {
    let at = w.find('月')?;
    let digits = |s: &str| -> Option<f64> {
        let n: String = s
            .chars()
            .map(|c| match c {
                '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
                c => c,
            })
            .collect();
        integer(&n)
    };
    let before = &w[..at];
    let m_start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_digit() || ('０'..='９').contains(c))
        .last()?
        .0;
    let after = &w[at + '月'.len_utf8()..];
    let d_end = after.find('日')?;
    let day = digits(&after[..d_end]).filter(|d| (1.0..=31.0).contains(d))?;
    Some((month_named(digits(&before[m_start..])?)?, day))
}

fn integer(w: &str) -> Option<f64> {
    (!w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit()))
        .then(|| w.bytes().fold(0.0, |v, b| v * 10.0 + f64::from(b - b'0')))
}

/// Whether the number at token `i` is not a figure: a rank ("No. 2"), a name ("Group of
/// Seven", a number word capitalised inside a sentence), or part of a code ("501(c)(3)").
pub(super) fn not_a_figure(s: &Sentence<'_>, i: usize) -> bool {
    let (text, toks, lower) = (s.text, s.toks, s.lower);
    if i > 0 && lower[i - 1] == "no" && matches!(s.gap(i - 1), ". " | "." | ".\u{a0}") {
        return true;
    }
    let word = &text[toks[i].start..toks[i].end];
    let is_word = !word.starts_with(|c: char| c.is_ascii_digit());
    let opened = text[..toks[i].start]
        .trim_end()
        .ends_with(['“', '"', '‘', '(', '—', ':']);
    // "Group of Seven", "the Big Ten": after "of" or a capitalised word, with only a space.
    let named = i > 0
        && s.adjacent(i - 1)
        && (lower[i - 1] == "of" || text[toks[i - 1].start..].starts_with(char::is_uppercase));
    if is_word && named && !opened && word.starts_with(char::is_uppercase) {
        return true;
    }
    let after = &text[toks[i].end..];
    let before = &text[..toks[i].start];
    after.starts_with('(') || (before.ends_with('(') && before[..before.len() - 1].ends_with(')'))
}

/// The value of a number with its multipliers ("2 million", "$5.6” billion", "four dozen") and,
/// for number words, its compound parts ("Five hundred and eighty-four", "three and a half");
/// returns the value and the last token read.
pub(super) fn multiplied(s: &Sentence<'_>, first: usize, value: f64, digits: bool) -> (f64, usize) {
    let lower = s.lower;
    let (mut total, mut current, mut last) = (0.0, value, first);
    let mut scale = f64::INFINITY;
    loop {
        let n = last + 1;
        if n >= lower.len() || !s.joined(last) {
            break;
        }
        if let Some(m) = multiplier(lower[n]) {
            if m <= 100.0 {
                current *= m;
            } else {
                total += current * m;
                current = 0.0;
            }
            scale = m;
            last = n;
            continue;
        }
        if digits || !s.adjacent(last) {
            break;
        }
        // "hundred and eighty-four", "thousand five": a smaller number word after a multiplier.
        let k = if lower[n] == "and" { n + 1 } else { n };
        let part = lower
            .get(k)
            .filter(|_| k == n || s.adjacent(n))
            .and_then(|w| word_value(w));
        match part {
            Some(v) if scale.is_finite() && v < scale => {
                current += v;
                last = k;
            }
            _ => break,
        }
    }
    let mut value = total + current;
    // "three and a half".
    if lower.get(last + 1) == Some(&"and")
        && lower.get(last + 2) == Some(&"a")
        && lower.get(last + 3).copied().and_then(denominator) == Some(2.0)
        && (last..last + 3).all(|j| s.adjacent(j))
    {
        value += 0.5;
        last += 3;
    }
    (value, last)
}

/// Whether a word is a day of a month (a plain number from 1 to 31).
pub(super) fn is_day(w: Option<&str>) -> bool {
    w.and_then(integer)
        .is_some_and(|d| (1.0..=31.0).contains(&d))
}

/// Whether the number at token `i` is an age: "who is 46", "aged 46", "Mattis, 68, will".
pub(super) fn is_age(s: &Sentence<'_>, i: usize) -> bool {
    let (text, toks, lower) = (s.text, s.toks, s.lower);
    let Some(n) = integer(lower[i]).filter(|n| (1.0..=110.0).contains(n)) else {
        return false;
    };
    let _ = n;
    let word = |k: usize| (i >= k).then(|| lower[i - k]);
    if matches!(word(1), Some("is" | "was")) && word(2) == Some("who") && s.adjacent(i - 1) {
        return true;
    }
    if matches!(word(1), Some("aged" | "age")) && s.adjacent(i - 1) {
        return true;
    }
    // An apposition after a name: "Jim Mattis, 68, will leave".
    i > 0
        && s.gap(i - 1) == ", "
        && text[toks[i].end..].starts_with(',')
        && text[toks[i - 1].start..].starts_with(|c: char| c.is_uppercase())
}

/// Appends what a figure counts, read from token `j` on: up to three words, up to a function
/// word, a number or punctuation ("59 hostages", "33 Israeli hostages"); "3,000 of Ms.
/// Abedin's emails" counts emails, "19 Sept. 11 hijackers" hijackers.
pub(super) fn counted(s: &Sentence<'_>, mut j: usize, counts: &mut Vec<String>) {
    let lower = s.lower;
    if j == 0 || j > lower.len() {
        return;
    }
    if counts.is_empty() && lower.get(j) == Some(&"of") && s.adjacent(j - 1) {
        let mut k = j + 1;
        while k < lower.len()
            && k < j + 4
            && (s.adjacent(k - 1) || is_title(lower[k - 1]))
            && ((is_function_word(lower[k]) && lower[k] != "of")
                || is_title(lower[k])
                || lower[k].ends_with("'s")
                || lower[k].ends_with("’s"))
        {
            k += 1;
        }
        if k < lower.len() && k > j + 1 && parse_number(lower[k]).is_none() {
            j = k;
        }
    }
    while j < lower.len() && counts.len() < COUNTED {
        let joined = s.adjacent(j - 1)
            || (j >= 2 && is_day(Some(lower[j - 1])) && month(lower[j - 2]).is_some());
        if !joined || is_function_word(lower[j]) {
            break;
        }
        if is_filler(lower[j]) {
            j += 1;
            continue;
        }
        if month(lower[j]).is_some() && is_day(lower.get(j + 1).copied()) {
            j += 2;
            continue;
        }
        // "35 others believed to …", "59 hostages remaining": a verb ends the phrase.
        if parse_number(lower[j]).is_some()
            || (!counts.is_empty() && (lower[j].ends_with("ed") || lower[j].ends_with("ing")))
        {
            break;
        }
        counts.push(lower[j].to_owned());
        j += 1;
    }
}

/// What a figure at the end of its clause counts, read before it: "the sample of Republican
/// primary voters polled was only 238" counts voters.
pub(super) fn counted_before(s: &Sentence<'_>, from: usize, counts: &mut Vec<String>) {
    let lower = s.lower;
    let mut k = from;
    if k > 0 && lower[k - 1] == "only" {
        k -= 1;
    }
    if k < 2 || !is_copula(lower[k - 1]) {
        return;
    }
    for w in lower[..k - 1].iter().rev().take(3) {
        if w.ends_with("ed") {
            continue;
        }
        if !is_function_word(w) && parse_number(w).is_none() {
            counts.push((*w).to_owned());
        }
        return;
    }
}

/// Marks the two ends of each range among one sentence's figures: figures of one kind with
/// only "to", "and", "through", "or", a dash or a month between them ("from 2016 to 2018",
/// "between January 2016 and December 2018", "March 31-April 4").
pub(super) fn mark_ranges(text: &str, figures: &mut [ReadFigure]) {
    for k in 1..figures.len() {
        let (a, b) = (&figures[k - 1].figure, &figures[k].figure);
        if a.kind != b.kind || a.span.end > b.span.start {
            continue;
        }
        let gap = text[a.span.end..b.span.start].to_ascii_lowercase();
        let words = gap.split(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—' | '.'));
        let mut joined = false;
        let ranged = words.filter(|w| !w.is_empty()).all(|w| {
            let joint = matches!(w, "to" | "and" | "through" | "or" | "until");
            joined |= joint;
            joint || month(w).is_some()
        }) && (joined || gap.contains(['-', '–']));
        if ranged {
            figures[k - 1].in_range = true;
            figures[k].in_range = true;
            // "between 150 and 200 yards": the first end counts what the second does.
            if figures[k - 1].figure.counts.is_empty() {
                figures[k - 1].figure.counts = figures[k].figure.counts.clone();
                figures[k - 1].head = figures[k].head.clone();
            }
        }
    }
}
