//! Text → scene → text (seed 003): the six losses of its losses.py, the training step of its
//! train.py (AR step, then decoder and captioner on the detached text embedding, teacher forcing
//! or the free-running caption mode), validation, and the checkpoint with everything a resume
//! needs. The epoch loop and the seed's figures and text outputs are in [`run`].

pub mod run;

use super::{adam_over, adam_step};
use crate::autograd::{autocast, backward, cross_entropy, no_grad, Var};
use crate::dist::{LossSum, Share};
use crate::error::{Error, Result};
use crate::gpu::{DType, Gpu, Tensor};
use crate::io::checkpoint::NamedTensor;
use crate::models::scene::{Bottleneck, CaptionNetwork, SceneDecoder};
use crate::models::scene_data::Vocab;
use crate::models::scene_lm::{DropoutKeys, LmConfig, SceneLm};
use crate::nn::Module;
use crate::ops::tensor::RngKey;
use crate::optim::{clip_grad_norm, Adam, GradScaler, Optimizer, ScaledStep};
use crate::train::memory::{MemoryEstimate, Tally};
use std::collections::BTreeMap;
use std::path::Path;

/// The shapes of the three models (the run's --d-model, --n-heads, --n-layers, --hidden-dim,
/// --z-dim, --use-vae, --dropout); saved in the checkpoint.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SceneConfig {
    /// The language model's shape (vocabulary, width, heads, layers, dropout).
    pub lm: LmConfig,
    /// Hidden width of the decoder and the captioner; default 256.
    pub hidden_dim: usize,
    /// Size of the decoder's bottleneck code; default 128.
    pub z_dim: usize,
    /// A VAE bottleneck (mu, logvar and a KL term) instead of the plain BatchNorm one; default
    /// false.
    pub use_vae: bool,
}

impl Default for SceneConfig {
    fn default() -> Self {
        SceneConfig {
            lm: LmConfig::default(),
            hidden_dim: 256,
            z_dim: 128,
            use_vae: false,
        }
    }
}

impl SceneConfig {
    /// The three models (LM, decoder, captioner) layer by layer, as their constructors build
    /// them and a step runs them on one text of `text_len` tokens.
    pub fn tally(&self, text_len: usize) -> Tally {
        let c = &self.lm;
        let (v, d, f, heads, t) = (c.vocab, c.d_model, c.d_ff, c.heads, text_len);
        let (h, z) = (self.hidden_dim, self.z_dim);
        let mut n = Tally::default();
        // the LM: embedding, encoder layers (attention weights before and after dropout), the
        // output and the embedding projections
        n.embedding(v, d, t);
        for _ in 0..c.layers {
            n.linear(t, d, 3 * d, true)
                .keep(2 * (heads * t * t) as u128)
                .linear(t, d, d, true)
                .norm(d, t * d)
                .linear(t, d, f, true)
                .linear(t, f, d, true)
                .norm(d, t * d);
        }
        n.linear(t, d, v, true)
            .linear(1, d, d, true)
            .norm(d, d)
            .linear(1, d, d, true);
        // the decoder: bottleneck, 4x4xh, four up-sampling blocks to 64x64, the output conv,
        // the prior's three convs and the losses on the 3x64x64 scene
        if self.use_vae {
            n.linear(1, d, z, true).linear(1, d, z, true);
        } else {
            n.linear(1, d, z, true).norm(z, z);
        }
        n.linear(1, z, 16 * h, true).norm(h, 16 * h);
        let chans = [h, h, h / 2, h / 4, h / 8];
        for i in 0..4 {
            let side = 4 << i;
            n.conv_transpose(
                chans[i],
                chans[i + 1],
                4,
                side * side,
                4 * side * side,
                true,
            )
            .norm(chans[i + 1], chans[i + 1] * 4 * side * side);
        }
        let px = 64 * 64;
        n.conv(h / 8, 3, 3, px, true)
            .conv(3, 16, 5, px, true)
            .conv(16, 8, 3, px, true)
            .conv(8, 3, 3, px, true)
            .keep(12 * 3 * px as u128);
        // the captioner: four stride-2 convs from 64x64, the visual projection, a two-layer
        // LSTM over the text, the vocabulary projection and the embedding extractor
        let enc = [3, 32, 64, 128, 256];
        for i in 0..4 {
            let side = 32 >> i;
            n.conv(enc[i], enc[i + 1], 3, side * side, true)
                .norm(enc[i + 1], enc[i + 1] * side * side);
        }
        n.linear(1, 256, h, true)
            .linear(1, h, d, true)
            .embedding(v, d, t)
            .recurrent(4, d, h, t)
            .recurrent(4, h, h, t)
            .linear(t, h, v, true)
            .linear(1, h, d, true)
            .norm(d, d)
            .linear(1, d, d, true);
        n
    }

    /// Trainable parameters of the three models, from the configuration alone (a test holds
    /// it equal to the built models').
    pub fn parameter_count(&self) -> u64 {
        self.tally(1).estimate(1).parameters
    }

    /// What a training step at `batch` texts of `text_len` tokens needs, before anything is
    /// allocated.
    pub fn memory_estimate(&self, batch: usize, text_len: usize) -> MemoryEstimate {
        self.tally(text_len).estimate(batch)
    }

    /// The fields in which `self` (a checkpoint's) differs from `want` (this run's), as
    /// "d_model 256 (this run asks for 512)" phrases; empty when they agree.
    pub fn differences(&self, want: &SceneConfig) -> Vec<String> {
        let mut v = vec![];
        let mut cmp = |name: &str, have: String, asked: String| {
            if have != asked {
                v.push(format!("{name} {have} (this run asks for {asked})"));
            }
        };
        cmp(
            "d_model",
            self.lm.d_model.to_string(),
            want.lm.d_model.to_string(),
        );
        cmp(
            "n_heads",
            self.lm.heads.to_string(),
            want.lm.heads.to_string(),
        );
        cmp(
            "n_layers",
            self.lm.layers.to_string(),
            want.lm.layers.to_string(),
        );
        cmp("d_ff", self.lm.d_ff.to_string(), want.lm.d_ff.to_string());
        cmp(
            "max_len",
            self.lm.max_len.to_string(),
            want.lm.max_len.to_string(),
        );
        cmp(
            "dropout",
            self.lm.dropout.to_string(),
            want.lm.dropout.to_string(),
        );
        cmp(
            "hidden_dim",
            self.hidden_dim.to_string(),
            want.hidden_dim.to_string(),
        );
        cmp("z_dim", self.z_dim.to_string(), want.z_dim.to_string());
        cmp(
            "use_vae",
            self.use_vae.to_string(),
            want.use_vae.to_string(),
        );
        v
    }
}

/// The loss weights (the seed's train.py defaults) and the flags that fix its bugs.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LossConfig {
    /// Weight of the KL term (VAE bottleneck only); default 0.001.
    pub lambda_kl: f32,
    /// Weight of the scene's total variation; default 0.1.
    pub lambda_spatial: f32,
    /// Weight of the text embeddings' mean cosine similarity; default 0.01.
    pub lambda_diversity: f32,
    /// Weight of the Sobel edge loss; default 0.1.
    pub lambda_perceptual: f32,
    /// Weight of the text–caption embedding consistency; default 1.0.
    pub lambda_consistency: f32,
    /// ε under the Sobel square root (0 = the seed's, whose gradient is NaN on flat regions).
    pub sobel_eps: f32,
    /// Caption targets one token ahead of the LSTM input (the seed's are two ahead).
    pub fix_caption_shift: bool,
    /// Check losses and gradient norms before each optimizer step and skip the batch if any is
    /// not finite (the seed checks only the losses, after stepping).
    pub nan_check_before_step: bool,
}

impl Default for LossConfig {
    fn default() -> Self {
        LossConfig {
            lambda_kl: 0.001,
            lambda_spatial: 0.1,
            lambda_diversity: 0.01,
            lambda_perceptual: 0.1,
            lambda_consistency: 1.0,
            sobel_eps: 0.0,
            fix_caption_shift: false,
            nan_check_before_step: false,
        }
    }
}

/// The parts of the composite loss, as values (for logs).
#[derive(Clone, Copy, Debug, Default)]
pub struct LossParts {
    /// Text–caption embedding consistency ([`consistency_loss`]).
    pub consistency: f64,
    /// KL of the VAE bottleneck ([`kl_loss`]); 0 without one.
    pub kl: f64,
    /// Total variation of the scene.
    pub spatial: f64,
    /// Mean off-diagonal cosine similarity of the text embeddings ([`diversity_value`]).
    pub diversity: f64,
    /// Sobel edge loss ([`perceptual_loss`]).
    pub perceptual: f64,
    /// Caption cross-entropy; 0 in the free-running caption mode.
    pub caption: f64,
}

/// mean over rows of (1 − cos) + 0.1·MSE between text and caption embeddings `[B, D]`.
pub fn consistency_loss(text: &Var, caption: &Var) -> Result<Var> {
    let cos = text.cosine_similarity(caption, 1e-8)?.mean()?;
    let mse = text.sub(caption)?.square()?.mean()?;
    cos.neg()?.add_scalar(1.0)?.add(&mse.mul_scalar(0.1)?)
}

/// clamp(mean_b[−½·Σ(1 + lv − mu² − e^lv)], 0, 100) with lv clamped to [−10, 10] first.
pub fn kl_loss(mu: &Var, logvar: &Var) -> Result<Var> {
    kl_unclamped(mu, logvar)?.clamp(0.0, 100.0)
}

/// [`kl_loss`] before its clamp to [0, 100]: a mean over the items, so a data-parallel step
/// can add the ranks' parts before clamping.
fn kl_unclamped(mu: &Var, logvar: &Var) -> Result<Var> {
    let lv = logvar.clamp(-10.0, 10.0)?;
    let per = lv
        .add_scalar(1.0)?
        .sub(&mu.square()?)?
        .sub(&lv.exp()?)?
        .sum_axis(1)?;
    per.mean()?.mul_scalar(-0.5)
}

/// The mean off-diagonal cosine similarity of `[B, D]` rows, 0 when B < 2 (a value only: the
/// seed computes it on detached embeddings).
pub fn diversity_value(text: &Var) -> Result<f64> {
    let b = text.shape()[0];
    if b < 2 {
        return Ok(0.0);
    }
    let m = no_grad(|| text.detach().cosine_matrix(1e-8))?
        .value()
        .to_f32()?;
    let off: f64 = (0..b * b)
        .filter(|i| i / b != i % b)
        .map(|i| m[i] as f64)
        .sum();
    Ok(off / (b * (b - 1)) as f64)
}

/// (mean Sobel edge magnitude of the grey scene − 0.2)².
pub fn perceptual_loss(scene: &Var, eps: f32) -> Result<Var> {
    mean_edge(scene, eps)?.add_scalar(-0.2)?.square()
}

/// The mean Sobel edge magnitude of the grey scene, [`perceptual_loss`]'s inner mean.
fn mean_edge(scene: &Var, eps: f32) -> Result<Var> {
    scene.sobel_edges(eps)?.mean()
}

/// The rows `[len, D]` of every rank's part of a global batch, as one `[global, D]` constant
/// (itself on one rank): each rank places its rows at their global positions in zeros, and
/// the sum over the ranks (a row plus zeros, exactly that row) assembles the batch.
fn rows_of_every_rank(x: &Var, share: Share) -> Result<Var> {
    let world = crate::dist::world();
    if world.size() == 1 {
        return Ok(x.detach());
    }
    let d = x.shape()[1];
    let x = if x.value().dtype() == DType::F32 {
        x.detach()
    } else {
        no_grad(|| x.detach().cast(DType::F32))?
    };
    let gpu = x.value().gpu();
    let all = Tensor::full(gpu, &[share.global, d], 0.0)?;
    gpu.copy_region(x.value(), 0, &all, share.start * d, share.len * d)?;
    world.sum_tensors(&[&all])?;
    Ok(Var::constant(all))
}

/// One sample batch for the models: token ids, targets (−100 = ignored), attention mask.
pub struct SceneBatch {
    /// u32 `[B, T]`
    pub input_ids: Tensor,
    /// i32 `[B·T]`, the seed's labels (ids shifted by one, PAD → −100)
    pub labels: Tensor,
    /// `[B·T]` of 0/1
    pub attention_mask: Vec<f32>,
    /// `input_ids` on the host, `[B·T]`
    pub ids: Vec<u32>,
    /// `labels` on the host, `[B·T]`
    pub label_ids: Vec<i32>,
}

/// The three models and their optimisers.
pub struct SceneTrainer {
    /// The three models' shapes.
    pub config: SceneConfig,
    /// The autoregressive language model that embeds the text.
    pub lm: SceneLm,
    /// Text embedding → scene.
    pub decoder: SceneDecoder,
    /// Scene → caption and caption embedding.
    pub captioner: CaptionNetwork,
    /// Loss weights and fix flags.
    pub losses: LossConfig,
    adam_lm: Adam,
    adam_decoder: Adam,
    adam_captioner: Adam,
    /// Steps taken (the seed's global_step: skipped batches do not count; the warm-up reads it).
    pub global_step: u64,
    /// Batches attempted, skipped ones included: every random draw of a step is keyed by it.
    pub attempts: u64,
    /// The run's seed: of the weights and, with `attempts`, of every draw.
    pub seed: u64,
    /// The loss scalers of a mixed-precision run (`--amp`): the AR step's and the scene step's.
    scalers: Option<[GradScaler; 2]>,
    /// The part of the global batch the next step gets (data-parallel training; None: all).
    share: Option<Share>,
}

/// What one step reports.
#[derive(Clone, Debug)]
pub struct StepReport {
    /// The AR model's next-token cross-entropy.
    pub ar_loss: f64,
    /// Next-token accuracy of the AR model on the non-ignored labels, in [0, 1].
    pub ar_accuracy: f64,
    /// The composite loss × warm-up (what is minimised and logged, as the original does).
    pub total: f64,
    /// The warm-up factor of this step, min(1, step/100): `total` climbs from 0 over the first
    /// 100 steps while the composite loss itself falls, so the progress bar shows the latter.
    pub warmup: f64,
    /// The composite loss's terms.
    pub parts: LossParts,
    /// Why the batch was skipped (a non-finite loss, embedding or gradient), if it was.
    pub skipped: Option<String>,
    /// Updates a loss scaler skipped (mixed precision; the batch still counts), said.
    pub note: Option<String>,
}

/// The scene step's loss: what this process minimises, the global batch's value and terms.
struct SceneLoss {
    /// The composite loss × warm-up (on one rank), or this rank's part of it: its gradients
    /// summed over the ranks are the global loss's.
    minimised: Var,
    /// The global batch's composite loss × warm-up.
    total: f64,
    /// The global batch's terms.
    parts: LossParts,
}

/// The weights of a data-parallel rank's means over tokens (the AR and caption
/// cross-entropies): its tokens' share of the global batch's.
#[derive(Clone, Copy, Debug)]
struct TokenWeights {
    ar: f64,
    caption: f64,
}

/// The seed's composite loss (SceneGenerationLoss) and its terms.
struct CompositeLoss {
    /// λc·consistency + λs·TV + λp·edge + λd·diversity (+ caption CE) (+ λkl·KL)
    total: Var,
    consistency: Var,
    spatial: Var,
    perceptual: Var,
    /// a value only: the seed computes it on detached embeddings
    diversity: f64,
    /// VAE bottleneck only
    kl: Option<Var>,
}

/// What validation of one batch reports (eval mode, no gradients).
#[derive(Clone, Debug)]
pub struct EvalReport {
    /// The AR model's next-token cross-entropy.
    pub ar_loss: f64,
    /// Next-token accuracy of the AR model on the non-ignored labels, in [0, 1].
    pub ar_accuracy: f64,
    /// consistency + λ·KL + λ·TV + λ·diversity + λ·edge (no caption CE, as the seed)
    pub loss: f64,
    /// mean L2 norm of the text embeddings
    pub embedding_norm: f64,
    /// mean off-diagonal cosine similarity of the text embeddings
    pub similarity: f64,
    /// the scenes, `[B, 3, 64, 64]` in [0, 1], when asked for
    pub scenes: Option<Vec<f32>>,
}

/// The three Adams' names in the checkpoint (the seed's `optimizers` dict keys).
pub const OPTIMIZERS: [&str; 3] = ["ar_optimizer", "decoder_optimizer", "caption_optimizer"];
/// The three models' names in the checkpoint (the seed's `models` dict keys).
pub const MODELS: [&str; 3] = ["ar_model", "scene_decoder", "caption_network"];

/// Next-token accuracy over the rows whose label is not −100.
fn accuracy(logits: &[f32], labels: &[i32], vocab: usize) -> f64 {
    let (mut right, mut n) = (0usize, 0usize);
    for (row, &l) in logits.chunks(vocab).zip(labels) {
        if l < 0 {
            continue;
        }
        let mut best = 0;
        for (i, v) in row.iter().enumerate() {
            if *v > row[best] {
                best = i;
            }
        }
        right += (best == l as usize) as usize;
        n += 1;
    }
    if n == 0 {
        0.0
    } else {
        right as f64 / n as f64
    }
}

impl SceneTrainer {
    /// The three models, seeded from `seed`, each with an Adam at learning rate `lr`.
    pub fn new(
        gpu: &Gpu,
        config: SceneConfig,
        losses: LossConfig,
        lr: f64,
        seed: u64,
    ) -> Result<SceneTrainer> {
        let (vocab, d) = (config.lm.vocab, config.lm.d_model);
        let lm = SceneLm::new(gpu, config.lm.clone(), seed)?;
        let decoder = SceneDecoder::new(
            gpu,
            d,
            config.hidden_dim,
            config.z_dim,
            config.use_vae,
            seed ^ 1,
        )?;
        let captioner = CaptionNetwork::new(
            gpu,
            vocab,
            d,
            config.hidden_dim,
            config.lm.dropout,
            seed ^ 2,
        )?;
        Ok(SceneTrainer {
            adam_lm: adam_over(&lm.named_parameters(), lr)?,
            adam_decoder: adam_over(&decoder.named_parameters(), lr)?,
            adam_captioner: adam_over(&captioner.named_parameters(), lr)?,
            config,
            lm,
            decoder,
            captioner,
            losses,
            global_step: 0,
            attempts: 0,
            seed,
            scalers: None,
            share: None,
        })
    }

    /// Mixed precision (`--amp`): autocast around the forward passes and a loss scaler for each
    /// of the two steps; refused where the device has no shader-f16.
    pub fn enable_amp(&mut self, gpu: &Gpu) -> Result<()> {
        self.scalers = super::amp_scaler(gpu, true, "scene train")?.map(|s| [s.clone(), s]);
        Ok(())
    }

    /// `loss` scaled by loss scaler `which` (0: AR, 1: scene) of an AMP run, else itself.
    fn scaled(&self, loss: &Var, which: usize) -> Result<Var> {
        match &self.scalers {
            Some(s) => s[which].scale_loss(loss),
            None => Ok(loss.clone()),
        }
    }

    /// Unscale and check the gradients of step `which` in an AMP run: why its update is skipped
    /// (None: take it; always None without AMP).
    fn unscaled(&mut self, grads: &[Option<Var>], which: usize) -> Result<Option<String>> {
        let Some(s) = self.scalers.as_mut() else {
            return Ok(None);
        };
        let tensors: Vec<&Tensor> = grads.iter().flatten().map(|g| g.value()).collect();
        Ok(match s[which].unscale_and_update(&tensors)? {
            ScaledStep::Step => None,
            ScaledStep::Skip(why) => Some(format!("{}: {why}", ["AR step", "scene step"][which])),
        })
    }

    /// The part of the global batch the next step gets (data-parallel training): the step
    /// weighs its losses by it, draws its dropout masks and noise at the global items'
    /// positions, and sums what it must over the ranks.
    pub fn set_share(&mut self, share: Share) {
        self.share = Some(share);
    }

    /// The learning rates of the three optimizers, in [`OPTIMIZERS`] order.
    pub fn set_learning_rates(&mut self, lr: [f64; 3]) {
        self.adam_lm.set_lr(lr[0]);
        self.adam_decoder.set_lr(lr[1]);
        self.adam_captioner.set_lr(lr[2]);
    }

    /// Clip to norm 1; returns the norm before clipping when it must be checked (one read-back).
    fn clip(grads: &[Option<Var>], check: bool) -> Result<Option<f64>> {
        Ok(Self::clip_groups(&[grads], check)?[0])
    }

    /// Clip each group of gradients to norm 1 on its own; the norms before clipping when they
    /// must be checked, read back together (one sync point for all groups). A group without
    /// gradients has no norm.
    fn clip_groups(groups: &[&[Option<Var>]], check: bool) -> Result<Vec<Option<f64>>> {
        let mut coefs = Vec::with_capacity(groups.len());
        for grads in groups {
            let with: Vec<&Tensor> = grads
                .iter()
                .filter_map(|g| g.as_ref().map(|v| v.value()))
                .collect();
            coefs.push(if with.is_empty() {
                None
            } else {
                Some(clip_grad_norm(&with, 1.0)?)
            });
        }
        if !check {
            return Ok(vec![None; groups.len()]);
        }
        let present: Vec<&Tensor> = coefs.iter().flatten().collect();
        // clip_grad_norm's [coefficient, norm]
        let mut norms = Tensor::to_f32_many(&present)?
            .into_iter()
            .map(|v| v[1] as f64);
        Ok(coefs
            .iter()
            .map(|c| c.as_ref().and_then(|_| norms.next()))
            .collect())
    }

    /// The seed's training step with teacher forcing: the AR step, then decoder + captioner on
    /// the detached embedding with the composite loss × warmup (min(1, step/100)), each clipped
    /// to 1.0.
    pub fn teacher_forced_step(&mut self, batch: &SceneBatch) -> Result<StepReport> {
        self.step_in_mode(batch, true)
    }

    /// A training step in the AR mode: the captioner reads captions it draws from the scene
    /// (the seed's free-running mode, whatever the schedule would draw).
    pub fn free_running_step(&mut self, batch: &SceneBatch) -> Result<StepReport> {
        self.step_in_mode(batch, false)
    }

    /// The seed's scheduled sampling: the probability of the AR (free-running caption) mode at
    /// `epoch`: 0 before epoch 5, (epoch − 5)/25 up to 29, 1 from 30.
    pub fn scheduled_sampling_probability(epoch: usize) -> f64 {
        match epoch {
            0..5 => 0.0,
            5..30 => (epoch - 5) as f64 / 25.0,
            _ => 1.0,
        }
    }

    /// One step with the mode drawn as the seed does (one uniform per batch, AR mode below p);
    /// the draw is keyed by (seed, attempted batches), so a resumed run draws the same.
    pub fn scheduled_step(
        &mut self,
        batch: &SceneBatch,
        epoch: usize,
    ) -> Result<(StepReport, bool)> {
        let mut state = self.seed ^ 0x5CED_5A3F ^ self.attempts.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let u = (super::splitmix(&mut state) >> 11) as f64 / (1u64 << 53) as f64;
        let teacher = u >= Self::scheduled_sampling_probability(epoch);
        Ok((self.step_in_mode(batch, teacher)?, teacher))
    }

    /// The VAE's reparameterisation noise `[b, z]` for one (purpose, counter), or None; `first`
    /// is the global batch's index of the first row (0 on one process).
    fn vae_noise(
        &self,
        gpu: &Gpu,
        b: usize,
        stream: u32,
        counter: u64,
        first: usize,
    ) -> Result<Option<Tensor>> {
        if !matches!(self.decoder.bottleneck, Bottleneck::Vae { .. }) {
            return Ok(None);
        }
        let z = self.config.z_dim;
        let key = RngKey {
            seed: self.seed ^ counter.wrapping_mul(0xA24B_AED4_963E_E407),
            stream,
            offset: (first * z) as u32,
        };
        Ok(Some(Tensor::normal(gpu, &[b, z], key, 0.0, 1.0)?))
    }

    fn step_in_mode(&mut self, batch: &SceneBatch, teacher: bool) -> Result<StepReport> {
        let draw = self.attempts;
        self.attempts += 1;
        self.step_with_draws(batch, teacher, draw)
    }

    /// A batch that data-parallel training leaves out (fewer texts than ranks): its draw
    /// counter moves as one process's step on it would move it, so the following steps draw
    /// what one process draws (the warm-up, which counts steps taken, lags by one).
    pub fn leave_out_batch(&mut self) {
        self.attempts += 1;
    }

    /// The step; `draw` keys its dropout masks, VAE noise and free-running captions. On several
    /// ranks (data-parallel) each holds its part of the global batch: the token means are
    /// weighted by the rank's share of the tokens, the composite loss's terms are summed over the
    /// ranks before the nonlinear ones (the edge loss's square, the KL's clamp) are taken, the
    /// gradients are summed after each backward, and every skip is decided on global values, so
    /// all ranks take the same steps.
    fn step_with_draws(
        &mut self,
        batch: &SceneBatch,
        teacher: bool,
        draw: u64,
    ) -> Result<StepReport> {
        let (b, t) = (batch.input_ids.shape()[0], batch.input_ids.shape()[1]);
        let gpu = batch.input_ids.gpu().clone();
        let check = self.losses.nan_check_before_step;
        let world = crate::dist::world();
        let dp = self.share.filter(|_| world.size() > 1);
        let keys = DropoutKeys {
            seed: self.seed,
            step: draw as u32,
            items: dp,
        };
        let skipped = |ar_loss: f64, ar_accuracy: f64, why: String| StepReport {
            ar_loss,
            ar_accuracy,
            total: f64::NAN,
            warmup: f64::NAN,
            parts: LossParts::default(),
            skipped: Some(why),
            note: None,
        };
        let amp = self.scalers.is_some();
        // the caption cross-entropy's targets (teacher forcing)
        let caption_targets: Option<Vec<i32>> = match (teacher, self.losses.fix_caption_shift) {
            (false, _) => None,
            // one ahead: the LSTM reads token t−1 at step t, so the target is token t
            (true, true) => Some(
                batch
                    .ids
                    .iter()
                    .zip(&batch.attention_mask)
                    .map(|(&v, &m)| if m > 0.0 && v != 0 { v as i32 } else { -100 })
                    .collect(),
            ),
            (true, false) => Some(batch.label_ids.clone()),
        };
        let weights = match dp {
            None => None,
            Some(_) => {
                let tokens = |l: &[i32]| l.iter().filter(|&&v| v >= 0).count() as f64;
                let local = [
                    tokens(&batch.label_ids),
                    caption_targets.as_deref().map_or(0.0, tokens),
                ];
                let mut global = local;
                world.sum_f64(&mut global)?;
                let share = |i: usize| {
                    if global[i] > 0.0 {
                        local[i] / global[i]
                    } else {
                        0.0
                    }
                };
                Some(TokenWeights {
                    ar: share(0),
                    caption: share(1),
                })
            }
        };
        // 1. AR step
        let out = autocast(amp, || {
            self.lm
                .forward(&batch.input_ids, &batch.attention_mask, Some(keys))
        })?;
        let vocab = self.lm.config.vocab;
        let logits = out.logits.reshape(&[b * t, vocab])?;
        let ar = cross_entropy(&logits, &batch.labels, -100)?;
        // 2. the text embedding from this forward, detached (embedding_projection never learns)
        let text_emb =
            autocast(amp, || self.lm.embed(&out.hidden, &batch.attention_mask))?.detach();
        let lp = self.lm.named_parameters();
        let minimised = match weights {
            Some(w) => ar.mul_scalar(w.ar as f32)?,
            None => ar.clone(),
        };
        let grads = backward(
            &self.scaled(&minimised, 0)?,
            &lp.iter().map(|(_, v)| v).collect::<Vec<_>>(),
        )?;
        // the AR loss, the logits it is scored on and the embedding's NaN check: one read-back
        let [ar_v, logits_v, emb_v]: [Vec<f32>; 3] =
            Tensor::to_f32_many(&[ar.value(), logits.value(), text_emb.value()])?
                .try_into()
                .expect("three tensors read");
        let mut ar_loss = ar_v[0] as f64;
        let mut ar_accuracy = accuracy(&logits_v, &batch.label_ids, vocab);
        let mut embedding_nan = emb_v.iter().any(|v| v.is_nan());
        if let Some(w) = weights {
            // the global batch's AR loss and accuracy (token means: weighted by the tokens'
            // share), whether any rank's embedding has a NaN, and the gradients
            let mut v = [
                ar_loss * w.ar,
                ar_accuracy * w.ar,
                f64::from(u8::from(embedding_nan)),
            ];
            world.sum_f64(&mut v)?;
            (ar_loss, ar_accuracy, embedding_nan) = (v[0], v[1], v[2] > 0.0);
            super::sum_gradients(&grads)?;
        }
        // mixed precision: an overflowing AR update is skipped, the scene step still runs
        let ar_skip = self.unscaled(&grads, 0)?;
        let norm = match ar_skip {
            Some(_) => Some(0.0),
            None => Self::clip(&grads, check)?,
        };
        if check && !(ar_loss.is_finite() && norm.is_some_and(f64::is_finite)) {
            return Ok(skipped(
                ar_loss,
                ar_accuracy,
                format!("AR loss {ar_loss}, gradient norm {norm:?}: no step taken"),
            ));
        }
        if ar_skip.is_none() {
            adam_step(&mut self.adam_lm, &lp, &grads)?;
        }
        if !ar_loss.is_finite() {
            return Ok(skipped(
                ar_loss,
                ar_accuracy,
                format!("AR loss {ar_loss} (checked after the AR step, as the original does)"),
            ));
        }
        if embedding_nan {
            return Ok(skipped(
                ar_loss,
                ar_accuracy,
                "NaN in the text embedding".into(),
            ));
        }
        // 3–4. scene, caption with teacher forcing or from free-running captions
        let eps = self.vae_noise(&gpu, b, 77, draw, keys.first_item())?;
        let scene = autocast(amp, || {
            self.decoder
                .forward(&text_emb, true, Some(keys), eps.as_ref())
        })?;
        // AR mode: captions drawn from the detached scene (in training mode, as the seed), then
        // the captioner on them for the embedding only
        let free_tokens = if teacher {
            None
        } else {
            let key = RngKey {
                seed: self.seed ^ draw,
                stream: 0x5CA9,
                offset: 0,
            };
            let (rows, _) = autocast(amp, || {
                self.captioner.generate_caption(
                    &scene.scene.detach(),
                    t,
                    1.0,
                    key,
                    true,
                    Some(keys),
                )
            })?;
            let len = rows.iter().map(Vec::len).max().unwrap_or(1);
            let flat: Vec<u32> = rows
                .iter()
                .flat_map(|r| {
                    r.iter()
                        .copied()
                        .chain(std::iter::repeat_n(0, len - r.len()))
                })
                .collect();
            Some(Tensor::from_u32(&gpu, &flat, &[b, len])?)
        };
        let cap = autocast(amp, || {
            self.captioner.forward(
                &scene.scene,
                free_tokens.as_ref().unwrap_or(&batch.input_ids),
                true,
                Some(keys),
            )
        })?;
        let caption = match &caption_targets {
            None => Var::constant(Tensor::full(&gpu, &[1], 0.0)?),
            Some(l) if self.losses.fix_caption_shift => {
                let targets = Tensor::from_i32(&gpu, l, &[b * t])?;
                cross_entropy(&cap.logits.reshape(&[b * t, vocab])?, &targets, -100)?
            }
            Some(_) => cross_entropy(&cap.logits.reshape(&[b * t, vocab])?, &batch.labels, -100)?,
        };
        let warmup = (self.global_step as f32 / 100.0).min(1.0);
        let loss = match (dp, weights) {
            (Some(share), Some(w)) => self.scene_loss_of_ranks(
                &text_emb,
                &cap.embedding,
                &scene,
                (&caption, w.caption),
                warmup,
                share,
            )?,
            _ => self.scene_loss(&text_emb, &cap.embedding, &scene, &caption, warmup)?,
        };
        let (dp_params, cp) = (
            self.decoder.named_parameters(),
            self.captioner.named_parameters(),
        );
        let refs: Vec<&Var> = dp_params.iter().chain(&cp).map(|(_, v)| v).collect();
        let grads = backward(&self.scaled(&loss.minimised, 1)?, &refs)?;
        if dp.is_some() {
            super::sum_gradients(&grads)?;
        }
        let (gd, gc) = grads.split_at(dp_params.len());
        let total_v = loss.total;
        // mixed precision: an overflowing decoder/captioner update is skipped (said)
        let scene_skip = self.unscaled(&grads, 1)?;
        let (nd, nc) = match scene_skip {
            Some(_) => (None, None),
            None => {
                let norms = Self::clip_groups(&[gd, gc], check)?;
                (norms[0], norms[1])
            }
        };
        let finite = |n: Option<f64>| n.is_none_or(f64::is_finite);
        if check && !(total_v.is_finite() && finite(nd) && finite(nc)) {
            return Ok(skipped(
                ar_loss,
                ar_accuracy,
                format!(
                    "scene loss {total_v}, gradient norms decoder {nd:?} caption {nc:?}: \
                     no decoder/caption step taken"
                ),
            ));
        }
        if scene_skip.is_none() {
            adam_step(&mut self.adam_decoder, &dp_params, gd)?;
            adam_step(&mut self.adam_captioner, &cp, gc)?;
        }
        let note = [ar_skip, scene_skip]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join("; ");
        let parts = loss.parts;
        if !total_v.is_finite() {
            return Ok(StepReport {
                parts,
                ..skipped(
                    ar_loss,
                    ar_accuracy,
                    format!("scene loss {total_v} (checked after the step, as the original does)"),
                )
            });
        }
        self.global_step += 1;
        Ok(StepReport {
            ar_loss,
            ar_accuracy,
            total: total_v,
            warmup: warmup as f64,
            parts,
            skipped: None,
            note: (!note.is_empty()).then_some(note),
        })
    }

    /// The scene step's loss on one process: the composite loss with the caption CE, × warm-up.
    fn scene_loss(
        &self,
        text_emb: &Var,
        caption_emb: &Var,
        scene: &crate::models::scene::SceneOutput,
        caption: &Var,
        warmup: f32,
    ) -> Result<SceneLoss> {
        let losses = self.composite_loss(text_emb, caption_emb, scene, Some(caption))?;
        let minimised = losses.total.mul_scalar(warmup)?;
        // the terms in one readback (one sync point), the KL last where there is one
        let mut terms = vec![
            minimised.value(),
            losses.consistency.value(),
            losses.spatial.value(),
            losses.perceptual.value(),
            caption.value(),
        ];
        terms.extend(losses.kl.as_ref().map(|kl| kl.value()));
        let v: Vec<f64> = Tensor::scalars(&terms)?
            .into_iter()
            .map(f64::from)
            .collect();
        Ok(SceneLoss {
            total: v[0],
            parts: LossParts {
                consistency: v[1],
                kl: v.get(5).copied().unwrap_or(0.0),
                spatial: v[2],
                diversity: losses.diversity,
                perceptual: v[3],
                caption: v[4],
            },
            minimised,
        })
    }

    /// The scene step's loss on one rank of several: the global batch's composite loss and
    /// terms (the ranks' parts of each term summed, then the edge loss's square, the KL's clamp
    /// and the cross-item diversity taken on the sums), and this rank's part to minimise. Every
    /// term but those two is linear in its ranks' parts, so its part is the term weighted by the
    /// rank's share (of the items, or of the caption's tokens: `caption.1`); (m − 0.2)² has the
    /// gradient 2(m − 0.2)·∇m at the global mean edge m, and clamp(K) the gradient ∇K where K
    /// lies strictly inside (0, 100), none elsewhere (the clamp's own rule).
    fn scene_loss_of_ranks(
        &self,
        text_emb: &Var,
        caption_emb: &Var,
        scene: &crate::models::scene::SceneOutput,
        (caption, caption_weight): (&Var, f64),
        warmup: f32,
        share: Share,
    ) -> Result<SceneLoss> {
        let l = &self.losses;
        let w = share.weight(LossSum::Mean);
        let value = |v: &Var| -> Result<f64> { Ok(v.value().scalar()? as f64) };
        let consistency = consistency_loss(text_emb, caption_emb)?;
        let spatial = scene.scene.total_variation()?;
        let edge = mean_edge(&scene.scene, l.sobel_eps)?;
        let kl = match &scene.stats {
            Some((mu, lv)) => Some(kl_unclamped(mu, lv)?),
            None => None,
        };
        let mut sums = [
            w * value(&consistency)?,
            w * value(&spatial)?,
            w * value(&edge)?,
            match &kl {
                Some(k) => w * value(k)?,
                None => 0.0,
            },
            caption_weight * value(caption)?,
        ];
        crate::dist::world().sum_f64(&mut sums)?;
        let [c, s, m, k, ce] = sums;
        let diversity = diversity_value(&rows_of_every_rank(text_emb, share)?)?;
        let (lc, ls, lp, ld, lk) = (
            l.lambda_consistency as f64,
            l.lambda_spatial as f64,
            l.lambda_perceptual as f64,
            l.lambda_diversity as f64,
            l.lambda_kl as f64,
        );
        let kl_value = kl.as_ref().map(|_| k.clamp(0.0, 100.0));
        let total = lc * c
            + ls * s
            + lp * (m - 0.2).powi(2)
            + ld * diversity
            + ce
            + kl_value.map_or(0.0, |k| lk * k);
        let mut part = consistency
            .mul_scalar((lc * w) as f32)?
            .add(&spatial.mul_scalar((ls * w) as f32)?)?
            .add(&edge.mul_scalar((lp * 2.0 * (m - 0.2) * w) as f32)?)?
            .add(&caption.mul_scalar(caption_weight as f32)?)?;
        // strictly inside, as the clamp's own rule passes its gradient
        if let Some(kv) = kl.as_ref().filter(|_| k > 0.0 && k < 100.0) {
            part = part.add(&kv.mul_scalar((lk * w) as f32)?)?;
        }
        Ok(SceneLoss {
            minimised: part.mul_scalar(warmup)?,
            total: warmup as f64 * total,
            parts: LossParts {
                consistency: c,
                kl: kl_value.unwrap_or(0.0),
                spatial: s,
                diversity,
                perceptual: (m - 0.2).powi(2),
                caption: ce,
            },
        })
    }

    /// The composite loss (training adds the caption CE, validation does not), in the seed's
    /// order of terms.
    fn composite_loss(
        &self,
        text_emb: &Var,
        caption_emb: &Var,
        scene: &crate::models::scene::SceneOutput,
        caption_ce: Option<&Var>,
    ) -> Result<CompositeLoss> {
        let l = &self.losses;
        let consistency = consistency_loss(text_emb, caption_emb)?;
        let spatial = scene.scene.total_variation()?;
        let perceptual = perceptual_loss(&scene.scene, l.sobel_eps)?;
        let diversity = diversity_value(text_emb)?;
        let mut total = consistency
            .mul_scalar(l.lambda_consistency)?
            .add(&spatial.mul_scalar(l.lambda_spatial)?)?
            .add(&perceptual.mul_scalar(l.lambda_perceptual)?)?
            .add_scalar(l.lambda_diversity * diversity as f32)?;
        if let Some(ce) = caption_ce {
            total = total.add(ce)?;
        }
        let kl = match &scene.stats {
            Some((mu, lv)) => Some(kl_loss(mu, lv)?),
            None => None,
        };
        if let Some(kl) = &kl {
            total = total.add(&kl.mul_scalar(l.lambda_kl)?)?;
        }
        Ok(CompositeLoss {
            total,
            consistency,
            spatial,
            perceptual,
            diversity,
            kl,
        })
    }

    /// Validation of one batch as the seed's validate(): eval mode, no gradients; `counter`
    /// keys the VAE noise; `keep_scenes` returns the scenes for the epoch's figure.
    pub fn eval_batch(
        &self,
        batch: &SceneBatch,
        counter: u64,
        keep_scenes: bool,
    ) -> Result<EvalReport> {
        no_grad(|| {
            let (b, t) = (batch.input_ids.shape()[0], batch.input_ids.shape()[1]);
            let gpu = batch.input_ids.gpu().clone();
            let vocab = self.lm.config.vocab;
            let out = self
                .lm
                .forward(&batch.input_ids, &batch.attention_mask, None)?;
            let logits = out.logits.reshape(&[b * t, vocab])?;
            let ar = cross_entropy(&logits, &batch.labels, -100)?;
            let text_emb = self.lm.embed(&out.hidden, &batch.attention_mask)?;
            let eps = self.vae_noise(&gpu, b, 78, counter, 0)?;
            let scene = self.decoder.forward(&text_emb, false, None, eps.as_ref())?;
            let cap = self
                .captioner
                .forward(&scene.scene, &batch.input_ids, false, None)?;
            // no caption CE in validation, as the seed
            let losses = self.composite_loss(&text_emb, &cap.embedding, &scene, None)?;
            let emb = text_emb.value().to_f32()?;
            let d = emb.len() / b.max(1);
            let embedding_norm = emb
                .chunks(d.max(1))
                .map(|r| r.iter().map(|v| (*v as f64).powi(2)).sum::<f64>().sqrt())
                .sum::<f64>()
                / b.max(1) as f64;
            Ok(EvalReport {
                ar_loss: ar.value().scalar()? as f64,
                ar_accuracy: accuracy(&logits.value().to_f32()?, &batch.label_ids, vocab),
                loss: losses.total.value().scalar()? as f64,
                embedding_norm,
                similarity: losses.diversity,
                scenes: if keep_scenes {
                    Some(scene.scene.value().to_f32()?)
                } else {
                    None
                },
            })
        })
    }

    /// The seed's round-trip: the captioner's reading of each scene `[3, 64, 64]` (in eval
    /// mode, one at a time, generate_caption's defaults: max_length 50, temperature 1).
    pub fn read_back(
        &self,
        scenes: &[Vec<f32>],
        vocab: &Vocab,
        counter: u64,
    ) -> Result<Vec<String>> {
        let gpu = self.lm.pe.gpu().clone();
        scenes
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let x = Var::constant(Tensor::from_f32(&gpu, s, &[1, 3, 64, 64])?);
                let key = RngKey {
                    seed: self.seed ^ counter.wrapping_mul(0x2545_F491_4F6C_DD1D),
                    stream: 0x5CA8,
                    offset: (i * 64) as u32,
                };
                let (rows, _) = self
                    .captioner
                    .generate_caption(&x, 50, 1.0, key, false, None)?;
                Ok(vocab.decode(&rows[0]))
            })
            .collect()
    }

    /// Text → scene `[3, 64, 64]` as generate_samples(): SOS + words + EOS, no attention mask,
    /// so the embedding is the last position's state; eval mode. Returns the scene and the
    /// words that were not in the vocabulary (read as `<UNK>`).
    pub fn text_to_scene(
        &self,
        vocab: &Vocab,
        text: &str,
        counter: u64,
    ) -> Result<(Vec<f32>, Vec<String>)> {
        use crate::models::scene_data::{EOS, SOS};
        let (words, unknown) = vocab.encode_words(text);
        let max = self.config.lm.max_len;
        if words.len() + 2 > max {
            return Err(Error::invalid(
                {
                    let head: String = text.chars().take(60).collect();
                    let more = if text.chars().count() > 60 { "…" } else { "" };
                    format!("text \"{head}{more}\"")
                },
                format!(
                    "{} words + SOS + EOS = {} positions, more than the language model's \
                     max_len {max} (its table of positions); shorten the text",
                    words.len(),
                    words.len() + 2
                ),
            ));
        }
        let ids: Vec<u32> = std::iter::once(SOS)
            .chain(words)
            .chain(std::iter::once(EOS))
            .collect();
        let gpu = self.lm.pe.gpu().clone();
        let n = ids.len();
        let scene = no_grad(|| -> Result<Var> {
            let x = Tensor::from_u32(&gpu, &ids, &[1, n])?;
            let out = self.lm.forward(&x, &vec![1.0; n], None)?;
            let emb = self.lm.embed_last(&out.hidden)?;
            let eps = self.vae_noise(&gpu, 1, 79, counter, 0)?;
            Ok(self.decoder.forward(&emb, false, None, eps.as_ref())?.scene)
        })?;
        Ok((scene.value().to_f32()?, unknown))
    }
}

/// The checkpoint's bookkeeping besides the tensors.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct SceneState {
    /// The last epoch whose validation finished (0-based), or None if none has.
    pub epoch: Option<usize>,
    /// Batches of the next epoch already trained (an interrupted epoch resumes after them).
    pub batches_done: usize,
    /// Sum and count of the interrupted epoch's batch losses so far, and its skipped batches.
    pub epoch_loss_sum: f64,
    /// Batch losses summed in `epoch_loss_sum`.
    pub epoch_loss_count: usize,
    /// Batches of the interrupted epoch skipped so far.
    #[serde(default)]
    pub epoch_skipped: usize,
    /// Steps taken ([`SceneTrainer::global_step`]).
    pub global_step: u64,
    /// Batches attempted, skipped ones included: the counter every random draw is keyed by
    /// (the seed's global_step does not move on a skipped batch, and its draws must).
    #[serde(default)]
    pub attempts: u64,
    /// The file of the best checkpoint so far (what `scene sample` opens by default).
    #[serde(default)]
    pub best_checkpoint: Option<String>,
    /// The lowest validation loss so far (None before the first validation).
    pub best_val_loss: Option<f64>,
    /// CosineAnnealingLR: base rates and the number of epochs stepped (`last_epoch`).
    pub base_lrs: [f64; 3],
    /// CosineAnnealingLR's T_max: the run's epochs.
    pub t_max: usize,
    /// CosineAnnealingLR's `last_epoch`: epochs stepped.
    pub last_epoch: usize,
    /// The seed that made the data, the split and every draw.
    pub seed: u64,
    /// Texts generated for the data set.
    pub num_samples: usize,
    /// Share of the texts used for training; the rest validate.
    pub train_split: f64,
    /// Texts per batch.
    pub batch_size: usize,
    /// Loss weights and fix flags of the run.
    pub losses: LossConfig,
}

/// What a scene checkpoint holds, read back.
pub struct SceneCheckpoint {
    /// The three models' shapes.
    pub config: SceneConfig,
    /// The vocabulary the models were trained on.
    pub vocab: Vocab,
    /// The run's bookkeeping.
    pub state: SceneState,
    /// Every tensor: the models' weights and buffers and the Adams' moments.
    pub tensors: Vec<NamedTensor>,
    /// The checkpoint's metadata entries.
    pub meta: BTreeMap<String, String>,
    /// "checkpoint PATH", for error messages.
    pub what: String,
}

fn json<T: serde::Serialize>(v: &T) -> Result<String> {
    serde_json::to_string(v)
        .map_err(|e| Error::invalid("writing a scene checkpoint", format!("metadata: {e}")))
}

impl SceneTrainer {
    fn named(&self) -> [Vec<(String, Var)>; 3] {
        [
            self.lm.named_parameters(),
            self.decoder.named_parameters(),
            self.captioner.named_parameters(),
        ]
    }

    /// Each model's state_dict as tensors: its parameters' values, then its buffers (the
    /// position table, BatchNorm running statistics).
    fn state_tensors(&self) -> [Vec<(String, Tensor)>; 3] {
        let of = |m: &dyn Module| -> Vec<(String, Tensor)> {
            m.named_parameters()
                .into_iter()
                .map(|(n, v)| (n, v.value().clone()))
                .chain(m.named_buffers())
                .collect()
        };
        [of(&self.lm), of(&self.decoder), of(&self.captioner)]
    }

    fn adams_mut(&mut self) -> [&mut Adam; 3] {
        [
            &mut self.adam_lm,
            &mut self.adam_decoder,
            &mut self.adam_captioner,
        ]
    }

    /// Everything (the seed's checkpoint and what it forgets) to `path`, atomically: `ar_model.*`,
    /// `scene_decoder.*`, `caption_network.*` with the seed's state_dict names, the three
    /// Adams' moments, and metadata: config, vocabulary, schedulers, global step, best loss.
    pub fn save(&self, path: &Path, vocab: &Vocab, state: &SceneState) -> Result<()> {
        let mut tensors = vec![];
        let mut meta = BTreeMap::new();
        let adams = [&self.adam_lm, &self.adam_decoder, &self.adam_captioner];
        for (((model, state), params), (opt, adam)) in MODELS
            .iter()
            .zip(self.state_tensors())
            .zip(self.named())
            .zip(OPTIMIZERS.iter().zip(adams))
        {
            for (n, t) in &state {
                tensors.push(NamedTensor::read(format!("{model}.{n}"), t)?);
            }
            let _ = &params;
            let (moments, steps) = super::export_optimizer(adam, &format!("{opt}."))?;
            tensors.extend(moments);
            meta.insert(format!("adam_steps.{opt}"), steps);
        }
        if let Some([ar, scene]) = &self.scalers {
            super::save_scaler(Some(ar), "ar", &mut meta);
            super::save_scaler(Some(scene), "scene", &mut meta);
        }
        meta.insert("model".into(), "scene".into());
        super::engine_metadata(&mut meta, &self.named()[0]);
        meta.insert("config".into(), json(&self.config)?);
        meta.insert("vocab".into(), json(&vocab.words)?);
        meta.insert("state".into(), json(state)?);
        super::save_finite(path, &tensors, &meta)
    }

    /// Read a scene checkpoint's metadata and tensors (not yet into any model).
    pub fn open(path: &Path) -> Result<SceneCheckpoint> {
        let (tensors, meta, what) = super::open_checkpoint(path, "scene", "scene models")?;
        let field = |k: &str| {
            meta.get(k).ok_or_else(|| {
                Error::checkpoint(&what, format!("the checkpoint has no '{k}' entry"))
            })
        };
        let bad = |k: &str, e: serde_json::Error| {
            Error::checkpoint(&what, format!("its '{k}' entry does not parse: {e}"))
        };
        let config: SceneConfig =
            serde_json::from_str(field("config")?).map_err(|e| bad("config", e))?;
        let words: Vec<String> =
            serde_json::from_str(field("vocab")?).map_err(|e| bad("vocab", e))?;
        let state: SceneState =
            serde_json::from_str(field("state")?).map_err(|e| bad("state", e))?;
        if words.len() != config.lm.vocab {
            return Err(Error::checkpoint(
                &what,
                format!(
                    "its vocabulary has {} words but its models were built for {}",
                    words.len(),
                    config.lm.vocab
                ),
            ));
        }
        Ok(SceneCheckpoint {
            config,
            vocab: Vocab::from_words(words),
            state,
            tensors,
            meta,
            what,
        })
    }

    /// Models (and, with `optimizers`, the Adams) from an opened checkpoint; the shapes must be
    /// this trainer's (a mismatch names the tensor and both shapes).
    pub fn load(&mut self, ck: &SceneCheckpoint, optimizers: bool) -> Result<()> {
        let hint = " (was the checkpoint written for another d_model, vocabulary or hidden_dim?)";
        for (model, state) in MODELS.iter().zip(self.state_tensors()) {
            for (n, t) in &state {
                let name = format!("{model}.{n}");
                crate::io::checkpoint::restore(&ck.tensors, &name, t, &ck.what, hint)?;
            }
        }
        if optimizers {
            let named = self.named();
            for ((opt, params), adam) in OPTIMIZERS.iter().zip(&named).zip(self.adams_mut()) {
                let _ = &params;
                super::import_optimizer(
                    adam,
                    &format!("{opt}."),
                    &ck.tensors,
                    ck.meta
                        .get(&format!("adam_steps.{opt}"))
                        .map(String::as_str),
                    &ck.what,
                )?;
            }
        }
        if optimizers {
            let [ar, scene] = match self.scalers.as_mut() {
                Some([a, s]) => [Some(a), Some(s)],
                None => [None, None],
            };
            super::restore_scaler(ar, "ar", &ck.meta, &ck.what)?;
            super::restore_scaler(scene, "scene", &ck.meta, &ck.what)?;
        }
        self.global_step = ck.state.global_step;
        self.attempts = ck.state.attempts;
        Ok(())
    }
}

/// A batch from texts: the seed's sequences (SOS + words + EOS, padded to 50) stacked.
pub fn batch_from_texts(
    gpu: &Gpu,
    vocab: &crate::models::scene_data::Vocab,
    texts: &[String],
    max_length: usize,
) -> Result<SceneBatch> {
    if texts.is_empty() {
        return Err(Error::invalid("scene batch", "no texts"));
    }
    let (mut ids, mut labels, mut mask) = (vec![], vec![], vec![]);
    for t in texts {
        let e = crate::models::scene_data::encode(vocab, t, max_length)?;
        ids.extend(e.input_ids);
        labels.extend(e.labels);
        mask.extend(e.attention_mask);
    }
    let (b, t) = (texts.len(), max_length - 1);
    Ok(SceneBatch {
        input_ids: Tensor::from_u32(gpu, &ids, &[b, t])?,
        labels: Tensor::from_i32(gpu, &labels, &[b * t])?,
        attention_mask: mask,
        ids,
        label_ids: labels,
    })
}
