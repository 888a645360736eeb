//! The epoch loop every epoch-based trainer shares. A trainer says how to batch its data and
//! how to take one optimisation step ([`Trainer::step`]); [`fit`] does the rest the same way
//! for each: the seeded shuffle, the progress bar, the divergence check, per-step and
//! per-epoch TensorBoard scalars, the metrics CSV (cut at the resumed epoch), the checkpoint
//! cadence (with `keep_last` and `--weights-only`), Ctrl-C and the loss curve.
//!
//! Setting a run up (its folder lock, an earlier run's outputs, the memory estimate, resuming)
//! stays with each trainer's `train` function, which then hands the loop its [`EpochPlan`].
//! `wgtrain bench` times the same `step`s.

use super::{image_epoch, log_epoch_row, loss_curve, step_tag, stop_requested, Metrics, Progress};
use crate::dist::{LossSum, Share};
use crate::error::{Error, Result};
use crate::io::tensorboard::EventWriter;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// What one optimisation step reports: its values in the order of [`Trainer::columns`] (read
/// back from the device, so the step has finished when the report exists).
#[derive(Clone, Debug, PartialEq)]
pub struct StepReport {
    /// One value per column.
    pub values: Vec<f64>,
    /// Why the batch was skipped (a trainer that skips non-finite batches instead of stopping
    /// says so here): a skipped step is counted, said, and left out of the means and the
    /// divergence check.
    pub skipped: Option<String>,
    /// Something to say about a step that counts (mixed precision's skipped update: the loss
    /// was measured, the gradients overflowed, the weights stayed): said in the log, the values
    /// kept in the means.
    pub note: Option<String>,
}

impl StepReport {
    /// A step that ran, with its values.
    pub fn new(values: Vec<f64>) -> StepReport {
        StepReport {
            values,
            skipped: None,
            note: None,
        }
    }

    /// The report of a step whose update a loss scaler skipped (`why`; None: it stepped): with
    /// finite values the step still counts (a note), else it is a skipped batch (no
    /// divergence: the scaler backs off and training goes on).
    pub fn with_scaler_skip(mut self, why: Option<String>) -> StepReport {
        if let Some(why) = why {
            if self.values.iter().all(|v| v.is_finite()) {
                self.note = Some(why);
            } else {
                self.skipped = Some(why);
            }
        }
        self
    }

    /// The first value: the loss the step minimised.
    pub fn loss(&self) -> f64 {
        self.values.first().copied().unwrap_or(f64::NAN)
    }
}

/// Where an epoch stands: after its last batch, or where an interruption left it (what a
/// checkpoint saved mid-epoch holds, so a resumed run continues the epoch's sums).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EpochProgress {
    /// The epoch.
    pub epoch: usize,
    /// Batches of it done, skipped ones included.
    pub batches_done: usize,
    /// Sums of the step values of the steps that ran, in column order.
    pub sums: Vec<f64>,
    /// Steps that ran (not skipped).
    pub steps: usize,
    /// Steps skipped.
    pub skipped: usize,
}

/// A model's training as [`fit`] drives it: data in batches, one step per batch, and the
/// hooks an epoch's end needs.
pub trait Trainer {
    /// One batch on the device, as [`Trainer::step`] takes it.
    type Batch;

    /// Names of the values a step reports (the first is the loss), as TensorBoard's `step/`
    /// tags and the progress bar show them.
    fn columns(&self) -> &'static [&'static str];

    /// The header of the metrics CSV; its first column is the epoch.
    fn header(&self) -> &'static str;

    /// The batches of `epoch`, as indices into the trainer's data (seeded: the same epoch gets
    /// the same batches, so a resumed run repeats an uninterrupted one).
    fn batches(&self, epoch: usize) -> Vec<Vec<usize>>;

    /// The items `picks` as one batch on the device.
    fn batch(&self, picks: &[usize]) -> Result<Self::Batch>;

    /// One optimisation step on `batch`.
    fn step(&mut self, batch: &Self::Batch) -> Result<StepReport>;

    /// How the step's loss adds up over a batch's items, for data-parallel training (`mpirun
    /// -np N`, see [`crate::dist`]): the ranks' reported values are combined with it. None (the
    /// default): the trainer cannot split its batches, and [`fit`] refuses to run it on more
    /// than one rank.
    fn data_parallel(&self) -> Option<LossSum> {
        None
    }

    /// The part of the global batch that the next [`Trainer::batch`] and [`Trainer::step`]
    /// get (the whole batch on one rank). A data-parallel step weighs its loss by
    /// `share.weight(..)` before backward and draws its noise at the global items' positions.
    fn set_share(&mut self, _share: Share) {}

    /// A batch that data-parallel training leaves out (fewer items than ranks), in place of
    /// its step: a trainer whose draws count its steps moves the count as the step would.
    fn left_out(&mut self) -> Result<()> {
        Ok(())
    }

    /// Before an epoch's first batch (a learning-rate schedule sets the epoch's rate here).
    fn begin_epoch(&mut self, _epoch: usize) -> Result<()> {
        Ok(())
    }

    /// The progress bar's message after a step.
    fn message(&self, epoch: usize, report: &StepReport) -> String {
        let mut s = format!("epoch {epoch}");
        for (c, v) in self.columns().iter().zip(&report.values) {
            s += &format!(" {c} {v:.4}");
        }
        s
    }

    /// After a step that ran (batch `batch` of `epoch`): per-step logs beyond the plan's
    /// `step/` scalars.
    fn log_step(
        &mut self,
        _epoch: usize,
        _batch: usize,
        _report: &StepReport,
        _tb: &mut EventWriter,
    ) -> Result<()> {
        Ok(())
    }

    /// The epoch's metrics row (matching [`Trainer::header`]) from its steps; validation, if
    /// any, runs here.
    fn epoch_row(
        &mut self,
        epoch: usize,
        stats: &EpochStats,
        log: &mut dyn FnMut(String),
    ) -> Result<Vec<f64>>;

    /// The row to TensorBoard (by default every column under [`super::epoch_tag`]).
    fn log_row(&self, tb: &mut EventWriter, row: &[f64], epoch: usize) -> Result<()> {
        log_epoch_row(tb, self.header(), row, epoch)
    }

    /// After the row and the epoch's checkpoint are written: pictures, samples, anything
    /// shown once an epoch.
    fn after_epoch(&mut self, _epoch: usize, _end: &mut EpochEnd) -> Result<()> {
        Ok(())
    }

    /// Why a checkpoint the cadence asks for at `epoch` is better left out (the last epoch and
    /// an interruption are saved regardless).
    fn skip_checkpoint(&self, _epoch: usize) -> Option<String> {
        None
    }

    /// Write a resumable checkpoint of epoch `epoch` to `path` (atomically).
    fn save(&self, path: &Path, epoch: usize) -> Result<()>;

    /// The checkpoints after an epoch; returns the one written, if any. By default the plan's
    /// cadence ([`save_on_cadence`]); a trainer that keeps its best epoch decides here.
    fn checkpoint(
        &mut self,
        plan: &EpochPlan,
        epoch: usize,
        interrupted: bool,
        log: &mut dyn FnMut(String),
    ) -> Result<Option<PathBuf>>
    where
        Self: Sized,
    {
        save_on_cadence(self, plan, epoch, interrupted, log)
    }

    /// Save where an interruption left an epoch (plans with `mid_epoch`); returns the file.
    fn save_mid_epoch(&mut self, progress: &EpochProgress) -> Result<PathBuf> {
        Err(Error::invalid(
            format!("stopping in epoch {}", progress.epoch),
            "this trainer saves at epoch ends only (its plan must not set mid_epoch)",
        ))
    }
}

/// An epoch's steps, summed up for [`Trainer::epoch_row`].
#[derive(Clone, Debug)]
pub struct EpochStats {
    /// The sums of the step values over the steps that ran (in the order they ran), in
    /// column order.
    pub sums: Vec<f64>,
    /// Items trained per second (over this call's part of the epoch).
    pub items_per_s: f64,
    /// Steps that ran.
    pub steps: usize,
    /// Steps skipped (those before a resume included).
    pub skipped: usize,
}

impl EpochStats {
    /// The means of the step values over the steps that ran (NaN where none ran).
    pub fn means(&self) -> Vec<f64> {
        let n = self.steps as f64;
        self.sums
            .iter()
            .map(|s| if self.steps == 0 { f64::NAN } else { s / n })
            .collect()
    }

    /// The usual row: the epoch, the means, then `after` (a learning rate, say).
    pub fn row(&self, epoch: usize, after: &[f64]) -> Vec<f64> {
        let mut row = vec![epoch as f64];
        row.extend(self.means());
        row.extend(after);
        row
    }
}

/// What [`Trainer::after_epoch`] may use: the run's TensorBoard writer, its epoch range and
/// the log.
pub struct EpochEnd<'a> {
    /// The run's TensorBoard writer.
    pub tb: &'a mut EventWriter,
    /// The first epoch this call trains (after a resumed one).
    pub first_epoch: usize,
    /// The run's epoch count.
    pub epochs: usize,
    /// Where messages go.
    pub log: &'a mut dyn FnMut(String),
}

impl EpochEnd<'_> {
    /// Save a picture of epoch `epoch` as `path` and as TensorBoard's image `tag`.
    pub fn picture(
        &mut self,
        tag: &str,
        path: &Path,
        img: &image::RgbImage,
        epoch: usize,
    ) -> Result<()> {
        crate::io::image::save_png(path, img)?;
        self.tb.add_image_png(
            tag,
            &crate::io::image::png_bytes(img)?,
            img.width(),
            img.height(),
            epoch as i64,
        )
    }

    /// Whether `epoch` gets pictures when they are drawn every `every` epochs: the first and
    /// last of the run and every `every`.
    pub fn image_epoch(&self, epoch: usize, every: usize) -> bool {
        image_epoch(epoch, self.first_epoch, self.epochs, every)
    }
}

/// Where a run's checkpoints go.
#[derive(Clone, Debug)]
pub enum Checkpoints {
    /// One file, replaced at every save.
    File(PathBuf),
    /// `{dir}/{prefix}{epoch}.safetensors`, one per save; the newest `keep_last` are kept (0:
    /// all).
    Numbered {
        /// The folder.
        dir: PathBuf,
        /// The name before the epoch.
        prefix: String,
        /// How many to keep (0: all).
        keep_last: usize,
    },
}

impl Checkpoints {
    /// The file epoch `epoch` is saved to.
    pub fn path(&self, epoch: usize) -> PathBuf {
        match self {
            Checkpoints::File(p) => p.clone(),
            Checkpoints::Numbered { dir, prefix, .. } => {
                dir.join(format!("{prefix}{epoch}.safetensors"))
            }
        }
    }
}

/// How [`fit`] runs: the epochs, the files and the cadences.
#[derive(Clone, Debug)]
pub struct EpochPlan {
    /// The trainer's name, for the progress bar and errors (`vqvae`).
    pub name: &'static str,
    /// The first epoch to train (0, or the one after a resumed checkpoint's).
    pub first_epoch: usize,
    /// Epochs in the run (epochs `first_epoch..epochs` are trained).
    pub epochs: usize,
    /// Items per batch, for the progress bar's rate.
    pub batch_size: usize,
    /// What an item is on the progress bar (`img`).
    pub unit: &'static str,
    /// Show a progress bar.
    pub progress: bool,
    /// One bar per epoch (cleared at its end, so validation can show its own) instead of one
    /// for the run.
    pub bar_per_epoch: bool,
    /// The metrics CSV.
    pub metrics: PathBuf,
    /// The TensorBoard folder.
    pub tensorboard: PathBuf,
    /// Each step's values to TensorBoard every this many steps (0: never).
    pub step_log_every: usize,
    /// Where checkpoints go.
    pub checkpoints: Checkpoints,
    /// A checkpoint every this many epochs (the last epoch and an interruption always get
    /// one).
    pub save_every: usize,
    /// Make the last checkpoint weights only (smaller, not resumable).
    pub weights_only: bool,
    /// The loss curve (PNG) and its title, drawn at every save and at the end.
    pub curve: Option<(PathBuf, String)>,
    /// Stop after this epoch as an interruption would (tests).
    pub stop_after: Option<usize>,
    /// An interruption stops after the current batch and saves there
    /// ([`Trainer::save_mid_epoch`]) instead of finishing the epoch.
    pub mid_epoch: bool,
    /// With `mid_epoch`: stop as an interruption would after this many batches of this call.
    pub stop_after_batches: Option<usize>,
    /// With `mid_epoch`: the first epoch's progress as a checkpoint saved it (its batches
    /// before `batches_done` are not run again).
    pub resume_within: Option<EpochProgress>,
}

impl EpochPlan {
    /// A plan of epochs `first_epoch..epochs` checkpointed to `checkpoints` after every epoch,
    /// with no progress bar, step scalars, curve, or stop; set the rest by field.
    pub fn new(
        name: &'static str,
        epochs: usize,
        metrics: PathBuf,
        tensorboard: PathBuf,
        checkpoints: Checkpoints,
    ) -> EpochPlan {
        EpochPlan {
            name,
            first_epoch: 0,
            epochs,
            batch_size: 1,
            unit: "items",
            progress: false,
            bar_per_epoch: false,
            metrics,
            tensorboard,
            step_log_every: 0,
            checkpoints,
            save_every: 1,
            weights_only: false,
            curve: None,
            stop_after: None,
            mid_epoch: false,
            stop_after_batches: None,
            resume_within: None,
        }
    }
}

/// What [`fit`] did.
#[derive(Clone, Debug, Default)]
pub struct FitSummary {
    /// The first epoch trained (or that would have been).
    pub first_epoch: usize,
    /// The last epoch finished (`first_epoch` when none was).
    pub last_epoch: usize,
    /// Each finished epoch's mean step values, in column order.
    pub epoch_means: Vec<Vec<f64>>,
    /// Every step's values, in order (skipped steps left out).
    pub steps: Vec<Vec<f64>>,
    /// Steps this call skipped.
    pub skipped: usize,
    /// The last checkpoint written.
    pub last_checkpoint: Option<PathBuf>,
    /// Items trained per second over the whole loop (0 when none was).
    pub items_per_s: f64,
    /// Stopped by an interruption (Ctrl-C or a `stop_after`) with epochs left to train.
    pub interrupted: bool,
}

/// The default checkpoint cadence: every `save_every` epochs unless the trainer asks to skip
/// one, always at the last epoch and on an interruption; numbered files trimmed to
/// `keep_last`, the last made weights-only if asked, the loss curve redrawn.
pub fn save_on_cadence<T: Trainer>(
    trainer: &mut T,
    plan: &EpochPlan,
    epoch: usize,
    interrupted: bool,
    log: &mut dyn FnMut(String),
) -> Result<Option<PathBuf>> {
    let last = epoch + 1 == plan.epochs;
    let periodic = epoch.is_multiple_of(plan.save_every.max(1));
    let skip = trainer.skip_checkpoint(epoch);
    if let Some(why) = skip.as_ref().filter(|_| periodic && !last && !interrupted) {
        log(why.clone());
    }
    if !((periodic && skip.is_none()) || last || interrupted) {
        return Ok(None);
    }
    let path = plan.checkpoints.path(epoch);
    trainer.save(&path, epoch)?;
    if let Checkpoints::Numbered {
        dir,
        prefix,
        keep_last,
    } = &plan.checkpoints
    {
        super::disk::keep_last(dir, prefix, epoch, *keep_last, log)?;
    }
    if last && plan.weights_only {
        super::disk::finish_weights_only(&path, log)?;
    }
    if let Some((png, title)) = &plan.curve {
        loss_curve(&plan.metrics, png, title)?;
    }
    Ok(Some(path))
}

/// Train `trainer` for the plan's epochs. A non-finite value of a step that ran stops the run
/// with a divergence error naming the column, the epoch and batch, and the last good
/// checkpoint.
pub fn fit<T: Trainer>(
    trainer: &mut T,
    plan: &EpochPlan,
    log: &mut dyn FnMut(String),
) -> Result<FitSummary> {
    let first = plan.first_epoch;
    let world = crate::dist::world();
    // data-parallel: every rank trains, rank 0 alone writes files and shows progress
    let root = world.is_root();
    let loss_sum = match (world.size(), trainer.data_parallel()) {
        (1, _) => None,
        (_, Some(kind)) => Some(kind),
        (n, None) => {
            return Err(Error::config(
                format!("{} train", plan.name),
                format!(
                    "this trainer does not run data-parallel yet; start it as one process \
                     instead of {n} ranks"
                ),
            ))
        }
    };
    if loss_sum.is_some() {
        super::check_rank_batch(&format!("{} train", plan.name), plan.batch_size)?;
    }
    world.take_stats(); // the step's collectives only (not the start's checks)
    if let Some(n) = crate::dist::note() {
        log(n.to_string());
    }
    if loss_sum.is_some() && root && first < plan.epochs {
        log(format!(
            "data-parallel: {} ranks, each batch of {} split among them (rank 0 takes {}); \
             gradients summed in rank order",
            world.size(),
            plan.batch_size,
            world.share(plan.batch_size).len
        ));
    }
    let mut tb = if root {
        EventWriter::create(&plan.tensorboard)?
    } else {
        EventWriter::discard()
    };
    let mut metrics = if root {
        Some(Metrics::open_at(
            &plan.metrics,
            trainer.header(),
            (first > 0).then_some(first as f64),
        )?)
    } else {
        None
    };
    // every epoch has as many batches (the same items, reshuffled)
    let per_epoch = trainer.batches(first).len();
    let bar_for = |label: String, total: usize| {
        Progress::new(
            plan.progress && root,
            &label,
            total as u64,
            plan.batch_size,
            plan.unit,
        )
    };
    let run_bar = (!plan.bar_per_epoch).then(|| {
        bar_for(
            plan.name.to_string(),
            plan.epochs.saturating_sub(first) * per_epoch,
        )
    });
    let mut summary = FitSummary {
        first_epoch: first,
        last_epoch: first,
        ..Default::default()
    };
    let (start, mut items_total, mut batches_run) = (Instant::now(), 0usize, 0usize);
    let mut rates: Vec<f64> = vec![]; // items per second of each epoch this call trained
    let columns = trainer.columns();
    for epoch in first..plan.epochs {
        trainer.begin_epoch(epoch)?;
        let batches = trainer.batches(epoch);
        let mut at = match &plan.resume_within {
            Some(p) if epoch == first && plan.mid_epoch => p.clone(),
            _ => EpochProgress::default(),
        };
        at.epoch = epoch;
        at.sums.resize(columns.len(), 0.0);
        let epoch_bar = plan
            .bar_per_epoch
            .then(|| bar_for(format!("{} epoch {epoch}", plan.name), batches.len()));
        let bar = run_bar.as_ref().or(epoch_bar.as_ref()).expect("a bar");
        if epoch_bar.is_some() {
            bar.set_position(at.batches_done as u64);
        }
        let (t0, mut items) = (Instant::now(), 0usize);
        for (b, picks) in batches.iter().enumerate().skip(at.batches_done) {
            if loss_sum.is_some() && picks.len() < world.size() {
                // a short last batch (drop_last off) with fewer items than ranks: every rank
                // sees the same length, so all leave it out alike
                bar.println(format!(
                    "epoch {epoch} batch {b}: its {} item(s) cannot be split over {} ranks; \
                     left out (one process would train on it)",
                    picks.len(),
                    world.size()
                ));
                trainer.left_out()?;
                at.batches_done = b + 1;
                bar.inc(1);
                continue;
            }
            let share = world.share(picks.len());
            trainer.set_share(share);
            let batch = trainer.batch(&picks[share.range()])?;
            let mut report = trainer.step(&batch)?;
            let mut stop_seen = stop_requested();
            if loss_sum == Some(LossSum::Global) {
                // the step's values and decisions are the global batch's already
                stop_seen = world.any(stop_seen)?;
            } else if let Some(kind) = loss_sum {
                // the global batch's values and the stop flag (a Ctrl-C seen by any rank), the
                // same on every rank, so every rank takes the same decisions below
                let w = share.weight(kind);
                let mut v: Vec<f64> = report.values.iter().map(|x| x * w).collect();
                v.push(f64::from(u8::from(stop_seen)));
                world.sum_f64(&mut v)?;
                stop_seen = v.pop().is_some_and(|s| s > 0.0);
                report.values = v;
                // a loss scaler's skip is decided on the summed gradients (the same on every
                // rank); whether it is a note or a skipped batch follows the global values
                let why = report.skipped.take().or(report.note.take());
                report = report.with_scaler_skip(why);
            }
            at.batches_done = b + 1;
            if let Some(why) = &report.skipped {
                at.skipped += 1;
                summary.skipped += 1;
                bar.println(format!("epoch {epoch} batch {b}: skipped, {why}"));
            } else {
                if let Some((c, v)) = columns
                    .iter()
                    .zip(&report.values)
                    .find(|(_, v)| !v.is_finite())
                {
                    let kept = match (&summary.last_checkpoint, first) {
                        (Some(p), _) => format!("the last good checkpoint is {}", p.display()),
                        (None, 0) => "no checkpoint was written yet".into(),
                        (None, _) => "the checkpoint this run resumed from is kept".into(),
                    };
                    return Err(Error::divergence(
                        format!("{} train", plan.name),
                        format!(
                            "{c} became {v} at epoch {epoch}, batch {b}; stopping ({kept}); a \
                             lower learning rate usually helps"
                        ),
                    ));
                }
                for (s, v) in at.sums.iter_mut().zip(&report.values) {
                    *s += v;
                }
                at.steps += 1;
                let step = epoch * per_epoch + b;
                // single-batch values under step/ tags: the train/ tags are the epoch means
                if plan.step_log_every > 0 && step.is_multiple_of(plan.step_log_every) {
                    for (c, v) in columns.iter().zip(&report.values) {
                        tb.add_scalar(&step_tag(c), *v as f32, step as i64)?;
                    }
                }
                if let Some(note) = &report.note {
                    bar.println(format!("epoch {epoch} batch {b}: {note}"));
                }
                trainer.log_step(epoch, b, &report, &mut tb)?;
                bar.set_message(trainer.message(epoch, &report));
                summary.steps.push(report.values);
            }
            bar.inc(1);
            items += picks.len();
            batches_run += 1;
            // every rank stops at the same batch, whichever saw the Ctrl-C
            let stop = stop_seen || plan.stop_after_batches.is_some_and(|n| batches_run >= n);
            if plan.mid_epoch && stop && at.batches_done < batches.len() {
                bar.finish_and_clear();
                if !root {
                    summary.interrupted = true;
                    return Ok(summary);
                }
                let path = trainer.save_mid_epoch(&at)?;
                log(format!(
                    "stopped in epoch {epoch} after batch {b}; saved {} (resume with --resume {})",
                    path.display(),
                    path.display()
                ));
                summary.last_checkpoint = Some(path);
                summary.interrupted = true;
                return Ok(summary);
            }
        }
        if let Some(b) = &epoch_bar {
            b.finish_and_clear();
        }
        items_total += items;
        rates.push(items as f64 / t0.elapsed().as_secs_f64().max(1e-9));
        let stats = EpochStats {
            sums: at.sums.clone(),
            items_per_s: items as f64 / t0.elapsed().as_secs_f64().max(1e-9),
            steps: at.steps,
            skipped: at.skipped,
        };
        let row = trainer.epoch_row(epoch, &stats, log)?;
        if let Some(m) = metrics.as_mut() {
            m.row(&row)?;
        }
        trainer.log_row(&mut tb, &row, epoch)?;
        summary.epoch_means.push(stats.means());
        summary.last_epoch = epoch;
        let interrupted = world.any(stop_requested())?
            || plan.stop_after == Some(epoch)
            || plan.stop_after_batches.is_some_and(|n| batches_run >= n);
        // the checkpoint before the pictures: one that fails to draw must not cost the epoch
        if root {
            if let Some(path) = trainer.checkpoint(plan, epoch, interrupted, log)? {
                summary.last_checkpoint = Some(path);
            }
            trainer.after_epoch(
                epoch,
                &mut EpochEnd {
                    tb: &mut tb,
                    first_epoch: first,
                    epochs: plan.epochs,
                    log,
                },
            )?;
        }
        if interrupted {
            log(match &plan.checkpoints {
                Checkpoints::File(_) => {
                    format!("stopped after epoch {epoch}; continue with --resume")
                }
                Checkpoints::Numbered { .. } => format!(
                    "stopped after epoch {epoch}; resume with --resume {}",
                    plan.checkpoints.path(epoch).display()
                ),
            });
            // a stop after the run's last epoch leaves nothing undone
            summary.interrupted = epoch + 1 < plan.epochs;
            break;
        }
    }
    if let Some(bar) = &run_bar {
        bar.finish();
    }
    if let Some((png, title)) = plan.curve.as_ref().filter(|_| root) {
        loss_curve(&plan.metrics, png, title)?;
    }
    let elapsed = start.elapsed().as_secs_f64();
    summary.items_per_s = items_total as f64 / elapsed.max(1e-9);
    if !rates.is_empty() {
        // by epoch: the first includes the start-up (shader compilation, autotune)
        let list: Vec<String> = rates.iter().map(|r| format!("{r:.1}")).collect();
        log(format!(
            "throughput, {}/s by epoch: {}",
            plan.unit,
            list.join(", ")
        ));
    }
    if loss_sum.is_some() && batches_run > 0 {
        // what the synchronisation cost (rank 0's view; waiting for a slower rank included)
        let c = world.take_stats();
        log(format!(
            "data-parallel: {:.1} s of {elapsed:.1} s in gradient and statistics sums \
             ({:.0}%, host staging included), {:.2} MiB sent per step by each rank",
            c.seconds,
            100.0 * c.seconds / elapsed.max(1e-9),
            c.bytes_sent as f64 / batches_run as f64 / (1u64 << 20) as f64
        ));
    }
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    /// A trainer without a device: a batch is its indices, a step reports their sum and the
    /// step count (or NaN in the second column at `nan_at`), a checkpoint is a file holding
    /// its epoch; epoch 0 asks to be skipped as a warm-up at learning rate 0 would.
    struct Fake {
        items: usize,
        steps: usize,
        nan_at: Option<usize>,
    }

    impl Trainer for Fake {
        type Batch = Vec<usize>;
        fn columns(&self) -> &'static [&'static str] {
            &["loss", "count"]
        }
        fn header(&self) -> &'static str {
            "epoch,loss,count"
        }
        fn batches(&self, epoch: usize) -> Vec<Vec<usize>> {
            crate::data::Batches::new(self.items, 2, false, 7, epoch as u64).collect()
        }
        fn batch(&self, picks: &[usize]) -> Result<Vec<usize>> {
            Ok(picks.to_vec())
        }
        fn step(&mut self, batch: &Vec<usize>) -> Result<StepReport> {
            self.steps += 1;
            let count = if self.nan_at == Some(self.steps) {
                f64::NAN
            } else {
                self.steps as f64
            };
            Ok(StepReport::new(vec![
                batch.iter().sum::<usize>() as f64,
                count,
            ]))
        }
        fn epoch_row(
            &mut self,
            epoch: usize,
            stats: &EpochStats,
            _: &mut dyn FnMut(String),
        ) -> Result<Vec<f64>> {
            Ok(stats.row(epoch, &[]))
        }
        fn skip_checkpoint(&self, epoch: usize) -> Option<String> {
            (epoch == 0).then(|| "no checkpoint of epoch 0 (warm-up)".to_string())
        }
        fn save(&self, path: &Path, epoch: usize) -> Result<()> {
            std::fs::write(path, epoch.to_string()).map_err(|e| Error::Io {
                what: path.display().to_string(),
                source: e,
            })
        }
    }

    fn plan(dir: &Path, checkpoints: Checkpoints) -> EpochPlan {
        EpochPlan {
            name: "fake",
            first_epoch: 0,
            epochs: 4,
            batch_size: 2,
            unit: "items",
            progress: false,
            metrics: dir.join("metrics.csv"),
            tensorboard: dir.to_path_buf(),
            step_log_every: 1,
            checkpoints,
            save_every: 2,
            weights_only: false,
            curve: Some((dir.join("curve.png"), "fake".into())),
            stop_after: None,
            bar_per_epoch: false,
            mid_epoch: false,
            stop_after_batches: None,
            resume_within: None,
        }
    }

    fn fresh(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("wgtrain-fit-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    /// Five items in batches of two: three steps an epoch, every item once, the means in the
    /// CSV; checkpoints every second epoch but the skipped epoch 0, and at the last; a
    /// resumed run keeps the rows before its first epoch and appends the rest.
    #[test]
    fn the_loop_batches_averages_and_saves_on_its_cadence() {
        let dir = fresh("cadence");
        let numbered = Checkpoints::Numbered {
            dir: dir.clone(),
            prefix: "checkpoint_".into(),
            keep_last: 0,
        };
        let mut fake = Fake {
            items: 5,
            steps: 0,
            nan_at: None,
        };
        let mut said = vec![];
        let s = fit(&mut fake, &plan(&dir, numbered.clone()), &mut |m| {
            said.push(m)
        })
        .unwrap();
        assert_eq!(s.steps.len(), 12);
        assert_eq!((s.first_epoch, s.last_epoch), (0, 3));
        // every epoch sums all items once over its three batches: mean 10 / 3
        for m in &s.epoch_means {
            assert!((m[0] - 10.0 / 3.0).abs() < 1e-12, "{m:?}");
        }
        assert_eq!(s.epoch_means[1][1], 5.0, "steps 4, 5, 6");
        let saved: Vec<usize> = (0..4).filter(|e| numbered.path(*e).exists()).collect();
        assert_eq!(saved, [2, 3]);
        assert_eq!(s.last_checkpoint, Some(numbered.path(3)));
        assert!(
            said.iter().any(|m| m.contains("no checkpoint of epoch 0")),
            "{said:?}"
        );
        assert!(dir.join("curve.png").exists());
        let (header, rows) = crate::train::read_csv(&dir.join("metrics.csv")).unwrap();
        assert_eq!(header, ["epoch", "loss", "count"]);
        assert_eq!(rows.len(), 4);
        assert_eq!(rows[3][2], 11.0);

        let mut again = Fake {
            items: 5,
            steps: 6,
            nan_at: None,
        };
        let resumed = EpochPlan {
            first_epoch: 2,
            ..plan(&dir, numbered)
        };
        let r = fit(&mut again, &resumed, &mut |m| said.push(m)).unwrap();
        assert_eq!(r.steps, s.steps[6..], "a resumed run repeats the steps");
        let (_, rows2) = crate::train::read_csv(&dir.join("metrics.csv")).unwrap();
        assert_eq!(rows2, rows, "no epoch twice");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// An interruption after epoch 1 saves it (off the cadence) and says how to continue; one
    /// after the last epoch is no interruption.
    #[test]
    fn an_interrupted_run_saves_and_stops() {
        let dir = fresh("stop");
        let mut fake = Fake {
            items: 3,
            steps: 0,
            nan_at: None,
        };
        let file = dir.join("model.safetensors");
        let p = EpochPlan {
            stop_after: Some(1),
            ..plan(&dir, Checkpoints::File(file.clone()))
        };
        let mut said = vec![];
        let s = fit(&mut fake, &p, &mut |m| said.push(m)).unwrap();
        assert_eq!(s.last_epoch, 1);
        assert!(s.interrupted);
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "1");
        // a stop that lands after the last epoch leaves nothing undone
        let last = EpochPlan {
            first_epoch: 2,
            stop_after: Some(3),
            ..p.clone()
        };
        let s = fit(&mut fake, &last, &mut |m| said.push(m)).unwrap();
        assert!(!s.interrupted && s.last_epoch == 3);
        assert!(
            said.iter()
                .any(|m| m.contains("stopped after epoch 1") && m.contains("--resume")),
            "{said:?}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// A non-finite value stops the run as a divergence naming the column, the epoch and
    /// batch, and the last good checkpoint.
    #[test]
    fn a_non_finite_value_is_a_divergence_naming_the_last_checkpoint() {
        let dir = fresh("nan");
        let file = dir.join("model.safetensors");
        // three steps an epoch: step 9 is epoch 2's last batch
        let mut fake = Fake {
            items: 5,
            steps: 0,
            nan_at: Some(9),
        };
        let p = EpochPlan {
            save_every: 1,
            ..plan(&dir, Checkpoints::File(file.clone()))
        };
        let err = fit(&mut fake, &p, &mut |_| {}).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Divergence);
        let msg = err.to_string();
        assert!(
            msg.contains("count became NaN at epoch 2, batch 2")
                && msg.contains(&file.display().to_string()),
            "{msg}"
        );
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "1");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
