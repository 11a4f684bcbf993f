//! The one error type of the crate.

use core::fmt;

/// An error from [`compare`](crate::compare), [`diff`](crate::diff) or option checking.
///
/// The message is lowercase and names the value at fault, so a front end can show it as is.
#[derive(Debug, Clone, PartialEq)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Debug, Clone, PartialEq)]
enum ErrorKind {
    TooLarge {
        name: String,
        bytes: usize,
        limit: usize,
    },
    TotalTooLarge {
        bytes: usize,
        limit: usize,
    },
    Empty {
        name: String,
    },
    TooFew {
        count: usize,
        min: usize,
    },
    TooMany {
        count: usize,
        limit: usize,
    },
    InvalidOption {
        name: &'static str,
        value: String,
        expected: &'static str,
    },
}

impl Error {
    pub(crate) fn too_large(name: &str, bytes: usize, limit: usize) -> Self {
        Self::new(ErrorKind::TooLarge {
            name: name.to_owned(),
            bytes,
            limit,
        })
    }
    pub(crate) fn total_too_large(bytes: usize, limit: usize) -> Self {
        Self::new(ErrorKind::TotalTooLarge { bytes, limit })
    }
    pub(crate) fn empty(name: &str) -> Self {
        Self::new(ErrorKind::Empty {
            name: name.to_owned(),
        })
    }
    pub(crate) fn too_few(count: usize, min: usize) -> Self {
        Self::new(ErrorKind::TooFew { count, min })
    }
    pub(crate) fn too_many(count: usize, limit: usize) -> Self {
        Self::new(ErrorKind::TooMany { count, limit })
    }
    pub(crate) fn invalid_option(
        name: &'static str,
        value: impl fmt::Display,
        expected: &'static str,
    ) -> Self {
        Self::new(ErrorKind::InvalidOption {
            name,
            value: value.to_string(),
            expected,
        })
    }
    fn new(kind: ErrorKind) -> Self {
        Self { kind }
    }
}

/// Sizes in messages: bytes below 10 KB, otherwise KB or MB with one decimal.
struct Size(usize);

impl fmt::Display for Size {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const KB: usize = 1000;
        const MB: usize = 1000 * KB;
        match self.0 {
            n if n < 10 * KB => write!(f, "{n} bytes"),
            n if n < MB => write!(f, "{:.1} KB", n as f64 / KB as f64),
            n => write!(f, "{:.1} MB", n as f64 / MB as f64),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::TooLarge { name, bytes, limit } => {
                write!(
                    f,
                    "article \"{name}\" is {}; the limit is {}",
                    Size(*bytes),
                    Size(*limit)
                )
            }
            ErrorKind::TotalTooLarge { bytes, limit } => {
                write!(
                    f,
                    "the articles add up to {}; the limit is {}",
                    Size(*bytes),
                    Size(*limit)
                )
            }
            ErrorKind::Empty { name } => write!(f, "article \"{name}\" is empty"),
            ErrorKind::TooFew { count, min } => {
                write!(f, "{count} article(s) given; at least {min} are needed")
            }
            ErrorKind::TooMany { count, limit } => {
                write!(f, "{count} articles given; the limit is {limit}")
            }
            ErrorKind::InvalidOption {
                name,
                value,
                expected,
            } => {
                write!(f, "option {name} is {value}; expected {expected}")
            }
        }
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_value() {
        let cases = [
            (
                Error::too_large("a.txt", 41_000_000, 16_000_000),
                "article \"a.txt\" is 41.0 MB; the limit is 16.0 MB",
            ),
            (Error::empty("b"), "article \"b\" is empty"),
            (
                Error::too_few(1, 2),
                "1 article(s) given; at least 2 are needed",
            ),
            (
                Error::too_many(6000, 5000),
                "6000 articles given; the limit is 5000",
            ),
            (
                Error::invalid_option("matchThreshold", 1.5, "a number from 0 to 1"),
                "option matchThreshold is 1.5; expected a number from 0 to 1",
            ),
            (
                Error::total_too_large(12_345, 10_000),
                "the articles add up to 12.3 KB; the limit is 10.0 KB",
            ),
        ];
        for (err, want) in cases {
            assert_eq!(err.to_string(), want);
        }
    }
}
