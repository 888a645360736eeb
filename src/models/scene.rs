//! The original project: jtooates/visual-scene-generation on GitHub (seed 003, text→scene→text).
//!
//! SceneDecoder and CaptionNetwork of seed 003 (as the original's models.py builds them), with
//! the seed's state_dict names. BatchNorm layers keep their running statistics as tensors beside
//! the parameters.

use crate::autograd::Var;
use crate::error::{Error, Result};
use crate::gpu::{Gpu, Tensor};
use crate::kernels::conv::Padding;

use crate::models::scene_lm::DropoutKeys;
use crate::nn::{
    join, Activation, BatchNorm, Conv2d, ConvTranspose2d, Init, LayerNorm, Linear, Lstm, Visitor,
};
use crate::nn::{Forward, Module};
use crate::ops::tensor::RngKey;

fn key(seed: u64, stream: u32) -> RngKey {
    RngKey {
        seed,
        stream,
        offset: 0,
    }
}

/// BatchNorm1d/2d with PyTorch's defaults (weight 1, bias 0, running mean 0 and variance 1,
/// momentum 0.1, eps 1e-5); the mode comes from each forward's `train`.
fn batch_norm(gpu: &Gpu, c: usize) -> Result<BatchNorm> {
    BatchNorm::new(&Init::new(gpu, 0), c)
}

/// Dropout at one of this file's call sites (their streams start at 0x5CE0_0000) on a tensor
/// that holds the batch first.
fn drop(x: Var, p: f32, keys: Option<DropoutKeys>, site: u32) -> Result<Var> {
    match keys {
        Some(k) if p > 0.0 => {
            let per_item = x.shape()[1..].iter().product();
            x.dropout(p, k.key(0x5CE0_0000 + site, per_item))
        }
        _ => Ok(x),
    }
}

/// The bottleneck from the text embedding to the 4 096 decoder inputs.
pub enum Bottleneck {
    /// Linear d→z, BatchNorm1d, ReLU, Dropout 0.2, Linear z→16·hidden (the CLI default).
    Plain {
        /// bottleneck.0, embedding_dim → z_dim.
        fc0: Linear,
        /// bottleneck.1, BatchNorm1d over z_dim.
        bn1: BatchNorm,
        /// bottleneck.4, z_dim → 16·hidden_dim.
        fc4: Linear,
    },
    /// fc_mu, fc_logvar (d→z), z = mu + ε·exp(½·logvar), bottleneck_projection z→16·hidden.
    Vae {
        /// fc_mu, embedding_dim → z_dim.
        fc_mu: Linear,
        /// fc_logvar, embedding_dim → z_dim.
        fc_logvar: Linear,
        /// bottleneck_projection, z_dim → 16·hidden_dim.
        projection: Linear,
    },
}

/// The text-to-scene decoder: bottleneck, four up-sampling blocks to 3×64×64, and a
/// residual spatial prior.
pub struct SceneDecoder {
    /// The bottleneck to the 4×4×hidden_dim decoder input, plain or VAE.
    pub bottleneck: Bottleneck,
    /// decoder.0 (BatchNorm2d hidden)
    pub bn0: BatchNorm,
    /// decoder.{1,4,7,10} and their BatchNorms decoder.{2,5,8,11}
    pub ups: Vec<(ConvTranspose2d, BatchNorm)>,
    /// decoder.13
    pub out_conv: Conv2d,
    /// spatial_prior.{0,2,4}
    pub prior: [Conv2d; 3],
}

/// Outputs of one SceneDecoder forward pass.
pub struct SceneOutput {
    /// clamp(raw + 0.1·prior(raw), 0, 1), `[B, 3, 64, 64]`
    pub scene: Var,
    /// The sigmoid output of decoder.13 before the spatial prior, `[B, 3, 64, 64]`.
    pub scene_raw: Var,
    /// VAE mode: (mu, logvar)
    pub stats: Option<(Var, Var)>,
}

impl SceneDecoder {
    /// The text embedding's width (d_model: 512 for the seed), the decoder's base channels
    /// (hidden_dim 256: 4×4×hidden, then hidden, hidden/2, hidden/4, hidden/8), z_dim 128,
    /// 3×64×64 out (the original's SceneDecoder defaults).
    pub fn new(
        gpu: &Gpu,
        embedding_dim: usize,
        hidden_dim: usize,
        z_dim: usize,
        use_vae: bool,
        seed: u64,
    ) -> Result<SceneDecoder> {
        if hidden_dim < 8 || !hidden_dim.is_multiple_of(8) || z_dim == 0 {
            return Err(Error::config(
                "scene decoder",
                format!(
                    "hidden_dim {hidden_dim} must be a positive multiple of 8 (the last \
                     up-sampling block has hidden_dim/8 channels) and z_dim {z_dim} positive"
                ),
            ));
        }
        let (e, z, h) = (embedding_dim, z_dim, hidden_dim);
        let bottleneck = if use_vae {
            Bottleneck::Vae {
                fc_mu: Linear::with_key(gpu, e, z, true, key(seed, 0))?,
                fc_logvar: Linear::with_key(gpu, e, z, true, key(seed, 2))?,
                projection: Linear::with_key(gpu, z, h * 16, true, key(seed, 4))?,
            }
        } else {
            Bottleneck::Plain {
                fc0: Linear::with_key(gpu, e, z, true, key(seed, 0))?,
                bn1: batch_norm(gpu, z)?,
                fc4: Linear::with_key(gpu, z, h * 16, true, key(seed, 4))?,
            }
        };
        let chans = [h, h, h / 2, h / 4, h / 8];
        let ups = (0..4)
            .map(|i| {
                Ok((
                    ConvTranspose2d::with_key(
                        gpu,
                        chans[i],
                        chans[i + 1],
                        4,
                        2,
                        1,
                        0,
                        true,
                        key(seed, 10 + 2 * i as u32),
                    )?,
                    batch_norm(gpu, chans[i + 1])?,
                ))
            })
            .collect::<Result<Vec<_>>>()?;
        let conv = |i, o, k, p, s| {
            Conv2d::with_key(gpu, i, o, k, 1, Padding::Symmetric(p), true, key(seed, s))
        };
        Ok(SceneDecoder {
            bottleneck,
            bn0: batch_norm(gpu, h)?,
            ups,
            out_conv: conv(h / 8, 3, 3, 1, 20)?,
            prior: [
                conv(3, 16, 5, 2, 30)?,
                conv(16, 8, 3, 1, 32)?,
                conv(8, 3, 3, 1, 34)?,
            ],
        })
    }

    /// Text embeddings `[B, embedding_dim]` to scenes. `train` switches BatchNorm to batch statistics and
    /// enables dropout (with `keys`); `eps` (VAE mode) is the reparameterisation noise.
    pub fn forward(
        &self,
        emb: &Var,
        train: bool,
        keys: Option<DropoutKeys>,
        eps: Option<&Tensor>,
    ) -> Result<SceneOutput> {
        let b = emb.shape()[0];
        let (flat, stats) = match &self.bottleneck {
            Bottleneck::Plain { fc0, bn1, fc4 } => {
                let h = bn1.forward_with(&fc0.forward(emb)?, train)?.relu()?;
                let h = drop(h, 0.2, keys.filter(|_| train), 1)?;
                (fc4.forward(&h)?, None)
            }
            Bottleneck::Vae {
                fc_mu,
                fc_logvar,
                projection,
            } => {
                let (mu, lv) = (fc_mu.forward(emb)?, fc_logvar.forward(emb)?);
                let z = match eps {
                    Some(e) => {
                        mu.add(&Var::constant(e.clone()).mul(&lv.mul_scalar(0.5)?.exp()?)?)?
                    }
                    None => mu.clone(),
                };
                (projection.forward(&z)?, Some((mu, lv)))
            }
        };
        let c = self.bn0.weight.shape()[0];
        let mut h = self
            .bn0
            .forward_with(&flat.reshape(&[b, c, 4, 4])?, train)?;
        for (up, bn) in &self.ups {
            h = bn.forward_with(&up.forward(&h)?, train)?.relu()?;
        }
        let raw = self.out_conv.forward_act(&h, Activation::Sigmoid)?;
        let p = self.prior[0].forward_act(&raw, Activation::Relu)?;
        let p = self.prior[1].forward_act(&p, Activation::Relu)?;
        let p = self.prior[2].forward(&p)?;
        let scene = raw.add(&p.mul_scalar(0.1)?)?.clamp(0.0, 1.0)?;
        Ok(SceneOutput {
            scene,
            scene_raw: raw,
            stats,
        })
    }
}

/// The seed's state_dict: the bottleneck (`bottleneck.{0,1,4}`, or `fc_mu`, `fc_logvar`,
/// `bottleneck_projection`), `decoder.{0..13}`, `spatial_prior.{0,2,4}`; BatchNorm running
/// statistics as buffers.
impl Module for SceneDecoder {
    fn visit(&self, prefix: &str, v: &mut dyn Visitor) {
        let at = |name: &str| join(prefix, name);
        match &self.bottleneck {
            Bottleneck::Plain { fc0, bn1, fc4 } => {
                fc0.visit(&at("bottleneck.0"), v);
                bn1.visit(&at("bottleneck.1"), v);
                fc4.visit(&at("bottleneck.4"), v);
            }
            Bottleneck::Vae {
                fc_mu,
                fc_logvar,
                projection,
            } => {
                fc_mu.visit(&at("fc_mu"), v);
                fc_logvar.visit(&at("fc_logvar"), v);
                projection.visit(&at("bottleneck_projection"), v);
            }
        }
        self.bn0.visit(&at("decoder.0"), v);
        for (i, (up, bn)) in self.ups.iter().enumerate() {
            up.visit(&at(&format!("decoder.{}", 1 + 3 * i)), v);
            bn.visit(&at(&format!("decoder.{}", 2 + 3 * i)), v);
        }
        self.out_conv.visit(&at("decoder.13"), v);
        for (i, c) in self.prior.iter().enumerate() {
            c.visit(&at(&format!("spatial_prior.{}", 2 * i)), v);
        }
    }
}

/// The CNN-LSTM captioner.
pub struct CaptionNetwork {
    /// visual_encoder.{0,3,6,9} with BatchNorms {1,4,7,10}
    pub encoder: Vec<(Conv2d, BatchNorm)>,
    /// visual_projection.{0,3}
    pub vis0: Linear,
    /// visual_projection.3, hidden → embedding_dim.
    pub vis3: Linear,
    /// `token_embedding.weight`, `[vocab, embedding_dim]`.
    pub token_embedding: Var,
    /// `lstm.{weight_ih,weight_hh,bias_ih,bias_hh}_l{k}`, run layer by layer (dropout between)
    pub lstm: Lstm,
    /// output_projection, hidden → vocab.
    pub output_projection: Linear,
    /// embedding_extractor.{0,1,3}
    pub ext0: Linear,
    /// embedding_extractor.1, LayerNorm over embedding_dim.
    pub ext_norm: LayerNorm,
    /// embedding_extractor.3, embedding_dim → embedding_dim.
    pub ext3: Linear,
    /// The LSTM's width (hidden_dim).
    pub hidden: usize,
    /// Width of the visual, token and caption embeddings (d_model).
    pub embedding_dim: usize,
    /// visual_projection's and the LSTM's inter-layer dropout (the run's --dropout)
    pub dropout: f32,
}

/// Outputs of one CaptionNetwork forward pass.
pub struct CaptionOutput {
    /// `[B, T, vocab]`
    pub logits: Var,
    /// embedding_extractor(h_n[-1]), `[B, embedding_dim]`
    pub embedding: Var,
}

impl CaptionNetwork {
    /// vocab, embedding = d_model (512 for the seed), hidden_dim 256 (the LSTM's width and
    /// the visual projection's middle), 2 LSTM layers, `dropout` 0.1 (the original's defaults).
    pub fn new(
        gpu: &Gpu,
        vocab: usize,
        embedding_dim: usize,
        hidden_dim: usize,
        dropout: f32,
        seed: u64,
    ) -> Result<CaptionNetwork> {
        let (e, h) = (embedding_dim, hidden_dim);
        let chans = [3, 32, 64, 128, 256];
        let encoder = (0..4)
            .map(|i| {
                Ok((
                    Conv2d::with_key(
                        gpu,
                        chans[i],
                        chans[i + 1],
                        3,
                        2,
                        Padding::Symmetric(1),
                        true,
                        key(seed, 100 + 2 * i as u32),
                    )?,
                    batch_norm(gpu, chans[i + 1])?,
                ))
            })
            .collect::<Result<Vec<_>>>()?;
        let bound = 1.0 / (h as f32).sqrt();
        let lstm = (0..2)
            .map(|l| {
                let inp = if l == 0 { e } else { h };
                let u = |shape: &[usize], s: u32| -> Result<Var> {
                    Ok(Var::param(Tensor::uniform(
                        gpu,
                        shape,
                        key(seed, s),
                        -bound,
                        bound,
                    )?))
                };
                let s = 200 + 4 * l as u32;
                Ok([
                    u(&[4 * h, inp], s)?,
                    u(&[4 * h, h], s + 1)?,
                    u(&[4 * h], s + 2)?,
                    u(&[4 * h], s + 3)?,
                ])
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(CaptionNetwork {
            encoder,
            vis0: Linear::with_key(gpu, 256, h, true, key(seed, 120))?,
            vis3: Linear::with_key(gpu, h, e, true, key(seed, 122))?,
            token_embedding: Var::param(Tensor::normal(
                gpu,
                &[vocab, e],
                key(seed, 130),
                0.0,
                1.0,
            )?),
            lstm: Lstm::from_layers(lstm)?,
            output_projection: Linear::with_key(gpu, h, vocab, true, key(seed, 140))?,
            ext0: Linear::with_key(gpu, h, e, true, key(seed, 150))?,
            ext_norm: LayerNorm::new(&Init::new(gpu, 0), e)?,
            ext3: Linear::with_key(gpu, e, e, true, key(seed, 152))?,
            hidden: h,
            embedding_dim: e,
            dropout,
        })
    }

    /// Scenes `[B, 3, 64, 64]` to the visual embedding `[B, embedding_dim]`.
    pub fn encode_scene(&self, scene: &Var, train: bool, keys: Option<DropoutKeys>) -> Result<Var> {
        let mut h = scene.clone();
        for (c, bn) in &self.encoder {
            h = bn.forward_with(&c.forward(&h)?, train)?.relu()?;
        }
        let b = h.shape()[0];
        let h = h.adaptive_avg_pool_1x1()?.reshape(&[b, 256])?;
        let h = drop(
            self.vis0.forward(&h)?.relu()?,
            self.dropout,
            keys.filter(|_| train),
            10,
        )?;
        self.vis3.forward(&h)
    }

    /// Teacher forcing: the LSTM reads [visual embedding] + embeddings of `captions[:, :-1]`
    /// (u32 `[B, T]`), so its length is T; logits `[B, T, vocab]` and the caption embedding
    /// from the top layer's last hidden state.
    pub fn forward(
        &self,
        scene: &Var,
        captions: &Tensor,
        train: bool,
        keys: Option<DropoutKeys>,
    ) -> Result<CaptionOutput> {
        let (b, t) = match captions.shape() {
            [b, t] if *t >= 1 => (*b, *t),
            s => {
                return Err(Error::shape(
                    "caption network",
                    format!("captions {s:?} are not [batch, steps]"),
                ))
            }
        };
        let vis = self.encode_scene(scene, train, keys)?;
        // the LSTM reads the visual embedding, then the caption without its last token
        // captions[:, :t-1] on the device (the window of the first t-1 tokens: no read-back)
        let ids = if t > 1 {
            Some(captions.context_window(t - 1, t - 1, 0)?)
        } else {
            None
        };
        let x = self.run_lstm(&vis, ids.as_ref(), train, keys)?;
        let h = self.hidden;
        let vocab = self.output_projection.weight.shape()[0];
        let logits = self
            .output_projection
            .forward(&x.reshape(&[b * t, h])?)?
            .reshape(&[b, t, vocab])?;
        let last = x.narrow(1, t - 1, 1)?.reshape(&[b, h])?;
        let e = self
            .ext0
            .forward(&last)?
            .layer_norm(
                &self.ext_norm.weight,
                &self.ext_norm.bias,
                self.ext_norm.eps,
            )?
            .relu()?;
        Ok(CaptionOutput {
            logits,
            embedding: self.ext3.forward(&e)?,
        })
    }

    /// The LSTM over `[visual embedding] + embeddings of ids` (u32 `[B, S]`, S ≥ 0): the top
    /// layer's outputs `[B, S + 1, hidden]`. The LSTM is causal, so re-running it over a longer
    /// prefix gives the same states a step-by-step run would.
    fn run_lstm(
        &self,
        vis: &Var,
        ids: Option<&Tensor>,
        train: bool,
        keys: Option<DropoutKeys>,
    ) -> Result<Var> {
        let (b, e) = (vis.shape()[0], self.embedding_dim);
        let vis = vis.reshape(&[1, b, e])?;
        let seq = match ids {
            Some(ids) => {
                let s = ids.shape()[1];
                let words = self
                    .token_embedding
                    .embedding(ids)?
                    .swap_middle(1, b, s, e)?;
                Var::cat0(&[vis, words.reshape(&[s, b, e])?])?
            }
            None => vis,
        };
        let t = seq.shape()[0];
        let mut x = seq.swap_middle(1, t, b, e)?.reshape(&[b, t, e])?;
        let n = self.lstm.layers.len();
        for (l, [wi, wh, bi, bh]) in self.lstm.layers.iter().enumerate() {
            x = x.lstm_layer(wi, wh, bi, bh)?;
            if l + 1 < n {
                x = drop(x, self.dropout, keys.filter(|_| train), 20 + l as u32)?;
            }
        }
        Ok(x)
    }

    /// The seed's generate_caption: start from SOS; step 0 feeds the visual embedding,
    /// later steps the embedding of the last draw; each step draws from softmax(logits / T) on
    /// the GPU; at most `max_length − 1` steps, stopping early once every row has drawn EOS.
    /// Runs in the mode it is given (`train`: BatchNorm statistics move, dropout is on, as the
    /// seed). Returns the tokens `[B, steps + 1]` and embedding_extractor(h[-1]).
    pub fn generate_caption(
        &self,
        scene: &Var,
        max_length: usize,
        temperature: f32,
        key: RngKey,
        train: bool,
        keys: Option<DropoutKeys>,
    ) -> Result<(Vec<Vec<u32>>, Var)> {
        use crate::models::scene_data::{EOS, PAD, SOS};
        let b = scene.shape()[0];
        let gpu = scene.value().gpu().clone();
        let vis = crate::autograd::no_grad(|| self.encode_scene(scene, train, keys))?;
        let stride = max_length.max(1);
        let mut init = vec![PAD; b * stride];
        for row in init.chunks_mut(stride) {
            row[0] = SOS;
        }
        let tokens = Tensor::from_u32(&gpu, &init, &[b, stride])?;
        let mut done = vec![false; b];
        let mut last = None;
        let mut steps = 0;
        // a data-parallel rank's part of the global batch: its rows draw at their global
        // positions, and it stops with the global batch
        let items = keys.and_then(|k| k.items);
        let (first, global) = items.map_or((0, b), |i| (i.start, i.global));
        let partial = items.is_some_and(|i| i.len < i.global);
        for s in 0..max_length.saturating_sub(1) {
            let ids = if s == 0 {
                None
            } else {
                Some(tokens.context_window(s + 1, s, PAD)?)
            };
            let x = crate::autograd::no_grad(|| self.run_lstm(&vis, ids.as_ref(), train, keys))?;
            let h = x.narrow(1, s, 1)?.reshape(&[b, self.hidden])?;
            let logits = crate::autograd::no_grad(|| self.output_projection.forward(&h))?;
            // one draw per row and step: row r of step s at s·B + r of the global batch
            let k = RngKey {
                offset: key.offset.wrapping_add((s * global + first) as u32),
                ..key
            };
            logits
                .value()
                .sample_logits_into(temperature, k, &tokens, s + 1)?;
            last = Some(h);
            steps = s + 1;
            // one small read-back per step: the seed stops when every row has emitted EOS
            let col = tokens.to_u32()?;
            for (r, d) in done.iter_mut().enumerate() {
                *d |= col[r * stride + s + 1] == EOS;
            }
            // a data-parallel rank stops with the global batch: one process draws on for rows
            // that ended while others have not, and their tokens reach the captioner
            let mut ongoing = !done.iter().all(|d| *d);
            if partial {
                ongoing = crate::dist::world().any(ongoing)?;
            }
            if !ongoing {
                break;
            }
        }
        let all = tokens.to_u32()?;
        let rows = all
            .chunks(stride)
            .map(|r| r[..steps + 1].to_vec())
            .collect();
        let h = match last {
            Some(h) => h,
            None => crate::autograd::no_grad(|| self.run_lstm(&vis, None, train, keys))?
                .reshape(&[b, self.hidden])?,
        };
        let emb = crate::autograd::no_grad(|| -> Result<Var> {
            let e = self
                .ext0
                .forward(&h)?
                .layer_norm(
                    &self.ext_norm.weight,
                    &self.ext_norm.bias,
                    self.ext_norm.eps,
                )?
                .relu()?;
            self.ext3.forward(&e)
        })?;
        Ok((rows, emb))
    }
}

/// The seed's state_dict: `visual_encoder.{3i, 3i+1}`, `visual_projection.{0,3}`,
/// `token_embedding`, `lstm.*_l{k}`, `output_projection`, `embedding_extractor.{0,1,3}`;
/// BatchNorm running statistics as buffers.
impl Module for CaptionNetwork {
    fn visit(&self, prefix: &str, v: &mut dyn Visitor) {
        let at = |name: &str| join(prefix, name);
        for (i, (c, bn)) in self.encoder.iter().enumerate() {
            c.visit(&at(&format!("visual_encoder.{}", 3 * i)), v);
            bn.visit(&at(&format!("visual_encoder.{}", 3 * i + 1)), v);
        }
        self.vis0.visit(&at("visual_projection.0"), v);
        self.vis3.visit(&at("visual_projection.3"), v);
        v.parameter(&at("token_embedding.weight"), &self.token_embedding);
        self.lstm.visit(&at("lstm"), v);
        self.output_projection.visit(&at("output_projection"), v);
        self.ext0.visit(&at("embedding_extractor.0"), v);
        self.ext_norm.visit(&at("embedding_extractor.1"), v);
        self.ext3.visit(&at("embedding_extractor.3"), v);
    }
}
