//! One story's report in a few counts: what the Spark job and `article-compare stories` write
//! for each story, the same from both.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::report::Report;

/// The counts of one story's n-way report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StorySummary {
    /// The story's number (stories are numbered in the order of their first article).
    pub story: usize,
    /// Its articles' names, in order.
    pub files: Vec<String>,
    /// How many articles it has.
    pub sources: usize,
    /// Their sentences, in all.
    pub sentences: usize,
    /// Statements two or more articles carry (the report's clusters).
    pub shared: usize,
    /// Statements every article carries (0 for a story of one article).
    pub shared_by_all: usize,
    /// Sentences only one article carries, in all (every sentence but furniture, for a story
    /// of one article).
    pub unique: usize,
    /// The report's findings by kind (`number`, `name`, `quote`, …), those with none left out.
    pub findings: BTreeMap<String, usize>,
}

impl StorySummary {
    /// The summary of the report of a story of two or more articles.
    pub fn of_report(story: usize, report: &Report) -> Self {
        let sources = report.articles.len();
        let mut findings = BTreeMap::new();
        for f in &report.findings {
            let kind = serde_json::to_value(f)
                .ok()
                .and_then(|v| v.get("kind")?.as_str().map(str::to_owned))
                .unwrap_or_default();
            *findings.entry(kind).or_insert(0) += 1;
        }
        Self {
            story,
            files: report.articles.iter().map(|a| a.name.clone()).collect(),
            sources,
            sentences: report.articles.iter().map(|a| a.sentences.len()).sum(),
            shared: report.clusters.len(),
            shared_by_all: report
                .clusters
                .iter()
                .filter(|c| c.sources.len() == sources)
                .count(),
            unique: report.unique.iter().map(Vec::len).sum(),
            findings,
        }
    }

    /// The summary of a story of one article: nothing shared, every sentence but the site
    /// furniture its own.
    pub fn of_single(story: usize, article: &crate::report::ArticleReport) -> Self {
        Self {
            story,
            files: vec![article.name.clone()],
            sources: 1,
            sentences: article.sentences.len(),
            shared: 0,
            shared_by_all: 0,
            unique: article
                .sentences
                .iter()
                .filter(|s| s.furniture.is_none())
                .count(),
            findings: BTreeMap::new(),
        }
    }
}
