//! Progress of long work, for every trainer: on a terminal a bar with position, elapsed time,
//! ETA, steps/s and (where a step is a batch) items/s beside the trainer's message (the loss);
//! when stderr is not a terminal (nohup, CI, Slurm logs) a plain line every
//! `WGTRAIN_PROGRESS_SECONDS` seconds (default 30) and one at the end, as tqdm does in a file.

use std::cell::RefCell;
use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

/// Seconds between plain progress lines when stderr is not a terminal.
pub const PROGRESS_SECONDS_ENV: &str = "WGTRAIN_PROGRESS_SECONDS";
const DEFAULT_SECONDS: f64 = 30.0;

/// One piece of long work's progress: a bar on a terminal, plain lines otherwise, or nothing.
pub struct Progress {
    mode: Mode,
    state: RefCell<State>,
}

enum Mode {
    Hidden,
    Bar(indicatif::ProgressBar),
    Lines { every: Duration },
}

struct State {
    label: String,
    total: u64,
    pos: u64,
    /// Position and time when counting started (a resumed run starts part way).
    start_pos: u64,
    start: Instant,
    last_line: Option<Instant>,
    /// Where the last plain line stood (the closing line is not printed twice).
    printed_pos: Option<u64>,
    msg: String,
    /// Items in one step (a batch's images) and their name; 0: steps only.
    items_per_step: u64,
    item_name: &'static str,
    finished: bool,
}

impl Progress {
    /// `total` steps of `label` (e.g. "vqvae"), each `items_per_step` `item_name`s (0 when a
    /// step is not a batch). Hidden when `show` is false (`--quiet`).
    pub fn new(
        show: bool,
        label: &str,
        total: u64,
        items_per_step: usize,
        item_name: &'static str,
    ) -> Progress {
        let mode = if !show {
            Mode::Hidden
        } else if std::io::stderr().is_terminal() {
            let bar = indicatif::ProgressBar::new(total);
            if let Ok(style) = indicatif::ProgressStyle::with_template(
                "{prefix} {bar:25} {pos}/{len} [{elapsed_precise}<{eta_precise}] {msg}",
            ) {
                bar.set_style(style);
            }
            bar.set_prefix(label.to_string());
            Mode::Bar(bar)
        } else {
            let secs = std::env::var(PROGRESS_SECONDS_ENV)
                .ok()
                .and_then(|s| s.parse::<f64>().ok())
                .filter(|s| s.is_finite() && *s >= 0.0)
                .unwrap_or(DEFAULT_SECONDS);
            Mode::Lines {
                every: Duration::from_secs_f64(secs),
            }
        };
        Progress {
            mode,
            state: RefCell::new(State {
                label: label.to_string(),
                total,
                pos: 0,
                start_pos: 0,
                start: Instant::now(),
                last_line: None,
                printed_pos: None,
                msg: String::new(),
                items_per_step: items_per_step as u64,
                item_name,
                finished: false,
            }),
        }
    }

    /// A bar that shows nothing.
    pub fn hidden() -> Progress {
        Progress::new(false, "", 0, 0, "")
    }

    /// Start part way (a resumed epoch): the rate counts from here.
    pub fn set_position(&self, pos: u64) {
        let mut s = self.state.borrow_mut();
        s.pos = pos;
        s.start_pos = pos;
        s.start = Instant::now();
        if let Mode::Bar(b) = &self.mode {
            b.set_position(pos);
            b.reset_eta();
        }
    }

    /// The trainer's words beside the numbers (epoch, loss).
    pub fn set_message(&self, msg: impl Into<String>) {
        let mut s = self.state.borrow_mut();
        s.msg = msg.into();
        if let Mode::Bar(b) = &self.mode {
            b.set_message(s.bar_text());
        }
    }

    /// Advance by `n` steps.
    pub fn inc(&self, n: u64) {
        let mut s = self.state.borrow_mut();
        s.pos += n;
        match &self.mode {
            Mode::Hidden => {}
            Mode::Bar(b) => {
                b.inc(n);
                b.set_message(s.bar_text());
            }
            Mode::Lines { every } => {
                let due = s.last_line.map_or(s.start, |t| t) + *every;
                if Instant::now() >= due {
                    s.last_line = Some(Instant::now());
                    s.printed_pos = Some(s.pos);
                    eprintln!("{}", s.line());
                }
            }
        }
    }

    /// A message line above the bar (or among the plain lines).
    pub fn println(&self, line: impl AsRef<str>) {
        match &self.mode {
            Mode::Bar(b) => b.println(line),
            _ => eprintln!("{}", line.as_ref()),
        }
    }

    /// The end: the bar stays (or a last plain line).
    pub fn finish(&self) {
        self.end(false);
    }

    /// The end, leaving no bar behind (a plain line still says where it ended).
    pub fn finish_and_clear(&self) {
        self.end(true);
    }

    fn end(&self, clear: bool) {
        let mut s = self.state.borrow_mut();
        if s.finished {
            return;
        }
        s.finished = true;
        match &self.mode {
            Mode::Hidden => {}
            Mode::Bar(b) if clear => b.finish_and_clear(),
            Mode::Bar(b) => b.finish(),
            Mode::Lines { .. } => {
                if s.pos > s.start_pos && s.printed_pos != Some(s.pos) {
                    eprintln!("{}", s.line());
                    let _ = std::io::stderr().flush();
                }
            }
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        // an early return (an error, Ctrl-C) still leaves the terminal tidy
        if let Mode::Bar(b) = &self.mode {
            if !b.is_finished() {
                b.abandon();
            }
        }
    }
}

impl State {
    fn elapsed(&self) -> f64 {
        self.start.elapsed().as_secs_f64()
    }

    fn steps_rate(&self) -> f64 {
        (self.pos - self.start_pos) as f64 / self.elapsed().max(1e-9)
    }

    fn items_rate(&self) -> f64 {
        self.steps_rate() * self.items_per_step as f64
    }

    /// Beside the bar: the message, then the rates.
    fn bar_text(&self) -> String {
        if self.pos == self.start_pos {
            return self.msg.clone();
        }
        format!("{} · {}", self.msg, self.rates())
    }

    /// `2.00 it/s, 32 img/s`
    fn rates(&self) -> String {
        let items = if self.items_per_step > 0 {
            format!(", {:.0} {}/s", self.items_rate(), self.item_name)
        } else {
            String::new()
        };
        format!("{:.2} it/s{items}", self.steps_rate())
    }

    /// `vqvae 120/400 (30%) epoch 1 loss 0.1234 · 2.1 it/s, 34 img/s · elapsed 0:00:57, ETA 0:02:13`
    fn line(&self) -> String {
        let pct = if self.total > 0 {
            100.0 * self.pos as f64 / self.total as f64
        } else {
            100.0
        };
        let rate = self.steps_rate();
        let eta = if rate > 0.0 {
            clock(self.total.saturating_sub(self.pos) as f64 / rate)
        } else {
            "?".into()
        };
        format!(
            "{} {}/{} ({pct:.0}%) {} · {} · elapsed {}, ETA {eta}",
            self.label,
            self.pos,
            self.total,
            self.msg,
            self.rates(),
            clock(self.elapsed())
        )
    }
}

/// Seconds as h:mm:ss.
fn clock(secs: f64) -> String {
    let s = secs.max(0.0).round() as u64;
    format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_lines_say_position_rate_and_eta() {
        let s = State {
            label: "vqvae".into(),
            total: 400,
            pos: 120,
            start_pos: 20,
            start: Instant::now() - Duration::from_secs(50),
            last_line: None,
            printed_pos: None,
            msg: "epoch 1 loss 0.1234".into(),
            items_per_step: 16,
            item_name: "img",
            finished: false,
        };
        let line = s.line();
        // 100 steps in 50 s: 2 it/s, 32 img/s, 280 steps left: 140 s
        assert!(
            line.starts_with("vqvae 120/400 (30%) epoch 1 loss 0.1234"),
            "{line}"
        );
        assert!(line.contains("2.00 it/s, 32 img/s"), "{line}");
        assert!(line.contains("elapsed 0:00:50, ETA 0:02:20"), "{line}");
        assert_eq!(clock(3725.0), "1:02:05");
    }
}
