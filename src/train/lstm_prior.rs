//! The LSTM prior over VQ-VAE code maps (seed 000's train_lstm.py and generate_images.py):
//! training on windows of the encodings file, and autoregressive generation decoded through the
//! VQ-VAE. Sampling runs wholly on the GPU: each step builds the windows from the token buffer,
//! runs the prior and writes its draw back into that buffer; the tokens are read back once at
//! the end.

use super::fit::{fit, Checkpoints, EpochEnd, EpochPlan, EpochStats, StepReport, Trainer};
use super::vqvae::{load_encodings, load_model, VqVaeFile};
use super::{
    adam_over, amp_scaler, backward_and_step, open_checkpoint, restore_adam, restore_scaler,
    save_checkpoint, save_scaler, splitmix, weigh_loss,
};
use crate::autograd::{autocast, cross_entropy, no_grad, Var};
use crate::data::Batches;
use crate::dist::{LossSum, Share};
use crate::error::{Error, Result};
use crate::gpu::{Gpu, Tensor};
use crate::io::checkpoint;
use crate::io::image::{grid, save_png};
use crate::io::plot::viewable_grid;
use crate::models::lstm_prior::{check_window, LstmParams, LstmPrior};
use crate::models::vqvae::VqVae;
use crate::nn::Module;
use crate::ops::tensor::RngKey;
use crate::optim::{Adam, GradScaler};
use image::RgbImage;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The images the seed's dataset keeps: each with probability `keep_ratio`, seeded (the seed's
/// draw is unseeded).
pub fn keep_images(n: usize, keep_ratio: f64, seed: u64) -> Vec<usize> {
    let mut state = seed ^ 0x4C53_544D_5052_494F;
    (0..n)
        .filter(|_| (splitmix(&mut state) >> 11) as f64 / (1u64 << 53) as f64 <= keep_ratio)
        .collect()
}

/// (context window, next token) pairs of the kept code maps, built on demand: pair `p` of a
/// map is its target position `p % len + 1` in `[START] + codes`.
pub struct Pairs {
    seqs: Vec<Vec<u32>>,
    len: usize,
    window: usize,
    pad: u32,
}

impl Pairs {
    /// The pairs of `maps`, each prefixed with `start`, with contexts of `window` tokens padded
    /// with `pad`.
    pub fn new(maps: Vec<&[u32]>, start: u32, pad: u32, window: usize) -> Pairs {
        let len = maps.first().map_or(0, |m| m.len());
        let seqs = maps
            .into_iter()
            .map(|m| std::iter::once(start).chain(m.iter().copied()).collect())
            .collect();
        Pairs {
            seqs,
            len,
            window,
            pad,
        }
    }

    /// Number of pairs: one per code of every map.
    pub fn count(&self) -> usize {
        self.seqs.len() * self.len
    }

    /// The context of pair `p` (right-padded with PAD while shorter than the window) and its
    /// target, appended to `ids` and `targets`.
    pub fn push(&self, p: usize, ids: &mut Vec<u32>, targets: &mut Vec<i32>) {
        let (seq, i) = (&self.seqs[p / self.len], p % self.len + 1);
        let ctx = &seq[i.saturating_sub(self.window)..i];
        ids.extend_from_slice(ctx);
        ids.extend(std::iter::repeat_n(self.pad, self.window - ctx.len()));
        targets.push(seq[i] as i32);
    }
}

/// The prior layer by layer as a step runs it on one window: the embedding of its tokens, the
/// LSTM stack over the window, fc.0 and fc.2 on the last step.
pub fn tally(codes: usize, lp: &crate::models::lstm_prior::LstmParams) -> super::memory::Tally {
    let (e, h, w) = (lp.embedding_dim, lp.hidden_size, lp.window);
    let mut n = super::memory::Tally::default();
    n.embedding(codes + 2, e, w);
    for l in 0..lp.num_layers {
        n.recurrent(4, if l == 0 { e } else { h }, h, w);
    }
    n.linear(1, h, lp.fc_hidden, true)
        .linear(1, lp.fc_hidden, codes, true)
        .keep(2 * codes as u128);
    n
}

/// How a prior training run starts, stops and reports (the model's settings are in the config).
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct PriorOptions {
    /// Continue from the prior's checkpoint (epoch and optimizer state), or from `resume_from`.
    pub resume: bool,
    /// The checkpoint to resume from instead of the task's (the run still writes the task's).
    pub resume_from: Option<PathBuf>,
    /// Delete an earlier prior run's outputs first (else a fresh run refuses to start over them).
    pub overwrite: bool,
    /// Stop after this epoch (tests).
    pub stop_after: Option<usize>,
    /// Show a progress bar.
    pub progress: bool,
    /// Write the checkpoint after the last epoch without Adam's state (not resumable).
    pub weights_only: bool,
    /// Encodings file (default: {task}/output/encodings.safetensors).
    pub encodings: Option<PathBuf>,
    /// VQ-VAE weights for the sample grids (default: the task's checkpoint, if present).
    pub vqvae_weights: Option<PathBuf>,
    /// Mixed precision (`--amp`): f16 operands for the embedding-to-logits products (the LSTM
    /// layers' fused kernels stay f32), dynamic loss scaling.
    pub amp: bool,
}

/// What a prior training run did.
#[derive(Debug)]
pub struct PriorSummary {
    /// The epoch the run started at (after the resumed one).
    pub first_epoch: usize,
    /// The last epoch it finished.
    pub last_epoch: usize,
    /// Code maps kept for training.
    pub images: usize,
    /// (context window, next token) pairs per epoch.
    pub pairs: usize,
    /// Mean loss of each epoch this run trained.
    pub epoch_losses: Vec<f64>,
    /// Where the checkpoint was written.
    pub checkpoint: PathBuf,
}

fn default_encodings(cfg: &VqVaeFile) -> PathBuf {
    cfg.task_dir().join("output").join("encodings.safetensors")
}

/// The VQ-VAE for decoding samples, checking that its codebook is the prior's vocabulary.
pub fn load_decoder(gpu: &Gpu, cfg: &VqVaeFile, weights: &Path) -> Result<VqVae> {
    let (tensors, _) = checkpoint::load(weights)?;
    let k = cfg.model_params.num_embeddings;
    if let Some(cb) = tensors.iter().find(|t| t.name == "vq.embedding.weight") {
        if cb.shape.first() != Some(&k) {
            return Err(Error::checkpoint(
                format!("loading VQ-VAE {}", weights.display()),
                format!(
                    "its codebook has {} codes but the prior predicts {k} (num_embeddings in the config); use the VQ-VAE checkpoint the encodings came from",
                    cb.shape.first().copied().unwrap_or(0)
                ),
            ));
        }
    }
    load_model(gpu, &cfg.model_params, weights)
}

/// Train the prior on the encodings as the seed's train_lstm.py does, writing a checkpoint and
/// metrics into the task folder, and a sample grid every `sample_every` epochs where the VQ-VAE
/// checkpoint exists.
pub fn train(
    gpu: &Gpu,
    cfg: &VqVaeFile,
    run: &PriorOptions,
    log: &mut dyn FnMut(String),
) -> Result<PriorSummary> {
    // data-parallel: the same settings on every rank, before anything is read or written
    super::ranks_agree_on("the settings", &(cfg, run))?;
    super::check_rank_batch("lstm-prior train", cfg.train_params.batch_size)?;
    // --amp on an adapter without f16 is refused before anything is read or written
    super::amp_scaler(gpu, run.amp, "lstm-prior train")?;
    let (tp, lp) = (&cfg.train_params, &cfg.lstm_params);
    lp.validate()?;
    let codes = cfg.model_params.grid().pow(2);
    let what = "lstm-prior train";
    check_window(what, "[lstm_params] window", lp.window, codes)?;
    check_window(what, "[lstm_params] sample_window", lp.sample_window, codes)?;
    let k = cfg.model_params.num_embeddings;
    let enc_path = run
        .encodings
        .clone()
        .unwrap_or_else(|| default_encodings(cfg));
    if !enc_path.exists() {
        return Err(Error::data(
            "lstm-prior train",
            format!(
                "no encodings at {}: run `wgtrain vqvae encode --config <this config>` first, or pass --encodings",
                enc_path.display()
            ),
        ));
    }
    let (shape, codes) = load_encodings(&enc_path, k)?;
    super::ranks_agree_on("the encodings", &(&shape, &codes))?;
    let per_map = shape[1] * shape[2];
    let kept = keep_images(shape[0], lp.keep_ratio, tp.seed);
    if kept.is_empty() {
        return Err(Error::config(
            "lstm-prior train",
            format!(
                "keep_ratio = {} kept none of the {} encoded images; raise lstm_params.keep_ratio",
                lp.keep_ratio, shape[0]
            ),
        ));
    }
    tally(k, lp)
        .estimate(super::rank_batch(tp.batch_size))
        .check(
        gpu,
        "lstm-prior train",
        tp.batch_size,
        "lower embedding_dim, hidden_size, num_layers, fc_hidden or window in [lstm_params], or \
         batch_size in [train_params]",
        log,
    )?;
    let model = crate::gpu::allocating_weights(
        "the LSTM prior",
        "lower embedding_dim, hidden_size, num_layers or fc_hidden in [lstm_params]",
        || LstmPrior::new(gpu, k, lp.model(), tp.seed),
    )?;
    let pairs = Pairs::new(
        kept.iter()
            .map(|&i| &codes[i * per_map..(i + 1) * per_map])
            .collect(),
        model.start_token(),
        model.pad_token(),
        lp.window,
    );
    log(format!(
        "{} of {} code maps kept (keep_ratio {}): {} training pairs, window {}",
        kept.len(),
        shape[0],
        lp.keep_ratio,
        pairs.count(),
        lp.window
    ));
    let task = cfg.task_dir();
    let samples_dir = task.join("lstm_samples");
    let ckpt = task.join(&lp.ckpt_name);
    let _lock = super::set_up_run_folder(
        "lstm-prior",
        &task,
        &[&samples_dir],
        super::RunOutputs::default()
            .file(ckpt.clone())
            .file(task.join("lstm_metrics.csv"))
            .file(task.join("lstm_loss_curve.png"))
            .prefixed(samples_dir.clone(), "epoch_")
            .prefixed(task.join("lstm"), "events.out.tfevents."),
        (run.resume, run.overwrite),
        log,
    )?;
    let mut trainer = crate::gpu::allocating_weights(
        "the LSTM prior",
        "lower embedding_dim, hidden_size, num_layers or fc_hidden in [lstm_params]",
        || LstmPriorTrainer::new(gpu, model, lp, pairs, tp.batch_size, tp.seed),
    )?;
    trainer.scaler = amp_scaler(gpu, run.amp, "lstm-prior train")?;
    let mut first_epoch = 0;
    if run.resume {
        let from = super::resume_source(&ckpt, run.resume_from.as_deref())?;
        first_epoch = trainer.resume(&from)? + 1;
        log(format!(
            "resumed from {} at epoch {first_epoch}",
            from.display()
        ));
    }
    // once the run is sure to start
    if crate::dist::world().is_root() {
        super::write_settings(
            &task,
            "lstm-prior",
            &toml::to_string(cfg).unwrap_or_default(),
            log,
        )?;
    }
    let vq_path = run
        .vqvae_weights
        .clone()
        .unwrap_or_else(|| task.join(&tp.ckpt_name));
    if vq_path.exists() {
        trainer.samples = Some(Samples {
            decoder: load_decoder(gpu, cfg, &vq_path)?,
            dir: samples_dir,
            side: shape[1],
        });
    } else {
        log(format!(
            "no VQ-VAE checkpoint at {}: sample grids are skipped",
            vq_path.display()
        ));
    }
    let plan = EpochPlan {
        first_epoch,
        batch_size: tp.batch_size,
        unit: "windows",
        progress: run.progress,
        step_log_every: 100,
        weights_only: run.weights_only,
        curve: Some((
            task.join("lstm_loss_curve.png"),
            "LSTM prior training loss".into(),
        )),
        stop_after: run.stop_after,
        ..EpochPlan::new(
            "lstm-prior",
            lp.epochs,
            task.join("lstm_metrics.csv"),
            task.join("lstm"),
            Checkpoints::File(ckpt.clone()),
        )
    };
    let pairs = trainer.pairs.count();
    let done = fit(&mut trainer, &plan, log)?;
    Ok(PriorSummary {
        first_epoch,
        last_epoch: done.last_epoch,
        images: kept.len(),
        pairs,
        epoch_losses: done.epoch_means.iter().map(|m| m[0]).collect(),
        checkpoint: ckpt,
    })
}

/// Where sample grids are drawn during training: the VQ-VAE that decodes them, their folder,
/// and the code maps' side.
pub struct Samples {
    /// The VQ-VAE whose decoder turns codes into pictures.
    pub decoder: VqVae,
    /// The folder of the `epoch_N.png` grids.
    pub dir: PathBuf,
    /// Codes per side of a map.
    pub side: usize,
}

/// The LSTM prior's training as the shared epoch loop runs it (and `wgtrain bench` times its
/// step): cross-entropy of the next code after each window, Adam; a grid of samples every
/// `sample_every` epochs where a decoder is set.
pub struct LstmPriorTrainer {
    /// The model.
    pub model: LstmPrior,
    gpu: Gpu,
    params: Vec<(String, Var)>,
    adam: Adam,
    lp: LstmParams,
    pairs: Pairs,
    batch_size: usize,
    seed: u64,
    /// Sample grids after the epochs [`super::image_epoch`] picks (none without).
    pub samples: Option<Samples>,
    /// The loss scaler of a mixed-precision run (`--amp`).
    pub scaler: Option<GradScaler>,
    /// This rank's part of the batch (data-parallel; None: the whole batch).
    share: Option<Share>,
}

impl LstmPriorTrainer {
    /// Training `model` (made with `lp`) on `pairs` with Adam at `lp.lr`; `seed` shuffles.
    pub fn new(
        gpu: &Gpu,
        model: LstmPrior,
        lp: &LstmParams,
        pairs: Pairs,
        batch_size: usize,
        seed: u64,
    ) -> Result<LstmPriorTrainer> {
        let params = model.named_parameters();
        let adam = adam_over(&params, lp.lr)?;
        Ok(LstmPriorTrainer {
            model,
            gpu: gpu.clone(),
            params,
            adam,
            lp: lp.clone(),
            pairs,
            batch_size,
            seed,
            samples: None,
            scaler: None,
            share: None,
        })
    }

    /// Restore the model and Adam from a checkpoint; returns its epoch.
    pub fn resume(&mut self, path: &Path) -> Result<usize> {
        resume(path, &self.model, &mut self.adam, self.scaler.as_mut())
    }
}

impl Trainer for LstmPriorTrainer {
    /// Each window's codes `[b, window]` and the code after it `[b]`.
    type Batch = (Tensor, Tensor);

    fn columns(&self) -> &'static [&'static str] {
        &["loss"]
    }

    fn header(&self) -> &'static str {
        "epoch,loss,lr"
    }

    fn batches(&self, epoch: usize) -> Vec<Vec<usize>> {
        Batches::new(
            self.pairs.count(),
            self.batch_size,
            false,
            self.seed,
            epoch as u64,
        )
        .collect()
    }

    fn batch(&self, picks: &[usize]) -> Result<(Tensor, Tensor)> {
        let (mut ids, mut targets) = (Vec::new(), Vec::new());
        for &p in picks {
            self.pairs.push(p, &mut ids, &mut targets);
        }
        Ok((
            Tensor::from_u32(&self.gpu, &ids, &[picks.len(), self.lp.window])?,
            Tensor::from_i32(&self.gpu, &targets, &[picks.len()])?,
        ))
    }

    /// Every window has its target (none is ignored), so the cross-entropy is a mean over
    /// the batch's windows.
    fn data_parallel(&self) -> Option<LossSum> {
        Some(LossSum::Mean)
    }

    fn set_share(&mut self, share: Share) {
        self.share = Some(share);
    }

    fn step(&mut self, (ids, targets): &(Tensor, Tensor)) -> Result<StepReport> {
        let logits = autocast(self.scaler.is_some(), || self.model.forward(ids))?;
        let loss = cross_entropy(&logits, targets, -100)?;
        let skipped = backward_and_step(
            &mut self.adam,
            &self.params,
            &weigh_loss(&loss, self.share, LossSum::Mean)?,
            self.scaler.as_mut(),
            None,
        )?;
        Ok(StepReport::new(vec![loss.value().scalar()? as f64]).with_scaler_skip(skipped))
    }

    fn epoch_row(
        &mut self,
        epoch: usize,
        stats: &EpochStats,
        _: &mut dyn FnMut(String),
    ) -> Result<Vec<f64>> {
        Ok(stats.row(epoch, &[self.lp.lr]))
    }

    fn after_epoch(&mut self, epoch: usize, end: &mut EpochEnd) -> Result<()> {
        let Some(s) = self
            .samples
            .as_ref()
            .filter(|_| end.image_epoch(epoch, self.lp.sample_every))
        else {
            return Ok(());
        };
        let lp = &self.lp;
        let tokens = sample_codes(
            &self.model,
            lp.sample_count,
            s.side * s.side,
            lp.sample_window,
            lp.sample_temperature as f32,
            self.seed ^ epoch as u64,
            None,
        )?;
        let img = decode_grid(&s.decoder, &tokens, lp.sample_count, s.side, 4)?;
        end.picture(
            "images/samples",
            &s.dir.join(format!("epoch_{epoch}.png")),
            &img,
            epoch,
        )
    }

    fn save(&self, path: &Path, epoch: usize) -> Result<()> {
        save(
            path,
            &self.model,
            &self.adam,
            &self.lp,
            epoch,
            self.scaler.as_ref(),
        )
    }
}

/// Draw `n` code sequences of `length` tokens: start from `START`, and at each step feed the
/// last `window` tokens (right-padded with PAD while fewer) and sample from
/// softmax(logits / temperature). Everything stays on the GPU until the final read-back; the
/// same seed gives the same codes. `progress` is advanced once per token.
pub fn sample_codes(
    model: &LstmPrior,
    n: usize,
    length: usize,
    window: usize,
    temperature: f32,
    seed: u64,
    progress: Option<&super::Progress>,
) -> Result<Vec<u32>> {
    if temperature.is_nan() || temperature <= 0.0 {
        return Err(Error::config(
            "sampling",
            format!("temperature {temperature} must be positive (the original uses 0.8; 1.0 samples the model as trained)"),
        ));
    }
    let gpu = model.word_embedding.value().gpu();
    let stride = length + 1;
    let mut start = vec![0u32; n * stride];
    for row in start.chunks_mut(stride) {
        row[0] = model.start_token();
    }
    let tokens = Tensor::from_u32(gpu, &start, &[n, stride])?;
    for s in 0..length {
        let len = s + 1;
        let ids = tokens.context_window(len, window, model.pad_token())?;
        let logits = no_grad(|| model.forward(&ids))?;
        let key = RngKey {
            seed,
            stream: 0x5A4D,
            offset: (s * n) as u32,
        };
        logits
            .value()
            .sample_logits_into(temperature, key, &tokens, len)?;
        if let Some(bar) = progress {
            // Waiting (not reading back) every few tokens keeps the bar honest and the queue short.
            if s % 16 == 15 {
                gpu.sync()?;
            }
            bar.inc(1);
        }
    }
    let all = tokens.to_u32()?;
    Ok(all
        .chunks(stride)
        .flat_map(|row| row[1..].iter().copied())
        .collect())
}

/// Code maps (`n` of `side`×`side`) through the VQ-VAE decoder to one image grid, `nrow` per row.
pub fn decode_grid(
    vq: &VqVae,
    codes: &[u32],
    n: usize,
    side: usize,
    nrow: usize,
) -> Result<RgbImage> {
    let gpu = vq.vq.codebook.gpu();
    let size = vq.config.image_size;
    let mut panels = vec![];
    for chunk in codes.chunks(16 * side * side) {
        let b = chunk.len() / (side * side);
        let idx = Tensor::from_u32(gpu, chunk, &[b, side, side])?;
        let img = no_grad(|| vq.decode(&vq.latents_of(&idx)?))?;
        let data = img.value().to_f32()?;
        panels.extend(data.chunks(3 * size * size).map(super::to_unit));
    }
    debug_assert_eq!(panels.len(), n);
    viewable_grid(&grid(&panels, 3, size, size, nrow), None, &[])
}

/// Options of `generate`.
#[derive(Clone, Debug)]
pub struct GenerateOptions {
    /// Images to generate.
    pub count: usize,
    /// Softmax temperature; must be positive, below 1 sharpens.
    pub temperature: f32,
    /// Context window in codes.
    pub window: usize,
    /// Seed of the draws: the same seed gives the same images.
    pub seed: u64,
    /// Images per grid row.
    pub nrow: usize,
    /// Output PNG.
    pub out: PathBuf,
    /// Prior weights (default: {task}/{lstm_params.ckpt_name}).
    pub prior_weights: Option<PathBuf>,
    /// VQ-VAE weights (default: {task}/{train_params.ckpt_name}).
    pub vqvae_weights: Option<PathBuf>,
    /// Show a progress bar.
    pub progress: bool,
}

/// The seed's generate_images.py as intended (without its two crashes): `count` images
/// from the trained prior, decoded and written as one grid. Returns the codes.
pub fn generate(gpu: &Gpu, cfg: &VqVaeFile, o: &GenerateOptions) -> Result<Vec<u32>> {
    let lp = &cfg.lstm_params;
    if o.temperature.is_nan() || o.temperature <= 0.0 {
        return Err(Error::config(
            "lstm-prior generate",
            format!(
                "--temperature {} must be positive (default 0.8)",
                o.temperature
            ),
        ));
    }
    if o.count == 0 || o.window == 0 {
        return Err(Error::config(
            "lstm-prior generate",
            "--count and --window must be positive",
        ));
    }
    let side = cfg.model_params.grid();
    check_window("lstm-prior generate", "--window", o.window, side * side)?;
    let task = cfg.task_dir();
    let k = cfg.model_params.num_embeddings;
    let prior_path = o
        .prior_weights
        .clone()
        .unwrap_or_else(|| task.join(&lp.ckpt_name));
    let (tensors, _) = checkpoint::load(&prior_path)?;
    let model = LstmPrior::new(gpu, k, lp.model(), 0)?;
    model.load_weights(&tensors)?;
    let vq_path = o
        .vqvae_weights
        .clone()
        .unwrap_or_else(|| task.join(&cfg.train_params.ckpt_name));
    let vq = load_decoder(gpu, cfg, &vq_path)?;
    let bar = super::Progress::new(o.progress, "generate", (side * side) as u64, 0, "");
    bar.set_message(format!("{} images, one code at a time", o.count));
    let codes = sample_codes(
        &model,
        o.count,
        side * side,
        o.window,
        o.temperature,
        o.seed,
        Some(&bar),
    )?;
    bar.finish();
    let img = decode_grid(&vq, &codes, o.count, side, o.nrow)?;
    save_png(&o.out, &img)?;
    Ok(codes)
}

fn save(
    path: &Path,
    model: &LstmPrior,
    adam: &Adam,
    lp: &LstmParams,
    epoch: usize,
    scaler: Option<&GradScaler>,
) -> Result<()> {
    let mut extra = BTreeMap::new();
    save_scaler(scaler, "", &mut extra);
    extra.insert("codes".into(), model.codes.to_string());
    extra.insert(
        "lstm_params".into(),
        toml::to_string(lp).unwrap_or_default(),
    );
    let params = model.named_parameters();
    save_checkpoint(path, KIND, epoch, model.state_dict()?, adam, &params, extra)
}

const KIND: &str = "vqvae_lstm";

fn resume(
    path: &Path,
    model: &LstmPrior,
    adam: &mut Adam,
    scaler: Option<&mut GradScaler>,
) -> Result<usize> {
    let (tensors, meta, what) = open_checkpoint(path, KIND, "LSTM prior")?;
    restore_scaler(scaler, "", &meta, &what)?;
    model.load_weights(&tensors)?;
    restore_adam(adam, &tensors, &meta, &what)
}
