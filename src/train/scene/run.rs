//! The epoch loop of seed 003 (as its train.py) and its outputs (figures, round-trip texts):
//! the synthetic corpus and its 80/20 split, scheduled sampling, validation with round-trip
//! captions, three cosine schedules stepped per epoch, a checkpoint on every validation
//! improvement plus one after every epoch (and on Ctrl-C, mid-epoch) from which `--resume` truly
//! continues, curves, summary and the four fixed sample prompts. `sample` turns one text into a
//! scene and reads it back.

use super::{
    batch_from_texts, LossConfig, SceneBatch, SceneCheckpoint, SceneConfig, SceneState,
    SceneTrainer,
};
use crate::dist::{LossSum, Share};
use crate::error::{Error, Result};
use crate::gpu::Gpu;
use crate::io::plot::{chart_panels, titled_grid, ChartPanel};
use crate::io::tensorboard::EventWriter;
use crate::models::scene_data::{generate_texts, Vocab};
use crate::nn::Module;
use crate::train::fit::{
    fit, Checkpoints, EpochEnd, EpochPlan, EpochProgress, EpochStats, StepReport, Trainer,
};
use crate::train::{read_csv, shuffled, Metrics, Progress};
use std::path::{Path, PathBuf};

/// The sequence length of the seed's data set: SOS + words + EOS, padded to 50.
pub const MAX_LENGTH: usize = 50;
/// The seed's generate_samples() prompts.
pub const SAMPLE_PROMPTS: [&str; 4] = [
    "a large red ball in the center",
    "small blue cube on the left",
    "yellow sphere floating on striped background",
    "multiple green triangles arranged in a pattern",
];
/// The name of the checkpoint written after every epoch (and on interruption).
pub const LATEST: &str = "checkpoint_latest.safetensors";

/// Everything `wgtrain scene train` takes (the seed's train.py flags; `config.lm.vocab` comes
/// from the data).
#[derive(Clone, Debug)]
pub struct SceneRun {
    /// The three models' shapes (`lm.vocab` is ignored: the vocabulary's size is used).
    pub config: SceneConfig,
    /// Loss weights and fix flags.
    pub losses: LossConfig,
    /// Accepted and unused, as in the seed.
    pub lambda_reconstruction: f32,
    /// Epochs to train, also the cosine schedules' T_max; default 50.
    pub epochs: usize,
    /// Texts per batch; default 8.
    pub batch_size: usize,
    /// Base learning rate of the three Adams, cosine-annealed per epoch; default 5e-5.
    pub lr: f64,
    /// Share of the texts used for training, the rest for validation; default 0.8.
    pub train_split: f64,
    /// Mixed precision (`--amp`, the original's `--use_amp`): f16 operands for the matrix
    /// products and convolutions, a loss scaler per step (AR, scene).
    pub use_amp: bool,
    /// Synthetic texts to generate for the data set; default 10000.
    pub num_samples: usize,
    /// None: a seed is drawn from the clock and printed (the seed's default is unseeded).
    pub seed: Option<u64>,
    /// Folder of the CSVs, TensorBoard logs and figures; default `logs`.
    pub log_dir: PathBuf,
    /// Folder of the checkpoints; default `checkpoints`.
    pub checkpoint_dir: PathBuf,
    /// Log a row of `history.csv` and TensorBoard's step scalars every this many batches;
    /// default 10.
    pub log_interval: usize,
    /// Continue from this checkpoint.
    pub resume: Option<PathBuf>,
    /// Delete an earlier run's checkpoints and logs first (else a fresh run refuses to start
    /// over them).
    pub overwrite: bool,
    /// Where the four fixed prompts' figure goes (the seed: ./sample_generations.png).
    pub samples_out: PathBuf,
    /// Show a progress bar; default true.
    pub progress: bool,
    /// Stop as Ctrl-C would (checkpoint, then return) after this many training batches of
    /// this call: a short look at a run, and how the tests interrupt one.
    pub stop_after: Option<usize>,
    /// Keep only the newest this many best checkpoints `checkpoint_epoch_N` (0: all).
    pub keep_last: usize,
    /// Write the final `checkpoint_latest` without the optimizers' state (not resumable).
    pub weights_only: bool,
    /// The run's settings as TOML (the command line's), written into `log_dir`.
    pub settings: Option<String>,
}

impl Default for SceneRun {
    fn default() -> Self {
        SceneRun {
            config: SceneConfig::default(),
            losses: LossConfig::default(),
            lambda_reconstruction: 1.0,
            epochs: 50,
            batch_size: 8,
            lr: 5e-5,
            train_split: 0.8,
            use_amp: false,
            num_samples: 10_000,
            seed: None,
            log_dir: "logs".into(),
            checkpoint_dir: "checkpoints".into(),
            log_interval: 10,
            resume: None,
            overwrite: false,
            samples_out: "sample_generations.png".into(),
            progress: true,
            stop_after: None,
            keep_last: 0,
            weights_only: false,
            settings: None,
        }
    }
}

/// What a run did.
#[derive(Clone, Debug, Default)]
pub struct SceneSummary {
    /// The seed the run used (drawn or given).
    pub seed: u64,
    /// (epoch, train loss, val loss) of the epochs this call finished
    pub epochs: Vec<(usize, f64, f64)>,
    /// Steps taken by the end, across resumes.
    pub global_step: u64,
    /// Batches this call skipped (non-finite losses or gradients).
    pub skipped_batches: usize,
    /// The lowest validation loss so far (infinite before the first validation).
    pub best_val_loss: f64,
    /// Stopped early by Ctrl-C (a checkpoint was written)
    pub interrupted: bool,
    /// The four prompts read back (empty if interrupted)
    pub samples: Vec<(String, String)>,
}

const HISTORY_HEADER: &str = "step,epoch,batch,train_loss,ar_loss,ar_perplexity,ar_accuracy,\
consistency_loss,kl_loss,spatial_loss,diversity_loss,perceptual_loss,caption_loss,teacher_forcing";
const EPOCH_HEADER: &str = "epoch,step,train_loss,val_loss,val_ar_loss,val_ar_perplexity,\
val_ar_accuracy,embedding_norm,embedding_similarity,skipped_batches,lr_ar,lr_decoder,lr_caption";

fn io_err(what: String) -> impl FnOnce(std::io::Error) -> Error {
    move |e| Error::Io { what, source: e }
}

/// The seed's split sizes: train = int(f·n), validation = the rest.
fn split_lengths(n: usize, f: f64) -> (usize, usize) {
    let a = ((f * n as f64) as usize).min(n);
    (a, n - a)
}

/// CosineAnnealingLR(T_max, eta_min 0) after `last_epoch` steps, in closed form.
pub fn cosine_lr(base: f64, last_epoch: usize, t_max: usize) -> f64 {
    crate::optim::LrSchedule::Cosine {
        lr: base,
        min_lr: 0.0,
        t_max,
    }
    .at(last_epoch)
}

/// The batches of one pass over `order`; in the plain (BatchNorm1d) bottleneck a trailing
/// batch of one is dropped, since batch statistics need two rows (the seed would crash).
fn batches(order: &[usize], size: usize, use_vae: bool) -> Vec<Vec<usize>> {
    order
        .chunks(size)
        .filter(|c| use_vae || c.len() > 1)
        .map(<[usize]>::to_vec)
        .collect()
}

fn check_run(run: &SceneRun) -> Result<()> {
    let what = "scene training options";
    let bad = |d: String| Err(Error::config(what, d));
    if run.epochs == 0 || run.batch_size == 0 || run.log_interval == 0 {
        return bad("--epochs, --batch-size and --log-interval must be at least 1".into());
    }
    if !(run.train_split > 0.0 && run.train_split < 1.0) {
        return bad(format!(
            "--train-split {} must be between 0 and 1 (the original's is 0.8)",
            run.train_split
        ));
    }
    crate::train::check_learning_rate(what, "--lr", run.lr)?;
    if run.num_samples < 4 {
        return bad(format!(
            "--num-samples {} is too few to split into training and validation",
            run.num_samples
        ));
    }
    let d = &run.config.lm;
    if d.heads == 0 || !d.d_model.is_multiple_of(d.heads) {
        return bad(format!(
            "--d-model {} must be a multiple of --n-heads {}",
            d.d_model, d.heads
        ));
    }
    if !(0.0..1.0).contains(&d.dropout) {
        return bad(format!("--dropout {} must be in [0, 1)", d.dropout));
    }
    if run.batch_size < 2 && !run.config.use_vae {
        return bad(
            "--batch-size 1 without --use-vae: the plain bottleneck's BatchNorm1d needs at \
             least two texts a batch (the original would crash); use 2 or more, or --use-vae"
                .into(),
        );
    }
    let l = &run.losses;
    for (name, v) in [
        ("--lambda-kl", l.lambda_kl),
        ("--lambda-spatial", l.lambda_spatial),
        ("--lambda-diversity", l.lambda_diversity),
        ("--lambda-perceptual", l.lambda_perceptual),
        ("--lambda-consistency", l.lambda_consistency),
        ("--sobel-eps", l.sobel_eps),
    ] {
        if !v.is_finite() {
            return bad(format!("{name} {v} must be a finite number"));
        }
    }
    if l.sobel_eps < 0.0 {
        return bad(format!(
            "--sobel-eps {} must be ≥ 0 (it goes under a square root)",
            l.sobel_eps
        ));
    }
    Ok(())
}

/// Train as the seed's train.py (see the module doc); `say` gets every line meant for the
/// user (the progress bar draws itself).
pub fn train(gpu: &Gpu, run: &SceneRun, say: &mut dyn FnMut(&str)) -> Result<SceneSummary> {
    let world = crate::dist::world();
    let root = world.is_root();
    check_run(run)?;
    // data-parallel: the same settings on every rank, before anything is read or written
    crate::train::ranks_agree_on("the settings", &format!("{run:?}"))?;
    crate::train::check_rank_batch("scene train", run.batch_size)?;
    // --amp on an adapter without f16 is refused before anything is read or written
    crate::train::amp_scaler(gpu, run.use_amp, "scene train")?;
    let ck: Option<SceneCheckpoint> = match &run.resume {
        Some(p) => Some(SceneTrainer::open(p)?),
        None => None,
    };
    let seed = match (&ck, run.seed) {
        (Some(c), Some(s)) if s != c.state.seed => {
            return Err(Error::checkpoint(
                &c.what,
                format!(
                    "the checkpoint's run used --seed {} (its data, split and draws), this run \
                     asks for {s}: pass --seed {} or leave --seed out",
                    c.state.seed, c.state.seed
                ),
            ))
        }
        (Some(c), _) => c.state.seed,
        (None, Some(s)) => s,
        (None, None) => {
            let s = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() as u64)
                .unwrap_or(0);
            // every rank of a data-parallel job trains on rank 0's draw
            let s = world.root_value(s)?;
            say(&format!(
                "no --seed: this run draws seed {s} (pass --seed {s} to repeat it)"
            ));
            s
        }
    };
    if let Some(c) = &ck {
        let s = &c.state;
        let mut diff = vec![];
        if s.num_samples != run.num_samples {
            diff.push(format!(
                "num_samples {} (this run asks for {})",
                s.num_samples, run.num_samples
            ));
        }
        if s.train_split != run.train_split {
            diff.push(format!(
                "train_split {} (this run asks for {})",
                s.train_split, run.train_split
            ));
        }
        if s.batch_size != run.batch_size {
            diff.push(format!(
                "batch_size {} (this run asks for {})",
                s.batch_size, run.batch_size
            ));
        }
        if s.base_lrs[0] != run.lr {
            diff.push(format!(
                "lr {} (this run asks for {})",
                s.base_lrs[0], run.lr
            ));
        }
        if s.losses != run.losses {
            diff.push(format!(
                "loss settings {:?} (this run asks for {:?})",
                s.losses, run.losses
            ));
        }
        if s.t_max != run.epochs {
            say(&format!(
                "the checkpoint's run was for {} epochs and this one is for {}: the cosine \
                 schedules continue on the new length (T_max {})",
                s.t_max, run.epochs, run.epochs
            ));
        }
        let want = SceneConfig {
            lm: crate::models::scene_lm::LmConfig {
                vocab: c.config.lm.vocab,
                ..run.config.lm.clone()
            },
            ..run.config.clone()
        };
        diff.extend(c.config.differences(&want));
        if !diff.is_empty() {
            return Err(Error::checkpoint(
                &c.what,
                format!(
                    "the checkpoint was trained with {}; pass the checkpoint's values to resume it",
                    diff.join(", ")
                ),
            ));
        }
    }

    // data: the corpus, its vocabulary (the checkpoint's when resuming), the split
    let texts = generate_texts(run.num_samples, seed);
    crate::train::ranks_agree_on("the texts", &texts)?;
    let vocab = match &ck {
        Some(c) => c.vocab.clone(),
        None => Vocab::build(&texts),
    };
    if ck.is_some() {
        // the checkpoint's ids rule; words it never saw read as <UNK> (said once)
        let unknown: Vec<String> = texts.iter().flat_map(|t| vocab.encode_words(t).1).collect();
        if !unknown.is_empty() {
            let u = distinct(&unknown);
            say(&format!(
                "{} words of this corpus ({} distinct: {}) are not in the checkpoint's \
                 vocabulary and read as <UNK>",
                unknown.len(),
                u.len(),
                u[..u.len().min(8)].join(", ")
            ));
        }
    }
    let (n_train, n_val) = split_lengths(texts.len(), run.train_split);
    if n_train < 2 && !run.config.use_vae || n_train == 0 || n_val == 0 {
        return Err(Error::config(
            "scene training options",
            format!(
                "--num-samples {} with --train-split {} leaves {n_train} training and {n_val} \
                 validation texts (at least 1 of each is needed, and 2 for training without \
                 --use-vae)",
                run.num_samples, run.train_split
            ),
        ));
    }
    let perm = shuffled(texts.len(), seed, u64::MAX);
    let (train_idx, val_idx) = perm.split_at(n_train);
    let mut config = run.config.clone();
    config.lm.vocab = vocab.len();
    // before anything is allocated: a model that cannot fit is refused now, with the estimate
    let memory = config.memory_estimate(crate::train::rank_batch(run.batch_size), MAX_LENGTH - 1);
    memory.check(
        gpu,
        "scene train",
        run.batch_size,
        "lower --n-layers, --d-model, --hidden-dim or --batch-size",
        &mut |m| say(&m),
    )?;
    let mut tr = crate::gpu::allocating_weights(
        "the scene models",
        "lower --d-model, --n-layers or --hidden-dim",
        || SceneTrainer::new(gpu, config.clone(), run.losses.clone(), run.lr, seed),
    )?;
    if run.use_amp {
        tr.enable_amp(gpu)?;
    }
    let mut state = SceneState {
        epoch: None,
        batches_done: 0,
        epoch_loss_sum: 0.0,
        epoch_loss_count: 0,
        epoch_skipped: 0,
        global_step: 0,
        attempts: 0,
        best_checkpoint: None,
        best_val_loss: None,
        base_lrs: [run.lr; 3],
        t_max: run.epochs,
        last_epoch: 0,
        seed,
        num_samples: run.num_samples,
        train_split: run.train_split,
        batch_size: run.batch_size,
        losses: run.losses.clone(),
    };
    if let Some(c) = &ck {
        tr.load(c, true)?;
        // lr and loss settings equal the checkpoint's (checked above); only T_max may move
        state = SceneState {
            t_max: run.epochs,
            ..c.state.clone()
        };
    }
    let start = state.epoch.map_or(0, |e| e + 1);
    say(&format!(
        "scene: {} training / {} validation texts, vocabulary {} words, {} parameters (LM {}, \
         decoder {}, captioner {}), {}, epochs {start}..{}",
        n_train,
        n_val,
        vocab.len(),
        count(&tr.lm.named_parameters())
            + count(&tr.decoder.named_parameters())
            + count(&tr.captioner.named_parameters()),
        count(&tr.lm.named_parameters()),
        count(&tr.decoder.named_parameters()),
        count(&tr.captioner.named_parameters()),
        if config.use_vae {
            "VAE bottleneck"
        } else {
            "plain bottleneck (--use-vae is off, the original's CLI default)"
        },
        run.epochs
    ));

    let logs = &run.log_dir;
    // rank 0 of a data-parallel job writes the files (the others: None)
    let _lock = crate::train::set_up_run_folder(
        "scene",
        &run.checkpoint_dir,
        &[&run.log_dir, &run.checkpoint_dir],
        crate::train::RunOutputs::default()
            .prefixed(run.checkpoint_dir.clone(), "checkpoint_")
            .file(logs.join("history.csv"))
            .file(logs.join("epochs.csv"))
            .file(logs.join("training_curves.png"))
            .file(logs.join("training_summary.txt"))
            .prefixed(logs.clone(), "scenes_epoch_")
            .prefixed(logs.clone(), "roundtrip_epoch_")
            .prefixed(logs.clone(), "events.out.tfevents."),
        (run.resume.is_some(), run.overwrite),
        &mut |m| say(&m),
    )?;
    if let Some(s) = run.settings.as_ref().filter(|_| root) {
        crate::train::write_settings(&run.log_dir, "scene", s, &mut |m| say(&m))?;
    }
    // resuming: the rows up to the checkpoint's step stay (fit cuts epochs.csv likewise)
    let step_cut = ck.as_ref().map(|_| state.global_step as f64 + 1.0);
    let history = if root {
        Some(Metrics::open_at(
            &run.log_dir.join("history.csv"),
            HISTORY_HEADER,
            step_cut,
        )?)
    } else {
        None
    };
    let first_plan = SceneEpochs::plan_of(train_idx, seed, start, run.batch_size, config.use_vae);
    if start < run.epochs && first_plan.len() * run.batch_size < n_train {
        say(
            "the last training batch has one text and the plain bottleneck's BatchNorm1d \
             needs two, so it is left out of every epoch",
        );
    }
    let resume_within = ck.as_ref().map(|_| EpochProgress {
        epoch: start,
        batches_done: state.batches_done,
        sums: vec![state.epoch_loss_sum],
        steps: state.epoch_loss_count,
        skipped: state.epoch_skipped,
    });
    let mut trainer = SceneEpochs {
        gpu: gpu.clone(),
        tr,
        vocab,
        texts: &texts,
        train_idx,
        val_idx,
        run,
        state,
        history,
        epoch: start,
        lrs: [run.lr; 3],
        hinted: false,
        last: None,
        epochs: vec![],
        val_loss: f64::NAN,
    };
    let plan = EpochPlan {
        first_epoch: start,
        batch_size: run.batch_size,
        unit: "texts",
        progress: run.progress,
        bar_per_epoch: true,
        weights_only: run.weights_only,
        mid_epoch: true,
        stop_after_batches: run.stop_after,
        resume_within,
        ..EpochPlan::new(
            "scene",
            run.epochs,
            run.log_dir.join("epochs.csv"),
            run.log_dir.clone(),
            Checkpoints::File(run.checkpoint_dir.join(LATEST)),
        )
    };
    let done = fit(&mut trainer, &plan, &mut |m| say(&m))?;
    let mut summary = SceneSummary {
        seed,
        epochs: trainer.epochs.clone(),
        global_step: trainer.tr.global_step,
        skipped_batches: done.skipped,
        best_val_loss: trainer.state.best_val_loss.unwrap_or(f64::INFINITY),
        interrupted: done.interrupted,
        samples: vec![],
    };
    if done.interrupted || !root {
        // the other ranks of a data-parallel job leave the figures and samples to rank 0
        return Ok(summary);
    }
    summary.best_val_loss = trainer.state.best_val_loss.unwrap_or(f64::NAN);
    training_curves(&run.log_dir)?;
    training_summary(&run.log_dir)?;
    summary.samples = sample_generations(&trainer.tr, &trainer.vocab, &run.samples_out, say)?;
    say(&format!(
        "wrote {}, {}, {} and {}",
        run.log_dir.join("training_curves.png").display(),
        run.log_dir.join("training_summary.txt").display(),
        run.samples_out.display(),
        run.checkpoint_dir.join(LATEST).display()
    ));
    Ok(summary)
}

/// The scene models' training as the shared epoch loop runs it: scheduled-sampling steps
/// (skipping non-finite batches as the seed does), `history.csv` every `log_interval`
/// batches, validation with its figures after each epoch, a checkpoint on every validation
/// improvement (linked as the latest) or else the latest alone, and mid-epoch saves on an
/// interruption.
struct SceneEpochs<'a> {
    gpu: Gpu,
    tr: SceneTrainer,
    vocab: Vocab,
    texts: &'a [String],
    train_idx: &'a [usize],
    val_idx: &'a [usize],
    run: &'a SceneRun,
    state: SceneState,
    /// `history.csv` (rank 0 alone writes it).
    history: Option<Metrics>,
    epoch: usize,
    lrs: [f64; 3],
    hinted: bool,
    /// The last step's full report and whether it was teacher-forced.
    last: Option<(super::StepReport, bool)>,
    /// (epoch, train loss, val loss) of the epochs this call finished.
    epochs: Vec<(usize, f64, f64)>,
    val_loss: f64,
}

impl SceneEpochs<'_> {
    /// Epoch `epoch`'s batches of the training texts `train_idx`.
    fn plan_of(
        train_idx: &[usize],
        seed: u64,
        epoch: usize,
        size: usize,
        use_vae: bool,
    ) -> Vec<Vec<usize>> {
        let order: Vec<usize> = shuffled(train_idx.len(), seed, epoch as u64)
            .into_iter()
            .map(|i| train_idx[i])
            .collect();
        batches(&order, size, use_vae)
    }
}

impl Trainer for SceneEpochs<'_> {
    type Batch = SceneBatch;

    fn columns(&self) -> &'static [&'static str] {
        &["train_loss"]
    }

    fn header(&self) -> &'static str {
        EPOCH_HEADER
    }

    fn batches(&self, epoch: usize) -> Vec<Vec<usize>> {
        Self::plan_of(
            self.train_idx,
            self.state.seed,
            epoch,
            self.run.batch_size,
            self.tr.config.use_vae,
        )
    }

    /// The step combines its ranks' parts term by term (token means and item means, an edge
    /// loss squared after the sum) and reports the global batch's values.
    fn data_parallel(&self) -> Option<LossSum> {
        Some(LossSum::Global)
    }

    fn set_share(&mut self, share: Share) {
        self.tr.set_share(share);
    }

    fn left_out(&mut self) -> Result<()> {
        self.tr.leave_out_batch();
        Ok(())
    }

    fn batch(&self, picks: &[usize]) -> Result<SceneBatch> {
        let chunk: Vec<String> = picks.iter().map(|&i| self.texts[i].clone()).collect();
        batch_from_texts(&self.gpu, &self.vocab, &chunk, MAX_LENGTH)
    }

    fn begin_epoch(&mut self, epoch: usize) -> Result<()> {
        let s = &self.state;
        self.lrs = s
            .base_lrs
            .map(|b| cosine_lr(b, s.last_epoch, self.run.epochs));
        self.tr.set_learning_rates(self.lrs);
        self.epoch = epoch;
        Ok(())
    }

    fn step(&mut self, batch: &SceneBatch) -> Result<StepReport> {
        let (r, teacher) = self.tr.scheduled_step(batch, self.epoch)?;
        let skipped = r.skipped.as_ref().map(|why| {
            if self.hinted || self.run.losses.nan_check_before_step {
                return why.clone();
            }
            self.hinted = true;
            format!(
                "{why}\n  (the seed's semantics: the optimizer stepped before the check; \
                 --nan-check-before-step skips such batches before stepping and --sobel-eps \
                 1e-6 removes the edge loss's NaN gradient)"
            )
        });
        let report = StepReport {
            values: vec![r.total],
            skipped,
            note: r.note.clone(),
        };
        self.last = Some((r, teacher));
        Ok(report)
    }

    fn message(&self, epoch: usize, _: &StepReport) -> String {
        let Some((r, teacher)) = &self.last else {
            return String::new();
        };
        // during the warm-up the minimised loss is the composite × a factor rising from 0,
        // which climbs while training goes well: show the composite itself
        let loss = if r.warmup > 0.0 && r.warmup < 1.0 {
            format!("{:.4} (warm-up ×{:.2})", r.total / r.warmup, r.warmup)
        } else if r.warmup == 0.0 {
            "- (warm-up ×0)".to_string()
        } else {
            format!("{:.4}", r.total)
        };
        format!(
            "epoch {epoch} loss {loss} ar {:.3} {}",
            r.ar_loss,
            if *teacher { "teacher" } else { "free-running" }
        )
    }

    /// A `history.csv` row and its `step/` scalars every `log_interval` batches.
    fn log_step(
        &mut self,
        epoch: usize,
        batch: usize,
        _: &StepReport,
        tb: &mut EventWriter,
    ) -> Result<()> {
        let Some((r, teacher)) = self
            .last
            .as_ref()
            .filter(|_| batch.is_multiple_of(self.run.log_interval))
        else {
            return Ok(());
        };
        let (q, use_vae) = (&r.parts, self.tr.config.use_vae);
        let step = self.tr.global_step as f64;
        let row = [
            step,
            epoch as f64,
            batch as f64,
            r.total,
            r.ar_loss,
            r.ar_loss.exp(),
            100.0 * r.ar_accuracy,
            q.consistency,
            if use_vae { q.kl } else { f64::NAN },
            q.spatial,
            q.diversity,
            q.perceptual,
            if *teacher { q.caption } else { f64::NAN },
            *teacher as u8 as f64,
        ];
        if let Some(h) = self.history.as_mut() {
            h.row(&row)?;
        }
        for (column, v) in HISTORY_HEADER.split(',').zip(row).skip(3) {
            if v.is_finite() {
                tb.add_scalar(&crate::train::step_tag(column), v as f32, step as i64)?;
            }
        }
        Ok(())
    }

    /// The epoch's line, validation, and the state a checkpoint of the epoch's end holds.
    fn epoch_row(
        &mut self,
        epoch: usize,
        stats: &EpochStats,
        log: &mut dyn FnMut(String),
    ) -> Result<Vec<f64>> {
        let train_loss = stats.means()[0];
        let p = SceneTrainer::scheduled_sampling_probability(epoch);
        log(format!(
            "epoch {}/{} - train loss {train_loss:.4} - free-running caption probability {p:.2}{}",
            epoch + 1,
            self.run.epochs,
            if stats.skipped > 0 {
                format!(" - {} batches skipped (non-finite)", stats.skipped)
            } else {
                String::new()
            }
        ));
        let say = &mut |m: &str| log(m.to_string());
        let val = validate(
            &self.gpu,
            &self.tr,
            &self.vocab,
            self.texts,
            self.val_idx,
            self.run,
            epoch,
            say,
        )?;
        if !val.loss.is_finite() {
            say(&format!("validation loss is {} in epoch {epoch}", val.loss));
        }
        let s = &mut self.state;
        s.last_epoch += 1;
        s.epoch = Some(epoch);
        s.batches_done = 0;
        s.epoch_loss_sum = 0.0;
        s.epoch_loss_count = 0;
        s.epoch_skipped = 0;
        s.global_step = self.tr.global_step;
        s.attempts = self.tr.attempts;
        self.val_loss = val.loss;
        self.epochs.push((epoch, train_loss, val.loss));
        let lrs = self.lrs;
        Ok(vec![
            epoch as f64,
            self.tr.global_step as f64,
            train_loss,
            val.loss,
            val.ar_loss,
            val.ar_loss.exp(),
            100.0 * val.ar_accuracy,
            val.embedding_norm,
            val.similarity,
            stats.skipped as f64,
            lrs[0],
            lrs[1],
            lrs[2],
        ])
    }

    /// The validation scenes' figure as TensorBoard's image too; the curves every 5 epochs.
    fn after_epoch(&mut self, epoch: usize, end: &mut EpochEnd) -> Result<()> {
        let log_dir = &self.run.log_dir;
        let scenes = log_dir.join(format!("scenes_epoch_{epoch}.png"));
        if let (Ok(png), Ok((w, h))) = (std::fs::read(&scenes), image::image_dimensions(&scenes)) {
            end.tb
                .add_image_png("images/scenes", &png, w, h, epoch as i64)?;
        }
        if (epoch + 1).is_multiple_of(5) || epoch + 1 == self.run.epochs {
            training_curves(log_dir)?;
        }
        Ok(())
    }

    /// A validation improvement is kept as `checkpoint_epoch_N` (the newest `keep_last`) with
    /// the latest linked to it; otherwise the latest alone is written.
    fn checkpoint(
        &mut self,
        plan: &EpochPlan,
        epoch: usize,
        _: bool,
        log: &mut dyn FnMut(String),
    ) -> Result<Option<PathBuf>> {
        let dir = &self.run.checkpoint_dir;
        let latest = dir.join(LATEST);
        if self.val_loss < self.state.best_val_loss.unwrap_or(f64::INFINITY) {
            self.state.best_val_loss = Some(self.val_loss);
            let name = format!("checkpoint_epoch_{epoch}.safetensors");
            let path = dir.join(&name);
            self.state.best_checkpoint = Some(name);
            self.save(&path, epoch)?;
            log(format!("saved best model checkpoint: {}", path.display()));
            // the latest is this same file: a link, not a second copy of its bytes
            crate::io::link_atomic(&path, &latest)?;
            crate::train::disk::keep_last(
                dir,
                "checkpoint_epoch_",
                epoch,
                self.run.keep_last,
                log,
            )?;
        } else {
            self.save(&latest, epoch)?;
        }
        if plan.weights_only && epoch + 1 == plan.epochs {
            // a new file at `latest`: the best checkpoint it was linked to keeps its state
            crate::train::disk::finish_weights_only(&latest, log)?;
        }
        Ok(Some(latest))
    }

    fn save(&self, path: &Path, _: usize) -> Result<()> {
        self.tr.save(path, &self.vocab, &self.state)
    }

    fn save_mid_epoch(&mut self, at: &EpochProgress) -> Result<PathBuf> {
        let s = SceneState {
            batches_done: at.batches_done,
            epoch_loss_sum: at.sums[0],
            epoch_loss_count: at.steps,
            epoch_skipped: at.skipped,
            global_step: self.tr.global_step,
            attempts: self.tr.attempts,
            ..self.state.clone()
        };
        let path = self.run.checkpoint_dir.join(LATEST);
        self.tr.save(&path, &self.vocab, &s)?;
        Ok(path)
    }
}

fn count(p: &[(String, crate::autograd::Var)]) -> usize {
    p.iter().map(|(_, v)| v.value().numel()).sum()
}

/// Means of one validation pass.
struct Validation {
    loss: f64,
    ar_loss: f64,
    ar_accuracy: f64,
    embedding_norm: f64,
    similarity: f64,
}

/// The seed's validate(): every validation batch in eval mode; the first batch's scenes go to
/// `scenes_epoch_{e}.png` (texts as titles) and four of them are captioned for
/// `roundtrip_epoch_{e}.txt`. Data-parallel ranks share the batches and sum the sums.
#[allow(clippy::too_many_arguments)]
fn validate(
    gpu: &Gpu,
    tr: &SceneTrainer,
    vocab: &Vocab,
    texts: &[String],
    val_idx: &[usize],
    run: &SceneRun,
    epoch: usize,
    say: &mut dyn FnMut(&str),
) -> Result<Validation> {
    // eval mode normalises with the running statistics, so a last batch of one is fine here
    let plan = batches(val_idx, run.batch_size, true);
    // data-parallel: the ranks take turns at the batches (rank 0 the first, whose figure and
    // round trip it alone writes) and sum their sums at the end
    let world = crate::dist::world();
    let root = world.is_root();
    let bar = Progress::new(
        run.progress && root,
        &format!("scene validation {epoch}"),
        plan.len() as u64,
        run.batch_size,
        "texts",
    );
    let (mut loss, mut ar, mut acc, mut norm) = (0.0, 0.0, 0.0, 0.0);
    let mut similarity = 0.0;
    for (bi, rows) in plan.iter().enumerate() {
        if bi % world.size() != world.rank() {
            bar.inc(1);
            continue;
        }
        let chunk: Vec<String> = rows.iter().map(|&i| texts[i].clone()).collect();
        let batch = batch_from_texts(gpu, vocab, &chunk, MAX_LENGTH)?;
        let counter = ((epoch as u64) << 32) | bi as u64;
        let r = tr.eval_batch(&batch, counter, bi == 0)?;
        if bi == 0 {
            similarity = r.similarity;
        }
        loss += r.loss;
        ar += r.ar_loss;
        acc += r.ar_accuracy;
        norm += r.embedding_norm;
        if let Some(scenes) = r.scenes {
            let plane = 3 * 64 * 64;
            let shown = chunk.len().min(8);
            let images: Vec<Vec<f32>> = scenes
                .chunks(plane)
                .take(shown)
                .map(<[f32]>::to_vec)
                .collect();
            let titles: Vec<String> = chunk[..shown]
                .iter()
                .map(|t| {
                    if t.chars().count() > 30 {
                        format!("{}...", t.chars().take(30).collect::<String>())
                    } else {
                        t.clone()
                    }
                })
                .collect();
            titled_grid(
                &run.log_dir.join(format!("scenes_epoch_{epoch}.png")),
                &images,
                64,
                &titles,
                4,
                4,
                None,
            )?;
            let read = tr.read_back(&images[..shown.min(4)], vocab, counter)?;
            let mut txt = String::new();
            say("round trip (text → scene → text):");
            for (i, r) in read.iter().enumerate() {
                let line = format!(
                    "{}. Original:      {}\n   Reconstructed: {r}\n",
                    i + 1,
                    chunk[i]
                );
                say(line.trim_end());
                txt.push_str(&line);
                txt.push('\n');
            }
            let path = run.log_dir.join(format!("roundtrip_epoch_{epoch}.txt"));
            std::fs::write(&path, txt).map_err(io_err(format!("writing {}", path.display())))?;
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    // the similarity is batch 0's alone (rank 0's; 0 on the others): the sum is its value
    let mut sums = [loss, ar, acc, norm, similarity];
    world.sum_f64(&mut sums)?;
    let [loss, ar, acc, norm, similarity] = sums;
    let n = plan.len().max(1) as f64;
    let v = Validation {
        loss: loss / n,
        ar_loss: ar / n,
        ar_accuracy: acc / n,
        embedding_norm: norm / n,
        similarity,
    };
    say(&format!(
        "validation: loss {:.4} | AR loss {:.4}, perplexity {:.2}, accuracy {:.2}% | mean \
         embedding norm {:.4}, mean similarity {:.4} (lower = more diverse)",
        v.loss,
        v.ar_loss,
        v.ar_loss.exp(),
        100.0 * v.ar_accuracy,
        v.embedding_norm,
        v.similarity
    ));
    Ok(v)
}

/// The columns of the history (per logged batch) and of the epochs CSV, as (x = step, y).
fn series(log_dir: &Path) -> Vec<(String, Vec<(f64, f64)>)> {
    let mut out = vec![];
    for (file, skip) in [("history.csv", 3), ("epochs.csv", 2)] {
        let (header, rows) = read_csv(&log_dir.join(file)).unwrap_or_default();
        let x = if file == "history.csv" { 0 } else { 1 };
        for (i, h) in header.iter().enumerate().skip(skip) {
            let name = if file == "epochs.csv" && h == "train_loss" {
                "train_loss (epoch mean)".to_string()
            } else {
                h.clone()
            };
            let pts = rows
                .iter()
                .filter(|r| r.len() > i)
                .map(|r| (r[x], r[i]))
                .collect();
            out.push((name, pts));
        }
    }
    out
}

/// `training_curves.png`: the seed's ten panels (train_loss, val_loss, consistency, kl, spatial,
/// diversity, perceptual, ar_loss, ar_perplexity, ar_accuracy), two columns, x = global step.
pub fn training_curves(log_dir: &Path) -> Result<()> {
    let all = series(log_dir);
    let get = |n: &str| all.iter().find(|(k, _)| k == n).cloned();
    let panel = |title: &str, names: &[&str], log_y: bool| ChartPanel {
        title: title.to_string(),
        x_label: "global step".into(),
        y_label: title.to_string(),
        series: names.iter().filter_map(|n| get(n)).collect(),
        log_y,
    };
    let panels = vec![
        panel(
            "train_loss",
            &["train_loss", "train_loss (epoch mean)"],
            false,
        ),
        panel("val_loss", &["val_loss"], false),
        panel("consistency_loss", &["consistency_loss"], false),
        panel("kl_loss", &["kl_loss"], false),
        panel("spatial_loss", &["spatial_loss"], false),
        panel("diversity_loss", &["diversity_loss"], false),
        panel("perceptual_loss", &["perceptual_loss"], true),
        panel("ar_loss", &["ar_loss", "val_ar_loss"], false),
        panel(
            "ar_perplexity",
            &["ar_perplexity", "val_ar_perplexity"],
            true,
        ),
        panel("ar_accuracy %", &["ar_accuracy", "val_ar_accuracy"], false),
    ];
    chart_panels(&log_dir.join("training_curves.png"), &panels, 2)
}

/// `training_summary.txt`: final, min and mean of every metric that has values.
pub fn training_summary(log_dir: &Path) -> Result<()> {
    let mut s = String::from("Training summary (x = global step; NaN rows are left out)\n\n");
    for (name, pts) in series(log_dir) {
        let v: Vec<f64> = pts.iter().map(|p| p.1).filter(|y| y.is_finite()).collect();
        if v.is_empty() {
            continue;
        }
        let min = v.iter().cloned().fold(f64::INFINITY, f64::min);
        let mean = v.iter().sum::<f64>() / v.len() as f64;
        s.push_str(&format!(
            "{name}:\n  final {:.6}\n  min   {min:.6}\n  mean  {mean:.6}\n",
            v[v.len() - 1]
        ));
    }
    let path = log_dir.join("training_summary.txt");
    std::fs::write(&path, s).map_err(io_err(format!("writing {}", path.display())))
}

/// Words outside the vocabulary, said once for a whole set of texts.
fn say_unknown(unknown: &[String], say: &mut dyn FnMut(&str)) {
    let u = distinct(unknown);
    if !u.is_empty() {
        say(&format!(
            "not in the vocabulary, read as <UNK>: {}",
            u.join(", ")
        ));
    }
}

/// The distinct words of a list, sorted.
fn distinct(words: &[String]) -> Vec<&str> {
    let mut u: Vec<&str> = words.iter().map(String::as_str).collect();
    u.sort();
    u.dedup();
    u
}

/// The seed's generate_samples(): the four fixed prompts to scenes and back, drawn as
/// "Orig / Recon" panels under "Sample Scene Generations".
fn sample_generations(
    tr: &SceneTrainer,
    vocab: &Vocab,
    out: &Path,
    say: &mut dyn FnMut(&str),
) -> Result<Vec<(String, String)>> {
    let (mut scenes, mut unknown) = (vec![], vec![]);
    for (i, text) in SAMPLE_PROMPTS.iter().enumerate() {
        let (scene, u) = tr.text_to_scene(vocab, text, 1 << 40 | i as u64)?;
        scenes.push(scene);
        unknown.extend(u);
    }
    say_unknown(&unknown, say);
    let read = tr.read_back(&scenes, vocab, 1 << 41)?;
    let titles: Vec<String> = SAMPLE_PROMPTS
        .iter()
        .zip(&read)
        .map(|(t, r)| format!("Orig: {t}\nRecon: {r}"))
        .collect();
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
        crate::io::create_dir_all(dir)?;
    }
    titled_grid(
        out,
        &scenes,
        64,
        &titles,
        4,
        4,
        Some("Sample Scene Generations"),
    )?;
    for (t, r) in SAMPLE_PROMPTS.iter().zip(&read) {
        say(&format!("sample: {t} -> {r}"));
    }
    Ok(SAMPLE_PROMPTS
        .iter()
        .map(|t| t.to_string())
        .zip(read)
        .collect())
}

/// The best checkpoint in `dir`: the one `checkpoint_latest.safetensors` names, else the
/// highest `checkpoint_epoch_N.safetensors` (the seed writes one per improvement, so within a
/// run the highest is the best).
pub fn best_checkpoint(dir: &Path) -> Result<PathBuf> {
    let named = crate::io::checkpoint::read_metadata(&dir.join(LATEST))
        .ok()
        .and_then(|m| serde_json::from_str::<SceneState>(m.get("state")?).ok())
        .and_then(|s| s.best_checkpoint)
        .map(|name| dir.join(name))
        .filter(|p| p.is_file());
    if let Some(p) = named {
        return Ok(p);
    }
    let entries = std::fs::read_dir(dir).map_err(|e| Error::Io {
        what: format!(
            "looking for checkpoints in {} (train with `wgtrain scene train` or pass --checkpoint)",
            dir.display()
        ),
        source: e,
    })?;
    entries
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().to_string();
            let n: usize = name
                .strip_prefix("checkpoint_epoch_")?
                .strip_suffix(".safetensors")?
                .parse()
                .ok()?;
            Some((n, e.path()))
        })
        .max_by_key(|(n, _)| *n)
        .map(|(_, p)| p)
        .ok_or_else(|| {
            Error::checkpoint(
                format!("looking for checkpoints in {}", dir.display()),
                "there is no checkpoint_epoch_N.safetensors: train with `wgtrain scene train` \
                 or pass --checkpoint",
            )
        })
}

/// `wgtrain scene sample`: one text → scene (saved to `out` with the text and its reading as
/// the title) → the caption the captioner reads back, which is returned.
pub fn sample(
    gpu: &Gpu,
    checkpoint: &Path,
    text: &str,
    out: &Path,
    seed: u64,
    say: &mut dyn FnMut(&str),
) -> Result<String> {
    let ck = SceneTrainer::open(checkpoint)?;
    let mut tr = SceneTrainer::new(
        gpu,
        ck.config.clone(),
        ck.state.losses.clone(),
        1e-3,
        ck.state.seed ^ seed,
    )?;
    tr.load(&ck, false)?;
    let (scene, unknown) = tr.text_to_scene(&ck.vocab, text, seed)?;
    say_unknown(&unknown, say);
    let read = tr.read_back(std::slice::from_ref(&scene), &ck.vocab, seed)?;
    let caption = read.into_iter().next().unwrap_or_default();
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
        crate::io::create_dir_all(dir)?;
    }
    titled_grid(
        out,
        &[scene],
        64,
        &[format!("Text: {text}\nRead back: {caption}")],
        1,
        4,
        None,
    )?;
    Ok(caption)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_lengths_follow_random_split() {
        assert_eq!(split_lengths(10_000, 0.8), (8000, 2000));
        assert_eq!(split_lengths(7, 0.8), (5, 2));
        assert_eq!(split_lengths(24, 0.8), (19, 5));
        assert_eq!(split_lengths(10, 0.5), (5, 5));
    }

    #[test]
    fn cosine_schedule_ends_at_zero() {
        assert_eq!(cosine_lr(1.0, 0, 10), 1.0);
        assert!((cosine_lr(1.0, 5, 10) - 0.5).abs() < 1e-12);
        assert!(cosine_lr(1.0, 10, 10).abs() < 1e-12);
    }

    #[test]
    fn a_trailing_batch_of_one_is_dropped_only_without_the_vae() {
        let order: Vec<usize> = (0..9).collect();
        assert_eq!(batches(&order, 4, false).len(), 2);
        assert_eq!(batches(&order, 4, true).len(), 3);
    }
}
