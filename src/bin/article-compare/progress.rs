//! The progress bar of a long comparison (indicatif), on standard error: only when standard
//! error is a terminal, and only once the comparison has run for a moment, so a short run and
//! any redirected run print nothing more than before. Standard output (the report, JSON, CSV)
//! never carries it; the bar is cleared when the comparison ends. Once shown, the bar is drawn
//! at the start and the end of every phase, whatever indicatif's redraw rate (a phase shorter
//! than its redraw interval would otherwise not show); `ARTICLE_COMPARE_PROGRESS_DELAY_MS`
//! sets the delay (300 ms unless set; 0 shows the bar from the start, as the tests do).

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use article_compare::{Article, Error, Options, Progress, Report, bundled_model};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How long a comparison runs before its bar appears, unless the environment says otherwise.
const DELAY: Duration = Duration::from_millis(300);

/// [`DELAY`], or the milliseconds of `ARTICLE_COMPARE_PROGRESS_DELAY_MS`.
fn delay() -> Duration {
    std::env::var("ARTICLE_COMPARE_PROGRESS_DELAY_MS")
        .ok()
        .and_then(|ms| ms.parse().ok())
        .map_or(DELAY, Duration::from_millis)
}

/// [`Options::compare`], with a progress bar on standard error for a long run.
pub fn compare(options: &Options, articles: &[Article<'_>]) -> Result<Report, Error> {
    if !std::io::stderr().is_terminal() {
        return options.compare(articles);
    }
    let (started, delay) = (Instant::now(), delay());
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
    bar.set_style(
        ProgressStyle::with_template("{msg:>10} [{bar:40}] {pos}/{len} {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    let mut shown = false;
    let report = options.compare_with_progress(articles, Some(bundled_model()), &mut |p| {
        if !shown && started.elapsed() >= delay {
            bar.set_draw_target(ProgressDrawTarget::stderr());
            shown = true;
        }
        show(&bar, p);
    });
    bar.finish_and_clear();
    report
}

fn show(bar: &ProgressBar, p: Progress) {
    if bar.length() != Some(p.total as u64) || bar.message() != p.phase.name() {
        bar.set_message(p.phase.name());
        bar.set_length(p.total as u64);
    }
    bar.set_position(p.done as u64);
    if p.done == 0 || p.done == p.total {
        bar.force_draw();
    }
}
