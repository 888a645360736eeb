//! Training the VAE-GAN of seed 002 in the order of its training.py, with the fixes it needs
//! (data kept in [0, 1], Δ averaged over the batch), the weight predictor in its faithful or
//! "hyper" mode, and what the original lacks: seeds, checkpoints, sample grids, logs.

use super::fit::{fit, Checkpoints, EpochEnd, EpochPlan, EpochStats, StepReport, Trainer};
use super::{adam_over, adam_step, backward_and_step, image_batch, read_images, weigh_loss};
use crate::autograd::{autocast, backward, no_grad, Var};
use crate::data::Batches;
use crate::dist::{LossSum, Share};
use crate::error::{Error, Result};
use crate::gpu::{Gpu, Tensor};
use crate::io::checkpoint::{self, NamedTensor};
use crate::io::image::{grid, list_images};
use crate::io::plot::viewable_grid;
use crate::models::vaegan::{
    load_state, state, synthetic_video, wgan_terms, Critic, Vae, VaeGanConfig, WeightPredictor,
};
use crate::nn::Module;
use crate::ops::tensor::RngKey;
use crate::optim::{Adam, GradScaler, ScaledStep};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// How the predicted update Δ reaches enc1: added in place as the seed does, or used
/// functionally so the generator loss trains the predictor.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, serde::Serialize, serde::Deserialize,
)]
pub enum WeightPredictorMode {
    /// Δ (averaged over the batch) is added to enc1 in place, outside the graph: the GRU never
    /// gets a gradient and enc1 takes a random walk, as in the original.
    Faithful,
    /// enc1 = W + Δ inside the generator's forward (nothing persisted), so the generator loss
    /// trains the GRU.
    Hyper,
}

/// Everything a run needs besides the data.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct VaeGanRun {
    /// The networks' shapes.
    pub model: VaeGanConfig,
    /// Images per batch; default 16.
    pub batch_size: usize,
    /// Epochs to train; default 10.
    pub epochs: usize,
    /// Learning rate of the three Adams; default 1e-3.
    pub lr: f64,
    /// Weight λ of the gradient penalty; default 10.
    pub lambda_gp: f64,
    /// How the weight predictor's update reaches enc1; default faithful.
    pub mode: WeightPredictorMode,
    /// α ~ U(0, 1) instead of the seed's N(0, 1).
    pub alpha_uniform: bool,
    /// Generator loss −W instead of the seed's −(W + λ·GP).
    pub g_without_gp: bool,
    /// Detach the generated images in the critic's step (changes no critic gradient).
    pub detach_fake: bool,
    /// Seed of the weights, the shuffles and every draw; default 0.
    pub seed: u64,
    /// Mixed precision (`--amp`): f16 operands for the convolutions and linear layers, a loss
    /// scaler for the critic's loss and one for the generator's.
    #[serde(default)]
    pub amp: bool,
}

impl VaeGanRun {
    /// Refuse settings no run can use, naming them.
    pub fn validate(&self) -> Result<()> {
        let what = "vaegan training options";
        if self.batch_size == 0 || self.epochs == 0 {
            return Err(Error::config(
                what,
                "--batch-size and --epochs must be at least 1",
            ));
        }
        super::check_learning_rate(what, "--lr", self.lr)?;
        super::check_number(
            what,
            "--lambda-gp",
            self.lambda_gp,
            0.0,
            f64::INFINITY,
            false,
        )?;
        self.model.validate()
    }
}

impl Default for VaeGanRun {
    fn default() -> Self {
        VaeGanRun {
            model: VaeGanConfig::default(),
            batch_size: 16,
            epochs: 10,
            lr: 1e-3,
            lambda_gp: 10.0,
            mode: WeightPredictorMode::Faithful,
            alpha_uniform: false,
            g_without_gp: false,
            detach_fake: false,
            seed: 0,
            amp: false,
        }
    }
}

/// torchvision's ImageFolder layout: `dir/<class>/<image>`; labels are ignored. Images are
/// resized to `size` and kept in [0, 1] (we drop the seed's Normalize). Undecodable files
/// are skipped with a warning naming each.
pub fn load_image_folder(
    dir: &Path,
    size: usize,
    warn: &mut dyn FnMut(String),
) -> Result<Vec<Vec<f32>>> {
    let what = format!("reading image folder {}", dir.display());
    let entries = std::fs::read_dir(dir).map_err(|e| Error::Io {
        what: what.clone(),
        source: e,
    })?;
    let mut classes: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    classes.sort();
    if classes.is_empty() {
        let loose = list_images(dir).map(|v| v.len()).unwrap_or(0);
        return Err(Error::data(
            &what,
            format!(
                "no class sub-folders: the layout is {0}/<class>/<image>.png as torchvision's ImageFolder (labels are ignored){1}",
                dir.display(),
                if loose > 0 {
                    format!("; {loose} images lie directly in the folder, move them into e.g. {}/all/", dir.display())
                } else {
                    String::new()
                }
            ),
        ));
    }
    let mut images = vec![];
    for class in &classes {
        images.extend(read_images(list_images(class)?, size, warn).1);
    }
    if images.is_empty() {
        return Err(Error::data(
            &what,
            "none of the images in its class folders could be decoded",
        ));
    }
    Ok(images)
}

/// The three modules and their optimisers.
pub struct VaeGan {
    /// The run's settings.
    pub run: VaeGanRun,
    /// The generator: a VAE that reconstructs its input.
    pub vae: Vae,
    /// The WGAN critic.
    pub critic: Critic,
    /// The weight predictor: a GRU over a synthetic video that predicts an update of enc1.
    pub rnn: WeightPredictor,
    adam_vae: Adam,
    adam_critic: Adam,
    adam_rnn: Adam,
    step: u64,
    /// The loss scalers of a mixed-precision run: the critic's and the generator's.
    scalers: Option<[GradScaler; 2]>,
    /// This rank's part of the batch (data-parallel; None: the whole batch).
    pub share: Option<Share>,
}

/// Losses of one step.
#[derive(Clone, Debug, Default)]
pub struct StepLosses {
    /// The critic's loss, W + λ·GP.
    pub loss_d: f64,
    /// The generator's loss.
    pub loss_g: f64,
    /// The critic step's Wasserstein estimate, mean D(real) − mean D(fake).
    pub w: f64,
    /// The critic step's gradient penalty.
    pub gp: f64,
    /// Updates a loss scaler skipped this step (mixed precision), said.
    pub skipped: Option<String>,
}

impl VaeGan {
    /// The three modules, seeded from `run.seed`, each with an Adam at `run.lr`.
    pub fn new(gpu: &Gpu, run: VaeGanRun) -> Result<VaeGan> {
        let scalers = super::amp_scaler(gpu, run.amp, "vaegan train")?.map(|s| [s.clone(), s]);
        let vae = Vae::new(gpu, run.model.clone(), run.seed)?;
        let critic = Critic::new(gpu, &run.model, run.seed)?;
        let rnn = WeightPredictor::new(gpu, &run.model, run.seed)?;
        Ok(VaeGan {
            adam_vae: adam_over(&vae.named_parameters(), run.lr)?,
            adam_critic: adam_over(&critic.named_parameters(), run.lr)?,
            adam_rnn: adam_over(&rnn.named_parameters(), run.lr)?,
            vae,
            critic,
            rnn,
            run,
            step: 0,
            scalers,
            share: None,
        })
    }

    /// This rank's part of a batch of `b` (the whole batch without a share).
    fn share_of(&self, b: usize) -> Share {
        self.share.unwrap_or(Share::whole(b))
    }

    /// The key of a draw of `per_item` values per batch item: step s draws at offset s·B·per_item
    /// for a batch of B, this rank's part at its items' positions (so ranks draw what one
    /// process draws for those items).
    fn key(&self, stream: u32, b: usize, per_item: usize) -> RngKey {
        let share = self.share_of(b);
        RngKey {
            seed: self.run.seed,
            stream,
            offset: (self.step * (share.global * per_item) as u64 + (share.start * per_item) as u64)
                as u32,
        }
    }

    fn eps(&self, gpu: &Gpu, b: usize, stream: u32) -> Result<Tensor> {
        let l = self.run.model.latent;
        Tensor::normal(gpu, &[b, l], self.key(stream, b, l), 0.0, 1.0)
    }

    /// The batch mean of `per_item: [b, n]`: over the global batch in data-parallel training
    /// (each rank's mean weighted by its share, summed over the ranks, differentiably).
    fn batch_mean(&self, per_item: &Var) -> Result<Var> {
        let b = per_item.shape()[0];
        let local = per_item.mean_axis(0)?;
        // decided on the world, not the weight, so every rank runs the same collective
        if crate::dist::world().size() == 1 {
            return Ok(local);
        }
        let w = self.share_of(b).weight(LossSum::Mean);
        local.mul_scalar(w as f32)?.sum_over_ranks()
    }

    fn alpha(&self, gpu: &Gpu, b: usize, stream: u32) -> Result<Tensor> {
        let k = self.key(stream, b, 1);
        if self.run.alpha_uniform {
            Tensor::uniform(gpu, &[b], k, 0.0, 1.0)
        } else {
            Tensor::normal(gpu, &[b], k, 0.0, 1.0)
        }
    }

    /// The critic's step (seed's step 1): loss_D = W(real, G(real)) + λ·GP, its gradient through
    /// the penalty's double backward, Adam. Returns (loss_D, W, GP) and, with `--amp`, why
    /// the loss scaler skipped the update if it did.
    pub fn critic_step(&mut self, real: &Var) -> Result<((f64, f64, f64), Option<String>)> {
        let gpu = real.value().gpu().clone();
        let b = real.shape()[0];
        let amp = self.scalers.is_some();
        let eps = self.eps(&gpu, b, 1)?;
        let gen = autocast(amp, || self.vae.forward(real, &eps, None))?.image;
        let fake = if self.run.detach_fake {
            gen.detach()
        } else {
            gen
        };
        let alpha = self.alpha(&gpu, b, 2)?;
        // the penalty's inner gradient starts from d(ΣD)/dD = 1, a normal f16, so it runs
        // unscaled (PyTorch's recipe scales it; smaller inner gradients could underflow f16)
        let (w, gp) = autocast(amp, || wgan_terms(&self.critic, real, &fake, &alpha))?;
        let loss = w.add(&gp.mul_scalar(self.run.lambda_gp as f32)?)?;
        let params = self.critic.named_parameters();
        let skipped = backward_and_step(
            &mut self.adam_critic,
            &params,
            &weigh_loss(&loss, self.share, LossSum::Mean)?,
            self.scalers.as_mut().map(|[d, _]| d),
            None,
        )?;
        Ok((
            (
                loss.value().scalar()? as f64,
                w.value().scalar()? as f64,
                gp.value().scalar()? as f64,
            ),
            skipped,
        ))
    }

    /// The generator's step (steps 2–6 of the seed's loop). Returns loss_G and, with `--amp`,
    /// why the loss scaler skipped the update if it did.
    pub fn generator_step(&mut self, real: &Var) -> Result<(f64, Option<String>)> {
        let amp = self.scalers.is_some();
        autocast(amp, || self.generator_step_inner(real))
    }

    fn generator_step_inner(&mut self, real: &Var) -> Result<(f64, Option<String>)> {
        let gpu = real.value().gpu().clone();
        let (b, m) = (real.shape()[0], self.run.model.clone());
        let c = m.channels;
        let n_w = c * 27;
        // The video is the predictor's observation: made without a graph in both modes.
        let gen1 = no_grad(|| self.vae.forward(real, &self.eps(&gpu, b, 3)?, None))?.image;
        // this rank's items' frames at their positions in the global batch's video
        let per_item = m.frames * gen1.value().numel() / b.max(1);
        let video = synthetic_video(
            gen1.value(),
            m.frames,
            RngKey {
                seed: self.run.seed,
                stream: 1_000_000 + self.step as u32,
                offset: (self.share_of(b).start * per_item) as u32,
            },
        )?;
        let video = Var::constant(video);
        let enc1_w = self.vae.trunk.enc1.weight.clone();
        let enc1_b = self.vae.trunk.enc1.bias.clone().expect("enc1 has a bias");
        let eps = self.eps(&gpu, b, 4)?;
        let gen2 = match self.run.mode {
            WeightPredictorMode::Faithful => {
                // Δ under no_grad, averaged over the batch (the seed's reshape crashes for B > 1),
                // added in place.
                no_grad(|| -> Result<()> {
                    let delta = self.batch_mean(&self.rnn.forward(&video)?)?;
                    let dw = delta.narrow(0, 0, n_w)?.reshape(enc1_w.shape())?;
                    let db = delta.narrow(0, n_w, c)?;
                    let new_w = enc1_w.add(&dw)?;
                    let new_b = enc1_b.add(&db)?;
                    gpu.copy_region(new_w.value(), 0, enc1_w.value(), 0, enc1_w.value().numel())?;
                    gpu.copy_region(new_b.value(), 0, enc1_b.value(), 0, enc1_b.value().numel())
                })?;
                self.vae.forward(real, &eps, None)?.image
            }
            WeightPredictorMode::Hyper => {
                let delta = self.batch_mean(&self.rnn.forward(&video)?)?;
                let w_eff = enc1_w.add(&delta.narrow(0, 0, n_w)?.reshape(enc1_w.shape())?)?;
                let b_eff = enc1_b.add(&delta.narrow(0, n_w, c)?)?;
                self.vae.forward(real, &eps, Some((&w_eff, &b_eff)))?.image
            }
        };
        let (w, gp) = wgan_terms(&self.critic, real, &gen2, &self.alpha(&gpu, b, 5)?)?;
        let combined = if self.run.g_without_gp {
            w
        } else {
            w.add(&gp.mul_scalar(self.run.lambda_gp as f32)?)?
        };
        let loss = combined.neg()?;
        let (vp, rp) = (self.vae.named_parameters(), self.rnn.named_parameters());
        let refs: Vec<&Var> = vp.iter().chain(&rp).map(|(_, v)| v).collect();
        let scaler = self.scalers.as_mut().map(|[_, g]| g);
        let weighed = weigh_loss(&loss, self.share, LossSum::Mean)?;
        let grads = match &scaler {
            Some(s) => backward(&s.scale_loss(&weighed)?, &refs)?,
            None => backward(&weighed, &refs)?,
        };
        let loss_g = loss.value().scalar()? as f64;
        // data-parallel: the global batch's gradients (as backward_and_step)
        let tensors = super::sum_gradients(&grads)?;
        if let Some(s) = scaler {
            if let ScaledStep::Skip(why) = s.unscale_and_update(&tensors)? {
                return Ok((loss_g, Some(why)));
            }
        }
        let (gv, gr) = grads.split_at(vp.len());
        adam_step(&mut self.adam_vae, &vp, gv)?;
        // faithful: every gradient is None and Adam skips them (the GRU never learns)
        adam_step(&mut self.adam_rnn, &rp, gr)?;
        Ok((loss_g, None))
    }

    /// One training step on a batch of images in [0, 1].
    pub fn train_step(&mut self, real: &Var) -> Result<StepLosses> {
        let ((loss_d, w, gp), skip_d) = self.critic_step(real)?;
        let (loss_g, skip_g) = self.generator_step(real)?;
        self.step += 1;
        let skipped = match (skip_d, skip_g) {
            (None, None) => None,
            (d, g) => Some(
                [
                    d.map(|d| format!("critic: {d}")),
                    g.map(|g| format!("generator: {g}")),
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join("; "),
            ),
        };
        Ok(StepLosses {
            loss_d,
            loss_g,
            w,
            gp,
            skipped,
        })
    }

    fn prefixed(&self) -> [(&'static str, Vec<(String, Var)>); 3] {
        [
            ("vae.", self.vae.named_parameters()),
            ("critic.", self.critic.named_parameters()),
            ("rnn.", self.rnn.named_parameters()),
        ]
    }

    /// All three modules and optimisers, atomically.
    pub fn save(&self, path: &Path, epoch: usize) -> Result<()> {
        let mut tensors: Vec<NamedTensor> = vec![];
        let mut meta = BTreeMap::new();
        for ((prefix, params), adam) in
            self.prefixed()
                .iter()
                .zip([&self.adam_vae, &self.adam_critic, &self.adam_rnn])
        {
            tensors.extend(state(prefix, params)?);
            let (opt, steps) = super::export_optimizer(adam, prefix)?;
            tensors.extend(opt);
            meta.insert(
                format!("adam_steps_{}", prefix.trim_end_matches('.')),
                steps,
            );
        }
        if let Some([d, g]) = &self.scalers {
            super::save_scaler(Some(d), "critic", &mut meta);
            super::save_scaler(Some(g), "generator", &mut meta);
        }
        meta.insert("model".into(), "vaegan".into());
        meta.insert("epoch".into(), epoch.to_string());
        meta.insert("step".into(), self.step.to_string());
        meta.insert(
            "run".into(),
            serde_json::to_string(&self.run).unwrap_or_default(),
        );
        meta.insert(
            "engine".into(),
            format!("wgtrain {}", env!("CARGO_PKG_VERSION")),
        );
        super::save_finite(path, &tensors, &meta)
    }

    /// Restore modules, optimisers and the step counter; returns the checkpoint's epoch.
    pub fn load(&mut self, path: &Path) -> Result<usize> {
        let (tensors, meta, converted) = checkpoint::load_noting_conversions(path)?;
        if let Some(n) = converted {
            super::note(n);
        }
        let what = format!("resuming from {}", path.display());
        if meta.get("model").map(String::as_str) != Some("vaegan") {
            return Err(Error::checkpoint(&what, "not a VAE-GAN checkpoint"));
        }
        let prefixed = self.prefixed();
        for (prefix, params) in &prefixed {
            load_state(prefix, params, &tensors, &what)?;
        }
        for ((prefix, params), adam) in prefixed.iter().zip([
            &mut self.adam_vae,
            &mut self.adam_critic,
            &mut self.adam_rnn,
        ]) {
            let _ = &params;
            let steps = meta.get(&format!("adam_steps_{}", prefix.trim_end_matches('.')));
            super::import_optimizer(adam, prefix, &tensors, steps.map(String::as_str), &what)?;
        }
        let [d, g] = match self.scalers.as_mut() {
            Some([d, g]) => [Some(d), Some(g)],
            None => [None, None],
        };
        super::restore_scaler(d, "critic", &meta, &what)?;
        super::restore_scaler(g, "generator", &meta, &what)?;
        self.step = meta.get("step").and_then(|s| s.parse().ok()).unwrap_or(0);
        meta.get("epoch")
            .and_then(|e| e.parse().ok())
            .ok_or_else(|| Error::checkpoint(&what, "the checkpoint does not say its epoch"))
    }
}

/// The three networks layer by layer as a step runs them on one image. A step runs the VAE
/// (trunk, fc layers, three transposed convs) three times (the critic's fake, the fixed
/// generation, the generator's step) and the WGAN-GP terms twice (critic and generator step),
/// each the critic (trunk, fc layers) on the real, the generated and the interpolated image
/// plus the penalty's double backward (counted as two more passes): ten critic passes. The
/// GRU runs once over the video's frames.
pub fn tally(c: &VaeGanConfig) -> super::memory::Tally {
    let (s, ch, flat) = (c.image_size, c.channels, c.flat());
    let trunk = |n: &mut super::memory::Tally| {
        n.conv(3, ch, 3, s * s, true)
            .conv(ch, ch, 3, s * s / 4, true)
            .conv(ch, ch, 3, s * s / 16, true)
            .keep((ch * s * s / 4) as u128);
    };
    let mut vae = super::memory::Tally::default();
    trunk(&mut vae);
    vae.linear(1, flat, c.latent, true)
        .linear(1, flat, c.latent, true)
        .linear(1, c.latent, flat, true)
        .conv_transpose(ch, ch, 3, s * s / 64, s * s / 16, true)
        .conv_transpose(ch, ch, 3, s * s / 16, s * s / 4, true)
        .conv_transpose(ch, 3, 3, s * s / 4, s * s, true);
    let mut critic = super::memory::Tally::default();
    trunk(&mut critic);
    critic
        .linear(1, flat, 64, true)
        .linear(1, 64, 64, true)
        .linear(1, 64, 1, true);
    let mut n = super::memory::Tally {
        parameters: vae.parameters + critic.parameters,
        saved: 3 * vae.saved + 10 * critic.saved,
        columns: vae.columns + critic.columns,
        ..Default::default()
    };
    for l in 0..c.rnn_layers {
        let inputs = if l == 0 { 3 * s * s } else { c.rnn_hidden };
        n.recurrent(3, inputs, c.rnn_hidden, c.frames);
    }
    n.linear(1, c.rnn_hidden, c.weight_update_size(), true)
        .keep((3 * c.frames * s * s) as u128);
    n
}

/// Where a run writes, and how.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct VaeGanOutput {
    /// The run folder: checkpoint, metrics, sample grids and TensorBoard logs.
    pub dir: PathBuf,
    /// Continue from `dir`'s checkpoint, or from `resume_from`.
    pub resume: bool,
    /// The checkpoint to resume from instead of `dir`'s (the run still writes `dir`'s).
    pub resume_from: Option<PathBuf>,
    /// Delete an earlier run's outputs in `dir` first (else a fresh run refuses to start over
    /// them).
    pub overwrite: bool,
    /// Show a progress bar.
    pub progress: bool,
    /// Stop after this epoch (tests).
    pub stop_after: Option<usize>,
    /// Write the checkpoint after the last epoch without the optimizers' state (not
    /// resumable).
    pub weights_only: bool,
    /// The run's settings as TOML (the command line's), written into `dir`.
    pub settings: Option<String>,
}

/// What a VAE-GAN run did.
#[derive(Debug)]
pub struct VaeGanSummary {
    /// The epoch the run started at (after the resumed one).
    pub first_epoch: usize,
    /// The last epoch it finished.
    pub last_epoch: usize,
    /// Every step's losses, in order, for the steps this call trained.
    pub losses: Vec<StepLosses>,
    /// Where the checkpoint was written.
    pub checkpoint: PathBuf,
}

/// The whole run: epochs of shuffled batches (drop_last false), a checkpoint, a sample grid
/// (8 fixed images above their reconstructions) and the metrics each epoch.
pub fn train(
    gpu: &Gpu,
    run: &VaeGanRun,
    images: &[Vec<f32>],
    out: &VaeGanOutput,
    log: &mut dyn FnMut(String),
) -> Result<VaeGanSummary> {
    // data-parallel: the same settings and images on every rank, before anything is written
    super::ranks_agree_on("the settings", &(run, out))?;
    super::check_rank_batch("vaegan train", run.batch_size)?;
    if crate::dist::world().size() > 1 {
        super::ranks_agree_on("the training images", &super::image_hashes(images))?;
    }
    // --amp on an adapter without f16 is refused before anything is read or written
    super::amp_scaler(gpu, run.amp, "vaegan train")?;
    run.validate()?;
    tally(&run.model)
        .estimate(super::rank_batch(run.batch_size))
        .check(
            gpu,
            "vaegan train",
            run.batch_size,
            "lower --image-size or --batch-size",
            log,
        )?;
    let ckpt = out.dir.join("vaegan.safetensors");
    let _lock = super::set_up_run_folder(
        "vaegan",
        &out.dir,
        &[&out.dir.join("samples")],
        super::RunOutputs::default()
            .file(ckpt.clone())
            .file(out.dir.join("metrics.csv"))
            .file(out.dir.join("loss_curve.png"))
            .prefixed(out.dir.join("samples"), "epoch_")
            .prefixed(out.dir.clone(), "events.out.tfevents."),
        (out.resume, out.overwrite),
        log,
    )?;
    let mut model = crate::gpu::allocating_weights(
        "the VAE-GAN",
        "lower --image-size (the fully connected layers on the flattened features grow with it)",
        || VaeGan::new(gpu, run.clone()),
    )?;
    let mut first_epoch = 0;
    if out.resume {
        let from = super::resume_source(&ckpt, out.resume_from.as_deref())?;
        first_epoch = model.load(&from)? + 1;
        log(format!(
            "resumed from {} at epoch {first_epoch}",
            from.display()
        ));
    }
    // once the run is sure to start
    if let Some(s) = out
        .settings
        .as_ref()
        .filter(|_| crate::dist::world().is_root())
    {
        super::write_settings(&out.dir, "vaegan", s, log)?;
    }
    let mut trainer = VaeGanTrainer::new(gpu, model, images, out.dir.join("samples"));
    let plan = EpochPlan {
        first_epoch,
        batch_size: run.batch_size,
        unit: "img",
        progress: out.progress,
        step_log_every: 1,
        weights_only: out.weights_only,
        curve: Some((
            out.dir.join("loss_curve.png"),
            "VAE-GAN losses (critic and generator)".into(),
        )),
        stop_after: out.stop_after,
        ..EpochPlan::new(
            "vaegan",
            run.epochs,
            out.dir.join("metrics.csv"),
            out.dir.clone(),
            Checkpoints::File(ckpt.clone()),
        )
    };
    let done = fit(&mut trainer, &plan, log)?;
    Ok(VaeGanSummary {
        first_epoch,
        last_epoch: done.last_epoch,
        losses: done
            .steps
            .iter()
            .map(|v| StepLosses {
                loss_d: v[0],
                loss_g: v[1],
                w: v[2],
                gp: v[3],
                skipped: None,
            })
            .collect(),
        checkpoint: ckpt,
    })
}

/// The VAE-GAN's training as the shared epoch loop runs it: [`VaeGan::train_step`] on
/// shuffled batches (the last may be short), and after each epoch a grid of 8 fixed images
/// above their reconstructions.
pub struct VaeGanTrainer<'a> {
    gpu: Gpu,
    /// The three networks and their optimisers.
    pub model: VaeGan,
    images: &'a [Vec<f32>],
    samples: PathBuf,
}

impl<'a> VaeGanTrainer<'a> {
    /// Training `model` on `images` (3 × size × size in [0, 1]); grids go into `samples`.
    pub fn new(gpu: &Gpu, model: VaeGan, images: &'a [Vec<f32>], samples: PathBuf) -> Self {
        VaeGanTrainer {
            gpu: gpu.clone(),
            model,
            images,
            samples,
        }
    }
}

impl Trainer for VaeGanTrainer<'_> {
    type Batch = Var;

    fn columns(&self) -> &'static [&'static str] {
        &["loss_d", "loss_g", "wasserstein", "gp"]
    }

    fn header(&self) -> &'static str {
        "epoch,loss_d,loss_g,wasserstein,gp,lr"
    }

    fn batches(&self, epoch: usize) -> Vec<Vec<usize>> {
        let run = &self.model.run;
        Batches::new(
            self.images.len(),
            run.batch_size,
            false,
            run.seed,
            epoch as u64,
        )
        .collect()
    }

    fn batch(&self, picks: &[usize]) -> Result<Var> {
        image_batch(
            &self.gpu,
            self.images,
            picks,
            self.model.run.model.image_size,
        )
    }

    /// Every term (W, the penalty, the generator's loss) is a mean over the batch's images.
    fn data_parallel(&self) -> Option<LossSum> {
        Some(LossSum::Mean)
    }

    fn set_share(&mut self, share: Share) {
        self.model.share = Some(share);
    }

    /// The draws are keyed by the step: a left-out batch moves it as its step would, so the
    /// following steps draw what one process draws.
    fn left_out(&mut self) -> Result<()> {
        self.model.step += 1;
        Ok(())
    }

    fn step(&mut self, real: &Var) -> Result<StepReport> {
        let l = self.model.train_step(real)?;
        Ok(StepReport::new(vec![l.loss_d, l.loss_g, l.w, l.gp]).with_scaler_skip(l.skipped))
    }

    fn message(&self, epoch: usize, r: &StepReport) -> String {
        let v = &r.values;
        format!(
            "epoch {epoch} loss_D {:.4} loss_G {:.4} gp {:.4}",
            v[0], v[1], v[3]
        )
    }

    fn epoch_row(
        &mut self,
        epoch: usize,
        stats: &EpochStats,
        _: &mut dyn FnMut(String),
    ) -> Result<Vec<f64>> {
        Ok(stats.row(epoch, &[self.model.run.lr]))
    }

    /// Originals above their reconstructions (the mean latent: noise 0).
    fn after_epoch(&mut self, epoch: usize, end: &mut EpochEnd) -> Result<()> {
        let (size, latent) = (self.model.run.model.image_size, self.model.run.model.latent);
        let fixed: Vec<usize> = (0..self.images.len().min(8)).collect();
        let x = self.batch(&fixed)?;
        let eps = Tensor::from_f32(
            &self.gpu,
            &vec![0.0; fixed.len() * latent],
            &[fixed.len(), latent],
        )?;
        let recon = no_grad(|| self.model.vae.forward(&x, &eps, None))?
            .image
            .value()
            .to_f32()?;
        let mut panels: Vec<Vec<f32>> = fixed.iter().map(|&i| self.images[i].clone()).collect();
        panels.extend(recon.chunks(3 * size * size).map(|p| p.to_vec()));
        let g = viewable_grid(
            &grid(&panels, 3, size, size, fixed.len()),
            None,
            &["original", "reconstruction"],
        )?;
        end.picture(
            "images/reconstruction",
            &self.samples.join(format!("epoch_{epoch}.png")),
            &g,
            epoch,
        )
    }

    fn save(&self, path: &Path, epoch: usize) -> Result<()> {
        self.model.save(path, epoch)
    }
}
