//! List markers (`1.`, `2)`, `a.`, `•`) that start a sentence.

use core::ops::Range;

use super::{at_word_start, is_bullet};

/// List markers in a paragraph that start a sentence: any marker at the paragraph start, and
/// runs of two or more markers in sequence (`1.` then `2.`, `a)` then `b)`, or bullets).
/// `ascii`: whether the paragraph is ASCII (then it has no bullets).
pub(super) fn list_markers(text: &str, para: Range<usize>, ascii: bool) -> Vec<Range<usize>> {
    let mut found: Vec<(Range<usize>, MarkerValue)> = Vec::new();
    let b = text.as_bytes();
    // A marker starts a word, and its end skips what it holds: a candidate that starts inside
    // the last one found is none.
    let try_at = |start: usize, found: &mut Vec<(Range<usize>, MarkerValue)>| {
        if found.last().is_some_and(|(r, _)| r.end > start)
            || !at_word_start(text, para.start, start)
        {
            return;
        }
        if let Some((end, value)) = parse_marker(text, start, para.end) {
            found.push((start..end, value));
        }
    };
    // Bullets (all non-ASCII, led by 0xC2 or 0xE2), merged in order with the other markers.
    let lead = if ascii { &[][..] } else { &b[para.clone()] };
    let mut bullets = memchr::memchr2_iter(0xC2, 0xE2, lead)
        .map(|k| para.start + k)
        .filter(|&i| text[i..].chars().next().is_some_and(is_bullet))
        .peekable();
    // Every other marker has a `.` or `)` right after 1-3 digits or one lowercase letter, so
    // only those punctuation marks need a look.
    for hit in memchr::memchr2_iter(b'.', b')', &b[para.clone()]) {
        let p = para.start + hit;
        let digits = b[para.start..p]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .count();
        let start = match digits {
            1..=3 => p - digits,
            0 if p > para.start && b[p - 1].is_ascii_lowercase() => p - 1,
            _ => continue,
        };
        while let Some(q) = bullets.next_if(|&q| q < start) {
            try_at(q, &mut found);
        }
        try_at(start, &mut found);
    }
    for q in bullets {
        try_at(q, &mut found);
    }
    let mut keep = vec![false; found.len()];
    for k in 0..found.len() {
        if found[k].0.start == para.start {
            keep[k] = true;
        }
        if let Some(j) = (k + 1..found.len()).find(|&j| found[j].1.family() == found[k].1.family())
            && found[k].1.precedes(&found[j].1)
        {
            keep[k] = true;
            keep[j] = true;
        }
    }
    found
        .into_iter()
        .zip(keep)
        .filter_map(|((r, _), k)| k.then_some(r))
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum MarkerValue {
    Number(u32),
    Letter(u8),
    Bullet,
}

impl MarkerValue {
    fn family(&self) -> u8 {
        match self {
            MarkerValue::Number(_) => 0,
            MarkerValue::Letter(_) => 1,
            MarkerValue::Bullet => 2,
        }
    }
    fn precedes(&self, next: &MarkerValue) -> bool {
        match (self, next) {
            (MarkerValue::Number(a), MarkerValue::Number(b)) => a + 1 == *b,
            (MarkerValue::Letter(a), MarkerValue::Letter(b)) => a + 1 == *b,
            (MarkerValue::Bullet, MarkerValue::Bullet) => true,
            _ => false,
        }
    }
}

/// Parses `•`, `1.`, `1)`, `1.)`, `a.`, `a)` or a bullet followed by a number marker, then
/// whitespace and an uppercase letter. Returns the end of the marker and its value.
fn parse_marker(text: &str, start: usize, limit: usize) -> Option<(usize, MarkerValue)> {
    let s = &text[start..limit];
    let mut pos = 0;
    let mut bullet = false;
    if let Some(c) = s.chars().next().filter(|&c| is_bullet(c)) {
        bullet = true;
        pos += c.len_utf8();
        pos += s[pos..].len() - s[pos..].trim_start_matches(' ').len();
    }
    let digits = s[pos..].bytes().take_while(u8::is_ascii_digit).count();
    let mut value = if bullet {
        Some(MarkerValue::Bullet)
    } else {
        None
    };
    let mut end = pos;
    if (1..=3).contains(&digits) {
        let n = s[pos..pos + digits].parse().ok()?;
        let tail = &s[pos + digits..];
        let punct = [".)", ")", "."].into_iter().find(|p| tail.starts_with(p));
        if let Some(p) = punct {
            value = Some(MarkerValue::Number(n));
            end = pos + digits + p.len();
        }
    } else if digits == 0 && !bullet {
        let mut chars = s.chars();
        if let (Some(l), Some(p)) = (chars.next(), chars.next())
            && l.is_ascii_lowercase()
            && (p == '.' || p == ')')
        {
            value = Some(MarkerValue::Letter(l as u8));
            end = 2;
        }
    }
    let value = value?;
    let rest = &s[end..];
    let trimmed = rest.trim_start();
    if trimmed.len() == rest.len() || !trimmed.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    Some((start + end, value))
}
