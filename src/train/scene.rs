//! Text → scene → text (seed 003): the six losses of §3.5 and the teacher-forced training step
//! of §3.6 (AR step, then decoder and captioner on the detached text embedding). The epoch
//! loop, scheduled sampling's AR mode, the outputs of §3.9 and the CLI are still to come.

use super::{adam_over, adam_step};
use crate::autograd::{backward, cross_entropy, no_grad, Var};
use crate::error::{Error, Result};
use crate::gpu::{Gpu, Tensor};
use crate::models::scene::{CaptionNetwork, SceneDecoder};
use crate::models::scene_lm::{DropoutKeys, LmConfig, SceneLm};
use crate::optim::{clip_grad_norm, Adam};

/// The loss weights and the fix flags (§3.5, §3.7, §3.10).
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct LossConfig {
    pub lambda_kl: f32,
    pub lambda_spatial: f32,
    pub lambda_diversity: f32,
    pub lambda_perceptual: f32,
    pub lambda_consistency: f32,
    /// ε under the Sobel square root (0 = the seed's, whose gradient is NaN on flat regions).
    pub sobel_eps: f32,
    /// Caption targets one token ahead of the LSTM input (the seed's are two ahead, §3.10.3).
    pub fix_caption_shift: bool,
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
        }
    }
}

/// The parts of the composite loss, as values (for logs).
#[derive(Clone, Copy, Debug, Default)]
pub struct LossParts {
    pub consistency: f64,
    pub kl: f64,
    pub spatial: f64,
    pub diversity: f64,
    pub perceptual: f64,
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
    let lv = logvar.clamp(-10.0, 10.0)?;
    let per = lv
        .add_scalar(1.0)?
        .sub(&mu.square()?)?
        .sub(&lv.exp()?)?
        .sum_axis(1)?;
    per.mean()?.mul_scalar(-0.5)?.clamp(0.0, 100.0)
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
    scene.sobel_edges(eps)?.mean()?.add_scalar(-0.2)?.square()
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
}

/// The three models and their optimisers.
pub struct SceneTrainer {
    pub lm: SceneLm,
    pub decoder: SceneDecoder,
    pub captioner: CaptionNetwork,
    pub losses: LossConfig,
    adam_lm: Adam,
    adam_decoder: Adam,
    adam_captioner: Adam,
    pub global_step: u64,
    pub seed: u64,
}

/// What one step reports.
#[derive(Clone, Copy, Debug)]
pub struct StepReport {
    pub ar_loss: f64,
    pub total: f64,
    pub parts: LossParts,
    /// The batch was skipped because a loss was not finite (after the step, as the seed).
    pub skipped: bool,
}

impl SceneTrainer {
    pub fn new(
        gpu: &Gpu,
        lm: LmConfig,
        use_vae: bool,
        losses: LossConfig,
        lr: f64,
        seed: u64,
    ) -> Result<SceneTrainer> {
        let (vocab, d) = (lm.vocab, lm.d_model);
        let lm = SceneLm::new(gpu, lm, seed)?;
        let decoder = SceneDecoder::new(gpu, d, use_vae, seed ^ 1)?;
        let captioner = CaptionNetwork::new(gpu, vocab, d, seed ^ 2)?;
        Ok(SceneTrainer {
            adam_lm: adam_over(&lm.parameters(), lr)?,
            adam_decoder: adam_over(&decoder.parameters(), lr)?,
            adam_captioner: adam_over(&captioner.parameters(), lr)?,
            lm,
            decoder,
            captioner,
            losses,
            global_step: 0,
            seed,
        })
    }

    fn clip_and_step(
        adam: &mut Adam,
        params: &[(String, Var)],
        grads: &[Option<Var>],
    ) -> Result<()> {
        let with: Vec<&Tensor> = grads
            .iter()
            .filter_map(|g| g.as_ref().map(|v| v.value()))
            .collect();
        clip_grad_norm(&with, 1.0)?;
        adam_step(adam, params, grads)
    }

    /// §3.6 with teacher forcing: the AR step, then decoder + captioner on the detached
    /// embedding with the composite loss × warmup (min(1, step/100)), each clipped to 1.0.
    pub fn teacher_forced_step(&mut self, batch: &SceneBatch) -> Result<StepReport> {
        self.step_in_mode(batch, true)
    }

    /// §3.6 step 3: the probability of the AR (free-running caption) mode at `epoch`: 0 before
    /// epoch 5, (epoch − 5)/25 up to 29, 1 from 30.
    pub fn scheduled_sampling_probability(epoch: usize) -> f64 {
        match epoch {
            0..5 => 0.0,
            5..30 => (epoch - 5) as f64 / 25.0,
            _ => 1.0,
        }
    }

    /// One step with the mode drawn as the seed does (one uniform per batch, AR mode below p);
    /// the draw is keyed by (seed, global step), so a resumed run draws the same.
    pub fn scheduled_step(
        &mut self,
        batch: &SceneBatch,
        epoch: usize,
    ) -> Result<(StepReport, bool)> {
        let mut state =
            self.seed ^ 0x5CED_5A3F ^ self.global_step.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let u = (super::splitmix(&mut state) >> 11) as f64 / (1u64 << 53) as f64;
        let teacher = u >= Self::scheduled_sampling_probability(epoch);
        Ok((self.step_in_mode(batch, teacher)?, teacher))
    }

    fn step_in_mode(&mut self, batch: &SceneBatch, teacher: bool) -> Result<StepReport> {
        let (b, t) = (batch.input_ids.shape()[0], batch.input_ids.shape()[1]);
        let gpu = batch.input_ids.gpu().clone();
        let keys = DropoutKeys {
            seed: self.seed,
            step: self.global_step as u32,
        };
        // 1. AR step
        let out = self
            .lm
            .forward(&batch.input_ids, &batch.attention_mask, Some(keys))?;
        let vocab = self.lm.config.vocab;
        let ar = cross_entropy(&out.logits.reshape(&[b * t, vocab])?, &batch.labels, -100)?;
        // 2. the text embedding from this forward, detached (embedding_projection never learns)
        let text_emb = self.lm.embed(&out.hidden, &batch.attention_mask)?.detach();
        let lp = self.lm.parameters();
        let grads = backward(&ar, &lp.iter().map(|(_, v)| v).collect::<Vec<_>>())?;
        Self::clip_and_step(&mut self.adam_lm, &lp, &grads)?;
        let ar_loss = ar.value().scalar()? as f64;
        // 3–4. scene, caption with teacher forcing
        let eps = if matches!(
            self.decoder.bottleneck,
            crate::models::scene::Bottleneck::Vae { .. }
        ) {
            Some(crate::kernels::random::normal(
                &gpu,
                &[b, 128],
                crate::kernels::random::RngKey {
                    seed: self.seed,
                    stream: 77,
                    offset: (self.global_step * b as u64 * 128) as u32,
                },
                0.0,
                1.0,
            )?)
        } else {
            None
        };
        let scene = self
            .decoder
            .forward(&text_emb, true, Some(keys), eps.as_ref())?;
        // AR mode: captions drawn from the detached scene (in training mode, as the seed), then
        // the captioner on them for the embedding only
        let free_tokens = if teacher {
            None
        } else {
            let key = crate::kernels::random::RngKey {
                seed: self.seed ^ self.global_step,
                stream: 0x5CA9,
                offset: 0,
            };
            let (rows, _) = self.captioner.generate_caption(
                &scene.scene.detach(),
                t,
                1.0,
                key,
                true,
                Some(keys),
            )?;
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
        let cap = self.captioner.forward(
            &scene.scene,
            free_tokens.as_ref().unwrap_or(&batch.input_ids),
            true,
            Some(keys),
        )?;
        let caption = if !teacher {
            Var::constant(crate::kernels::elementwise::fill(&gpu, &[1], 0.0)?)
        } else if self.losses.fix_caption_shift {
            // one ahead: the LSTM reads token t−1 at step t, so the target is token t
            let l: Vec<i32> = batch
                .ids
                .iter()
                .zip(&batch.attention_mask)
                .map(|(&v, &m)| if m > 0.0 && v != 0 { v as i32 } else { -100 })
                .collect();
            let targets = Tensor::from_i32(&gpu, &l, &[b * t])?;
            cross_entropy(&cap.logits.reshape(&[b * t, vocab])?, &targets, -100)?
        } else {
            cross_entropy(&cap.logits.reshape(&[b * t, vocab])?, &batch.labels, -100)?
        };
        let l = &self.losses;
        let consistency = consistency_loss(&text_emb, &cap.embedding)?;
        let spatial = scene.scene.total_variation()?;
        let perceptual = perceptual_loss(&scene.scene, l.sobel_eps)?;
        let diversity = diversity_value(&text_emb)?;
        let mut total = consistency
            .mul_scalar(l.lambda_consistency)?
            .add(&spatial.mul_scalar(l.lambda_spatial)?)?
            .add(&perceptual.mul_scalar(l.lambda_perceptual)?)?
            .add_scalar(l.lambda_diversity * diversity as f32)?
            .add(&caption)?;
        let mut kl_value = 0.0;
        if let Some((mu, lv)) = &scene.stats {
            let kl = kl_loss(mu, lv)?;
            kl_value = kl.value().scalar()? as f64;
            total = total.add(&kl.mul_scalar(l.lambda_kl)?)?;
        }
        let warmup = (self.global_step as f32 / 100.0).min(1.0);
        let total = total.mul_scalar(warmup)?;
        let (dp, cp) = (self.decoder.parameters(), self.captioner.parameters());
        let refs: Vec<&Var> = dp.iter().chain(&cp).map(|(_, v)| v).collect();
        let grads = backward(&total, &refs)?;
        let (gd, gc) = grads.split_at(dp.len());
        Self::clip_and_step(&mut self.adam_decoder, &dp, gd)?;
        Self::clip_and_step(&mut self.adam_captioner, &cp, gc)?;
        self.global_step += 1;
        let total_v = total.value().scalar()? as f64;
        let parts = LossParts {
            consistency: consistency.value().scalar()? as f64,
            kl: kl_value,
            spatial: spatial.value().scalar()? as f64,
            diversity,
            perceptual: perceptual.value().scalar()? as f64,
            caption: caption.value().scalar()? as f64,
        };
        if !ar_loss.is_finite() && !total_v.is_finite() {
            return Err(Error::invalid("scene step", "every loss is non-finite"));
        }
        Ok(StepReport {
            ar_loss,
            total: total_v,
            parts,
            skipped: !(ar_loss.is_finite() && total_v.is_finite()),
        })
    }
}

/// A batch from texts: the seed's sequences (§3.1) stacked.
pub fn batch_from_texts(
    gpu: &Gpu,
    vocab: &crate::models::scene_data::Vocab,
    texts: &[String],
    max_length: usize,
) -> Result<SceneBatch> {
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
    })
}
