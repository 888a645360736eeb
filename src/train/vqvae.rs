//! Training VQVAEv2 as the seed's tools/train_vqvae.py (its loss and training loop), plus
//! reconstruction grids and the encodings the LSTM prior reads (as its tools/infer_vqvae.py).

use super::fit::{fit, Checkpoints, EpochEnd, EpochPlan, EpochStats, StepReport, Trainer};
use super::{
    adam_over, amp_scaler, backward_and_step, image_batch, open_checkpoint, read_images,
    restore_adam, restore_scaler, save_checkpoint, save_scaler, shuffled, to_unit, weigh_loss,
};
use crate::autograd::{autocast, no_grad, Var};
use crate::data::Batches;
use crate::dist::{LossSum, Share};
use crate::error::{Error, Result};
use crate::gpu::Gpu;
use crate::io::checkpoint;
use crate::io::image::{grid, list_images, save_png};
use crate::io::plot::viewable_grid;
use crate::models::vqvae::{VqVae, VqVaeConfig};
use crate::nn::Module;
use crate::optim::{Adam, GradScaler};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The seed's `train_params`, plus the image folder (the seed downloaded its data set).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrainParams {
    /// The task folder every output of the VQ-VAE and its prior goes into.
    pub task_name: String,
    /// Images per batch (the LSTM prior's windows per batch too).
    pub batch_size: usize,
    /// Epochs to train the VQ-VAE.
    pub epochs: usize,
    /// The VQ-VAE's Adam learning rate.
    pub lr: f64,
    /// File name of the VQ-VAE checkpoint in the task folder.
    pub ckpt_name: String,
    /// Seed of the weights, the shuffles and the prior's kept images.
    pub seed: u64,
    /// Folder of images (any size; resized to image_size, mapped to [-1, 1]).
    pub data: PathBuf,
}

/// A config file: `[model_params]`, `[train_params]` and `[lstm_params]` (the LSTM prior;
/// the seed's defaults when absent), as the seed's YAML.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VqVaeFile {
    /// The VQ-VAE's shape.
    pub model_params: VqVaeConfig,
    /// The training settings and the data.
    pub train_params: TrainParams,
    /// The LSTM prior's shape and training settings.
    #[serde(default)]
    pub lstm_params: crate::models::lstm_prior::LstmParams,
}

impl VqVaeFile {
    /// Read and validate a TOML config file.
    pub fn load(path: &Path) -> Result<VqVaeFile> {
        let what = format!("reading config {}", path.display());
        let text = std::fs::read_to_string(path).map_err(|e| Error::Io {
            what: what.clone(),
            source: e,
        })?;
        let cfg: VqVaeFile = toml::from_str(&text).map_err(|e| Error::config(&what, e))?;
        cfg.validate(&what)?;
        Ok(cfg)
    }

    /// The checks `load` makes, again after the command line changed settings; `what` names
    /// the file (and the flags) in errors.
    pub fn validate(&self, what: &str) -> Result<()> {
        self.model_params.validate()?;
        self.lstm_params.validate()?;
        let lr = self.train_params.lr;
        super::check_learning_rate("[train_params]", "lr", lr)
            .map_err(|e| Error::config(what, e))?;
        if self.train_params.batch_size == 0 || self.train_params.epochs == 0 {
            return Err(Error::config(
                what,
                "batch_size and epochs must be positive",
            ));
        }
        Ok(())
    }

    /// The task folder, `train_params.task_name`.
    pub fn task_dir(&self) -> PathBuf {
        PathBuf::from(&self.train_params.task_name)
    }
}

/// Images of the fixed batch reconstructed into a grid each epoch.
pub const VALIDATION_IMAGES: usize = 16;

/// The VQ-VAE layer by layer as a step runs it on one image: the encoder's two stride-2 convs
/// and its 3x3 conv, the residual stacks (a ReLU and a sum kept per block), the quantizer
/// (codebook and EMA sums; quantized codes and the losses per sample), the decoder's conv,
/// stack and two transposed convs, and the reconstruction loss.
pub fn tally(c: &VqVaeConfig) -> super::memory::Tally {
    let (s, nh, d, rh) = (
        c.image_size,
        c.num_hiddens,
        c.embedding_dim,
        c.num_residual_hiddens,
    );
    let (half, grid) = ((s / 2) * (s / 2), c.grid() * c.grid());
    let mut n = super::memory::Tally::default();
    n.conv(3, nh / 2, 4, half, true)
        .conv(nh / 2, nh, 4, grid, true)
        .conv(nh, d, 3, grid, true);
    for (stack, channels) in [d, nh].into_iter().enumerate() {
        if stack == 1 {
            // the decoder's first conv, before its residual stack
            n.conv(d, nh, 3, grid, true);
        }
        for _ in 0..c.num_residual_layers {
            n.conv(channels, rh, 3, grid, false)
                .conv(rh, channels, 1, grid, false)
                .keep((2 * channels * grid) as u128);
        }
        n.keep((channels * grid) as u128);
    }
    n.state((2 * c.num_embeddings * d + c.num_embeddings) as u128)
        .keep((4 * d * grid) as u128)
        .conv_transpose(nh, nh / 2, 4, grid, half, true)
        .conv_transpose(nh / 2, 3, 4, half, s * s, true)
        .keep((3 * 3 * s * s) as u128);
    n
}

/// Every image of `dir` at `size`×`size` in [-1, 1] (grayscale and RGBA become RGB on white).
/// Unreadable files are skipped with a warning naming each; none readable is an error.
pub fn load_images(
    dir: &Path,
    size: usize,
    warn: &mut dyn FnMut(String),
) -> Result<(Vec<PathBuf>, Vec<Vec<f32>>)> {
    let (files, mut images) = read_images(list_images(dir)?, size, warn);
    for img in &mut images {
        img.iter_mut().for_each(|v| *v = *v * 2.0 - 1.0);
    }
    if images.is_empty() {
        return Err(Error::data(
            format!("loading {}", dir.display()),
            "none of the image files could be decoded",
        ));
    }
    Ok((files, images))
}

/// What a VQ-VAE training run did.
#[derive(Debug)]
pub struct TrainSummary {
    /// The epoch the run started at (after the resumed one).
    pub first_epoch: usize,
    /// The last epoch it finished.
    pub last_epoch: usize,
    /// Mean total loss of each epoch trained by this call.
    pub epoch_losses: Vec<f64>,
    /// Where the checkpoint was written.
    pub checkpoint: PathBuf,
}

/// Options beyond the config file.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct RunOptions {
    /// Continue from the task's checkpoint (its epoch and Adam state), or from `resume_from`.
    pub resume: bool,
    /// The checkpoint to resume from instead of the task's (the run still writes the task's).
    pub resume_from: Option<PathBuf>,
    /// Delete an earlier run's outputs in the task folder (else a fresh run refuses to start
    /// over them).
    pub overwrite: bool,
    /// Stop after this epoch (tests).
    pub stop_after: Option<usize>,
    /// Show a progress bar.
    pub progress: bool,
    /// Write the checkpoint after the last epoch without Adam's state (not resumable).
    pub weights_only: bool,
    /// Mixed precision (`--amp`): f16 operands for the convolutions, dynamic loss scaling.
    pub amp: bool,
}

/// Train the VQ-VAE as the seed's train_vqvae.py does, writing a checkpoint, metrics and a
/// reconstruction grid of the fixed batch every epoch into the task folder.
pub fn train(
    gpu: &Gpu,
    cfg: &VqVaeFile,
    run: &RunOptions,
    log: &mut dyn FnMut(String),
) -> Result<TrainSummary> {
    // data-parallel: the same settings on every rank, before anything is read or written
    super::ranks_agree_on("the settings", &(cfg, run))?;
    super::check_rank_batch("vqvae train", cfg.train_params.batch_size)?;
    // --amp on an adapter without f16 is refused before anything is read or written
    super::amp_scaler(gpu, run.amp, "vqvae train")?;
    let tp = &cfg.train_params;
    let size = cfg.model_params.image_size;
    let task = cfg.task_dir();
    let ckpt = task.join(&tp.ckpt_name);
    let _lock = super::set_up_run_folder(
        "vqvae",
        &task,
        &[&task.join("results")],
        super::RunOutputs::default()
            .file(ckpt.clone())
            .file(task.join("metrics.csv"))
            .file(task.join("loss_curve.png"))
            .prefixed(task.join("results"), "epoch_")
            .prefixed(task.clone(), "events.out.tfevents."),
        (run.resume, run.overwrite),
        log,
    )?;
    let root = crate::dist::world().is_root();
    tally(&cfg.model_params)
        .estimate_with_eval(super::rank_batch(tp.batch_size), VALIDATION_IMAGES)
        .check(
        gpu,
        "vqvae train",
        tp.batch_size,
        "lower num_hiddens, num_residual_hiddens, embedding_dim or image_size in [model_params], \
         or batch_size in [train_params]",
        log,
    )?;
    let (files, images) = load_images(&tp.data, size, log)?;
    super::ranks_agree_on("the training images", &files)?;
    let mut trainer = crate::gpu::allocating_weights(
        "the VQ-VAE",
        "lower num_hiddens, num_residual_hiddens, num_embeddings or embedding_dim in [model_params]",
        || VqVaeTrainer::new(gpu, cfg, &images, task.join("results")),
    )?;
    trainer.scaler = amp_scaler(gpu, run.amp, "vqvae train")?;
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
    if root {
        super::write_settings(
            &task,
            "vqvae",
            &toml::to_string(cfg).unwrap_or_default(),
            log,
        )?;
    }
    let plan = EpochPlan {
        first_epoch,
        batch_size: tp.batch_size,
        unit: "img",
        progress: run.progress,
        // the original's cadence of single-batch values (wandb every 100 steps)
        step_log_every: 100,
        weights_only: run.weights_only,
        curve: Some((task.join("loss_curve.png"), "VQ-VAE training loss".into())),
        stop_after: run.stop_after,
        ..EpochPlan::new(
            "vqvae",
            tp.epochs,
            task.join("metrics.csv"),
            task.clone(),
            Checkpoints::File(ckpt.clone()),
        )
    };
    let done = fit(&mut trainer, &plan, log)?;
    Ok(TrainSummary {
        first_epoch,
        last_epoch: done.last_epoch,
        epoch_losses: done.epoch_means.iter().map(|m| m[0]).collect(),
        checkpoint: ckpt,
    })
}

/// The VQ-VAE's training as the shared epoch loop runs it (and `wgtrain bench` times its
/// step): the seed's loss (MSE of the reconstruction plus the quantizer's loss), gradients
/// clipped to norm 1, Adam; a grid of the fixed batch's reconstructions after each epoch.
pub struct VqVaeTrainer<'a> {
    /// The model.
    pub model: VqVae,
    gpu: Gpu,
    params: Vec<(String, Var)>,
    adam: Adam,
    images: &'a [Vec<f32>],
    size: usize,
    cfg: VqVaeFile,
    val: Vec<usize>,
    results: PathBuf,
    /// The loss scaler of a mixed-precision run (`--amp`).
    pub scaler: Option<GradScaler>,
    /// This rank's part of the batch (data-parallel; None: the whole batch).
    share: Option<Share>,
}

impl<'a> VqVaeTrainer<'a> {
    /// A fresh model (seeded by `train_params.seed`) and its Adam over `images` (3 × size ×
    /// size in [-1, 1]); pictures go into `results`.
    pub fn new(
        gpu: &Gpu,
        cfg: &VqVaeFile,
        images: &'a [Vec<f32>],
        results: PathBuf,
    ) -> Result<VqVaeTrainer<'a>> {
        let tp = &cfg.train_params;
        let model = VqVae::new(gpu, cfg.model_params.clone(), tp.seed)?;
        let params = model.named_parameters();
        let adam = adam_over(&params, tp.lr)?;
        Ok(VqVaeTrainer {
            model,
            gpu: gpu.clone(),
            params,
            adam,
            images,
            size: cfg.model_params.image_size,
            cfg: cfg.clone(),
            val: shuffled(images.len(), tp.seed, u64::MAX)
                .into_iter()
                .take(VALIDATION_IMAGES)
                .collect(),
            results,
            scaler: None,
            share: None,
        })
    }

    /// Restore the model and Adam from a checkpoint; returns its epoch.
    pub fn resume(&mut self, path: &Path) -> Result<usize> {
        let (epoch, meta, what) = resume(path, &self.model, &mut self.adam, &self.cfg)?;
        restore_scaler(self.scaler.as_mut(), "", &meta, &what)?;
        Ok(epoch)
    }
}

impl Trainer for VqVaeTrainer<'_> {
    type Batch = Var;

    fn columns(&self) -> &'static [&'static str] {
        &["total_loss", "recon_loss", "vq_loss", "perplexity"]
    }

    fn header(&self) -> &'static str {
        "epoch,total_loss,recon_loss,vq_loss,perplexity,lr"
    }

    fn batches(&self, epoch: usize) -> Vec<Vec<usize>> {
        let tp = &self.cfg.train_params;
        Batches::new(
            self.images.len(),
            tp.batch_size,
            false,
            tp.seed,
            epoch as u64,
        )
        .collect()
    }

    fn batch(&self, picks: &[usize]) -> Result<Var> {
        image_batch(&self.gpu, self.images, picks, self.size)
    }

    fn data_parallel(&self) -> Option<LossSum> {
        Some(LossSum::Mean)
    }

    fn set_share(&mut self, share: Share) {
        self.share = Some(share);
    }

    fn step(&mut self, x: &Var) -> Result<StepReport> {
        let out = autocast(self.scaler.is_some(), || self.model.forward(x, true))?;
        let recon = out.recon.sub(x)?.square()?.mean()?;
        let loss = recon.add(&out.vq_loss)?;
        let skipped = backward_and_step(
            &mut self.adam,
            &self.params,
            &weigh_loss(&loss, self.share, LossSum::Mean)?,
            self.scaler.as_mut(),
            Some(1.0),
        )?;
        Ok(StepReport::new(vec![
            loss.value().scalar()? as f64,
            recon.value().scalar()? as f64,
            out.vq_loss.value().scalar()? as f64,
            out.perplexity
                .as_ref()
                .map(|p| p.scalar())
                .transpose()?
                .unwrap_or(0.0) as f64,
        ])
        .with_scaler_skip(skipped))
    }

    fn message(&self, epoch: usize, r: &StepReport) -> String {
        format!(
            "epoch {epoch} recon {:.4} vq {:.4} perplexity {:.1}",
            r.values[1], r.values[2], r.values[3]
        )
    }

    fn epoch_row(
        &mut self,
        epoch: usize,
        stats: &EpochStats,
        _: &mut dyn FnMut(String),
    ) -> Result<Vec<f64>> {
        Ok(stats.row(epoch, &[self.cfg.train_params.lr]))
    }

    /// Eval-mode reconstructions of the fixed batch: originals, then reconstructions.
    fn after_epoch(&mut self, epoch: usize, end: &mut EpochEnd) -> Result<()> {
        let size = self.size;
        let xv = self.batch(&self.val.clone())?;
        let recon = no_grad(|| self.model.forward(&xv, false))?
            .recon
            .value()
            .to_f32()?;
        let d = 3 * size * size;
        let mut panels: Vec<Vec<f32>> =
            self.val.iter().map(|&i| to_unit(&self.images[i])).collect();
        panels.extend(recon.chunks(d).map(to_unit));
        let g = viewable_grid(
            &grid(&panels, 3, size, size, self.val.len()),
            None,
            &["original", "reconstruction"],
        )?;
        end.picture(
            "images/reconstruction",
            &self.results.join(format!("epoch_{epoch}.png")),
            &g,
            epoch,
        )
    }

    fn save(&self, path: &Path, epoch: usize) -> Result<()> {
        let mut extra = BTreeMap::new();
        save_scaler(self.scaler.as_ref(), "", &mut extra);
        save(path, &self.model, &self.adam, &self.cfg, epoch, extra)
    }
}

fn save(
    path: &Path,
    model: &VqVae,
    adam: &Adam,
    cfg: &VqVaeFile,
    epoch: usize,
    mut extra: BTreeMap<String, String>,
) -> Result<()> {
    extra.insert("config".into(), toml::to_string(cfg).unwrap_or_default());
    let params = model.named_parameters();
    save_checkpoint(
        path,
        "vqvae_v2",
        epoch,
        model.state_dict()?,
        adam,
        &params,
        extra,
    )
}

/// Load the model and Adam; returns the checkpoint's epoch, its metadata and its label.
fn resume(
    path: &Path,
    model: &VqVae,
    adam: &mut Adam,
    cfg: &VqVaeFile,
) -> Result<(usize, BTreeMap<String, String>, String)> {
    let (tensors, meta, what) = open_checkpoint(path, "vqvae_v2", "VQ-VAE")?;
    if let Some(saved) = meta
        .get("config")
        .and_then(|c| toml::from_str::<VqVaeFile>(c).ok())
    {
        let only_cold_start = VqVaeConfig {
            fix_cold_start: cfg.model_params.fix_cold_start,
            ..saved.model_params.clone()
        } == cfg.model_params;
        if saved.model_params != cfg.model_params && only_cold_start {
            // configs without the key got the fix when it became the default
            return Err(Error::checkpoint(
                &what,
                format!(
                    "the checkpoint was trained with fix_cold_start = {}, this run asks for {} \
                     (a config without the key now gets the fix): {} to continue it",
                    saved.model_params.fix_cold_start,
                    cfg.model_params.fix_cold_start,
                    if saved.model_params.fix_cold_start {
                        "set fix_cold_start = true in [model_params]"
                    } else {
                        "pass --faithful (or set fix_cold_start = false in [model_params])"
                    }
                ),
            ));
        }
        if saved.model_params != cfg.model_params {
            return Err(Error::checkpoint(
                &what,
                format!(
                    "the checkpoint was trained with model_params {:?}, the config asks for {:?}",
                    saved.model_params, cfg.model_params
                ),
            ));
        }
    }
    model.load_weights(&tensors)?;
    let epoch = restore_adam(adam, &tensors, &meta, &what)?;
    Ok((epoch, meta, what))
}

/// A model from a checkpoint or a PyTorch state_dict (as safetensors) with this config.
pub fn load_model(gpu: &Gpu, cfg: &VqVaeConfig, weights: &Path) -> Result<VqVae> {
    let (tensors, _) = checkpoint::load(weights)?;
    let model = VqVae::new(gpu, cfg.clone(), 0)?;
    // the model's errors name the tensor; say which file it was looked for in
    model
        .load_weights(&tensors)
        .map_err(|e| Error::checkpoint(format!("reading {}", weights.display()), e))?;
    Ok(model)
}

/// The seed's reconstruction sheet: `count` random images (seeded) beside their
/// reconstructions, 5 pairs per row.
pub fn reconstruct(
    gpu: &Gpu,
    model: &VqVae,
    images: &[Vec<f32>],
    count: usize,
    seed: u64,
    out: &Path,
) -> Result<()> {
    let size = model.config.image_size;
    let picks: Vec<usize> = shuffled(images.len(), seed, 0)
        .into_iter()
        .take(count)
        .collect();
    let mut panels = vec![];
    for chunk in picks.chunks(16) {
        let x = image_batch(gpu, images, chunk, size)?;
        let recon = no_grad(|| model.forward(&x, false))?
            .recon
            .value()
            .to_f32()?;
        for (k, r) in chunk.iter().zip(recon.chunks(3 * size * size)) {
            // original and reconstruction side by side: one 3 x size x 2·size panel
            let (a, b) = (to_unit(&images[*k]), to_unit(r));
            let mut pair = vec![0.0; 3 * size * 2 * size];
            for c in 0..3 {
                for y in 0..size {
                    let row = (c * size + y) * 2 * size;
                    pair[row..row + size]
                        .copy_from_slice(&a[(c * size + y) * size..(c * size + y + 1) * size]);
                    pair[row + size..row + 2 * size]
                        .copy_from_slice(&b[(c * size + y) * size..(c * size + y + 1) * size]);
                }
            }
            panels.push(pair);
        }
    }
    let g = grid(&panels, 3, size, 2 * size, 5);
    save_png(
        out,
        &viewable_grid(&g, Some("each pair: original | reconstruction"), &[])?,
    )
}

/// Every image's code map, in file order: an I64 safetensors file with one tensor
/// `encodings` of shape `[n, g, g]` (what the LSTM prior reads).
pub fn encode(gpu: &Gpu, model: &VqVae, images: &[Vec<f32>], out: &Path) -> Result<usize> {
    let size = model.config.image_size;
    let g = model.config.grid();
    let mut codes: Vec<i64> = Vec::with_capacity(images.len() * g * g);
    let all: Vec<usize> = (0..images.len()).collect();
    for chunk in all.chunks(16) {
        let x = image_batch(gpu, images, chunk, size)?;
        let idx = no_grad(|| model.forward(&x, false))?.indices.to_u32()?;
        codes.extend(idx.iter().map(|&v| v as i64));
    }
    let mut meta = BTreeMap::new();
    meta.insert(
        "num_embeddings".into(),
        model.config.num_embeddings.to_string(),
    );
    checkpoint::save_i64(out, "encodings", &[images.len(), g, g], &codes, &meta)?;
    Ok(images.len())
}

/// Read an encodings file back, checking its shape `[n, g, g]` and that every index is a
/// code of a `num_embeddings`-entry codebook (what the LSTM prior relies on).
pub fn load_encodings(path: &Path, num_embeddings: usize) -> Result<(Vec<usize>, Vec<u32>)> {
    let t = checkpoint::load_i64(path, "encodings")?;
    let what = format!("reading encodings {}", path.display());
    if t.shape.len() != 3 || t.shape[1] != t.shape[2] {
        return Err(Error::shape(
            &what,
            format!(
                "encodings of shape {:?}; expected [n, g, g] code maps",
                t.shape
            ),
        ));
    }
    if let Some(saved) = t.metadata.get("num_embeddings") {
        if saved != &num_embeddings.to_string() {
            return Err(Error::data(
                &what,
                format!(
                    "made with a {saved}-code codebook, but the model has {num_embeddings} codes"
                ),
            ));
        }
    }
    let mut out = Vec::with_capacity(t.data.len());
    for (i, &v) in t.data.iter().enumerate() {
        if v < 0 || v as usize >= num_embeddings {
            return Err(Error::data(
                &what,
                format!("index {v} at position {i} is outside the codebook (0..{num_embeddings})"),
            ));
        }
        out.push(v as u32);
    }
    Ok((t.shape, out))
}
