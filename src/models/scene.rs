//! SceneDecoder and CaptionNetwork of seed 003 (spec §3.3–3.4), with the seed's state_dict
//! names. BatchNorm layers keep their running statistics as tensors beside the parameters.

use crate::autograd::Var;
use crate::error::{Error, Result};
use crate::gpu::{Gpu, Tensor};
use crate::kernels::conv::Padding;
use crate::kernels::elementwise::fill;
use crate::kernels::random::{normal, RngKey};
use crate::models::scene_lm::DropoutKeys;
use crate::nn::{Activation, Conv2d, ConvTranspose2d, Linear};
use crate::nn::{Forward, Module};

fn key(seed: u64, stream: u32) -> RngKey {
    RngKey {
        seed,
        stream,
        offset: 0,
    }
}

/// BatchNorm1d/2d: affine parameters and running statistics (PyTorch's defaults: 1/0, 0/1,
/// momentum 0.1, eps 1e-5).
pub struct BatchNorm {
    pub weight: Var,
    pub bias: Var,
    pub running_mean: Tensor,
    pub running_var: Tensor,
}

impl BatchNorm {
    pub fn new(gpu: &Gpu, c: usize) -> Result<BatchNorm> {
        Ok(BatchNorm {
            weight: Var::param(fill(gpu, &[c], 1.0)?),
            bias: Var::param(fill(gpu, &[c], 0.0)?),
            running_mean: fill(gpu, &[c], 0.0)?,
            running_var: fill(gpu, &[c], 1.0)?,
        })
    }

    pub fn forward(&self, x: &Var, train: bool) -> Result<Var> {
        x.batch_norm(
            &self.weight,
            &self.bias,
            &self.running_mean,
            &self.running_var,
            0.1,
            1e-5,
            train,
        )
    }

    fn named_parameters_in(&self, prefix: &str) -> Vec<(String, Var)> {
        vec![
            (format!("{prefix}.weight"), self.weight.clone()),
            (format!("{prefix}.bias"), self.bias.clone()),
        ]
    }

    fn buffers(&self, prefix: &str) -> Vec<(String, Tensor)> {
        vec![
            (format!("{prefix}.running_mean"), self.running_mean.clone()),
            (format!("{prefix}.running_var"), self.running_var.clone()),
        ]
    }
}

/// Dropout at one of this file's call sites (their streams start at 0x5CE0_0000).
fn drop(x: Var, p: f32, keys: Option<DropoutKeys>, site: u32) -> Result<Var> {
    match keys {
        Some(k) if p > 0.0 => x.dropout(p, k.key(0x5CE0_0000 + site)),
        _ => Ok(x),
    }
}

/// The bottleneck from the text embedding to the 4 096 decoder inputs.
pub enum Bottleneck {
    /// Linear d→z, BatchNorm1d, ReLU, Dropout 0.2, Linear z→16·hidden (the CLI default).
    Plain {
        fc0: Linear,
        bn1: BatchNorm,
        fc4: Linear,
    },
    /// fc_mu, fc_logvar (d→z), z = mu + ε·exp(½·logvar), bottleneck_projection z→16·hidden.
    Vae {
        fc_mu: Linear,
        fc_logvar: Linear,
        projection: Linear,
    },
}

pub struct SceneDecoder {
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

pub struct SceneOutput {
    /// clamp(raw + 0.1·prior(raw), 0, 1), `[B, 3, 64, 64]`
    pub scene: Var,
    pub scene_raw: Var,
    /// VAE mode: (mu, logvar)
    pub stats: Option<(Var, Var)>,
}

impl SceneDecoder {
    /// The text embedding's width (d_model: 512 for the seed), the decoder's base channels
    /// (hidden_dim 256: 4×4×hidden, then hidden, hidden/2, hidden/4, hidden/8), z_dim 128,
    /// 3×64×64 out (§3.3).
    pub fn new(
        gpu: &Gpu,
        embedding_dim: usize,
        hidden_dim: usize,
        z_dim: usize,
        use_vae: bool,
        seed: u64,
    ) -> Result<SceneDecoder> {
        if hidden_dim < 8 || !hidden_dim.is_multiple_of(8) || z_dim == 0 {
            return Err(Error::invalid(
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
                bn1: BatchNorm::new(gpu, z)?,
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
                    BatchNorm::new(gpu, chans[i + 1])?,
                ))
            })
            .collect::<Result<Vec<_>>>()?;
        let conv = |i, o, k, p, s| {
            Conv2d::with_key(gpu, i, o, k, 1, Padding::Symmetric(p), true, key(seed, s))
        };
        Ok(SceneDecoder {
            bottleneck,
            bn0: BatchNorm::new(gpu, h)?,
            ups,
            out_conv: conv(h / 8, 3, 3, 1, 20)?,
            prior: [
                conv(3, 16, 5, 2, 30)?,
                conv(16, 8, 3, 1, 32)?,
                conv(8, 3, 3, 1, 34)?,
            ],
        })
    }

    pub fn parameters(&self) -> Vec<(String, Var)> {
        let mut v = vec![];
        match &self.bottleneck {
            Bottleneck::Plain { fc0, bn1, fc4 } => {
                v.extend(fc0.named_parameters_in("bottleneck.0"));
                v.extend(bn1.named_parameters_in("bottleneck.1"));
                v.extend(fc4.named_parameters_in("bottleneck.4"));
            }
            Bottleneck::Vae {
                fc_mu,
                fc_logvar,
                projection,
            } => {
                v.extend(fc_mu.named_parameters_in("fc_mu"));
                v.extend(fc_logvar.named_parameters_in("fc_logvar"));
                v.extend(projection.named_parameters_in("bottleneck_projection"));
            }
        }
        v.extend(self.bn0.named_parameters_in("decoder.0"));
        for (i, (up, bn)) in self.ups.iter().enumerate() {
            v.extend(up.named_parameters_in(&format!("decoder.{}", 1 + 3 * i)));
            v.extend(bn.named_parameters_in(&format!("decoder.{}", 2 + 3 * i)));
        }
        v.extend(self.out_conv.named_parameters_in("decoder.13"));
        for (i, c) in self.prior.iter().enumerate() {
            v.extend(c.named_parameters_in(&format!("spatial_prior.{}", 2 * i)));
        }
        v
    }

    /// BatchNorm running statistics with their state_dict names.
    pub fn buffers(&self) -> Vec<(String, Tensor)> {
        let mut v = vec![];
        if let Bottleneck::Plain { bn1, .. } = &self.bottleneck {
            v.extend(bn1.buffers("bottleneck.1"));
        }
        v.extend(self.bn0.buffers("decoder.0"));
        for (i, (_, bn)) in self.ups.iter().enumerate() {
            v.extend(bn.buffers(&format!("decoder.{}", 2 + 3 * i)));
        }
        v
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
                let h = bn1.forward(&fc0.forward(emb)?, train)?.relu()?;
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
        let mut h = self.bn0.forward(&flat.reshape(&[b, c, 4, 4])?, train)?;
        for (up, bn) in &self.ups {
            h = bn.forward(&up.forward(&h)?, train)?.relu()?;
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

/// The CNN-LSTM captioner.
pub struct CaptionNetwork {
    /// visual_encoder.{0,3,6,9} with BatchNorms {1,4,7,10}
    pub encoder: Vec<(Conv2d, BatchNorm)>,
    /// visual_projection.{0,3}
    pub vis0: Linear,
    pub vis3: Linear,
    pub token_embedding: Var,
    /// lstm: per layer weight_ih, weight_hh, bias_ih, bias_hh
    pub lstm: Vec<[Var; 4]>,
    pub output_projection: Linear,
    /// embedding_extractor.{0,1,3}
    pub ext0: Linear,
    pub ext_norm: (Var, Var),
    pub ext3: Linear,
    pub hidden: usize,
    pub embedding_dim: usize,
    /// visual_projection's and the LSTM's inter-layer dropout (the run's --dropout)
    pub dropout: f32,
}

pub struct CaptionOutput {
    /// `[B, T, vocab]`
    pub logits: Var,
    /// embedding_extractor(h_n[-1]), `[B, embedding_dim]`
    pub embedding: Var,
}

impl CaptionNetwork {
    /// vocab, embedding = d_model (512 for the seed), hidden_dim 256 (the LSTM's width and
    /// the visual projection's middle), 2 LSTM layers, `dropout` 0.1 (§3.4).
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
                    BatchNorm::new(gpu, chans[i + 1])?,
                ))
            })
            .collect::<Result<Vec<_>>>()?;
        let bound = 1.0 / (h as f32).sqrt();
        let lstm = (0..2)
            .map(|l| {
                let inp = if l == 0 { e } else { h };
                let u = |shape: &[usize], s: u32| -> Result<Var> {
                    Ok(Var::param(crate::kernels::random::uniform(
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
            token_embedding: Var::param(normal(gpu, &[vocab, e], key(seed, 130), 0.0, 1.0)?),
            lstm,
            output_projection: Linear::with_key(gpu, h, vocab, true, key(seed, 140))?,
            ext0: Linear::with_key(gpu, h, e, true, key(seed, 150))?,
            ext_norm: (
                Var::param(fill(gpu, &[e], 1.0)?),
                Var::param(fill(gpu, &[e], 0.0)?),
            ),
            ext3: Linear::with_key(gpu, e, e, true, key(seed, 152))?,
            hidden: h,
            embedding_dim: e,
            dropout,
        })
    }

    pub fn parameters(&self) -> Vec<(String, Var)> {
        let mut v = vec![];
        for (i, (c, bn)) in self.encoder.iter().enumerate() {
            v.extend(c.named_parameters_in(&format!("visual_encoder.{}", 3 * i)));
            v.extend(bn.named_parameters_in(&format!("visual_encoder.{}", 3 * i + 1)));
        }
        v.extend(self.vis0.named_parameters_in("visual_projection.0"));
        v.extend(self.vis3.named_parameters_in("visual_projection.3"));
        v.push((
            "token_embedding.weight".into(),
            self.token_embedding.clone(),
        ));
        for (l, p) in self.lstm.iter().enumerate() {
            for (name, t) in ["weight_ih", "weight_hh", "bias_ih", "bias_hh"]
                .iter()
                .zip(p)
            {
                v.push((format!("lstm.{name}_l{l}"), t.clone()));
            }
        }
        v.extend(
            self.output_projection
                .named_parameters_in("output_projection"),
        );
        v.extend(self.ext0.named_parameters_in("embedding_extractor.0"));
        v.push((
            "embedding_extractor.1.weight".into(),
            self.ext_norm.0.clone(),
        ));
        v.push(("embedding_extractor.1.bias".into(), self.ext_norm.1.clone()));
        v.extend(self.ext3.named_parameters_in("embedding_extractor.3"));
        v
    }

    pub fn buffers(&self) -> Vec<(String, Tensor)> {
        self.encoder
            .iter()
            .enumerate()
            .flat_map(|(i, (_, bn))| bn.buffers(&format!("visual_encoder.{}", 3 * i + 1)))
            .collect()
    }

    /// Scenes `[B, 3, 64, 64]` to the visual embedding `[B, embedding_dim]`.
    pub fn encode_scene(&self, scene: &Var, train: bool, keys: Option<DropoutKeys>) -> Result<Var> {
        let mut h = scene.clone();
        for (c, bn) in &self.encoder {
            h = bn.forward(&c.forward(&h)?, train)?.relu()?;
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
        let ids = if t > 1 {
            let ids: Vec<u32> = captions
                .to_u32()?
                .chunks(t)
                .flat_map(|row| row[..t - 1].to_vec())
                .collect();
            Some(Tensor::from_u32(scene.value().gpu(), &ids, &[b, t - 1])?)
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
            .layer_norm(&self.ext_norm.0, &self.ext_norm.1, 1e-5)?
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
        let n = self.lstm.len();
        for (l, [wi, wh, bi, bh]) in self.lstm.iter().enumerate() {
            x = x.lstm_layer(wi, wh, bi, bh)?;
            if l + 1 < n {
                x = drop(x, self.dropout, keys.filter(|_| train), 20 + l as u32)?;
            }
        }
        Ok(x)
    }

    /// The seed's generate_caption (§3.4): start from SOS; step 0 feeds the visual embedding,
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
        use crate::kernels::lstm::context_window;
        use crate::kernels::random::sample_logits;
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
        for s in 0..max_length.saturating_sub(1) {
            let ids = if s == 0 {
                None
            } else {
                Some(context_window(&tokens, s + 1, s, PAD)?)
            };
            let x = crate::autograd::no_grad(|| self.run_lstm(&vis, ids.as_ref(), train, keys))?;
            let h = x.narrow(1, s, 1)?.reshape(&[b, self.hidden])?;
            let logits = crate::autograd::no_grad(|| self.output_projection.forward(&h))?;
            let k = RngKey {
                offset: key.offset.wrapping_add((s * b) as u32),
                ..key
            };
            sample_logits(logits.value(), temperature, k, &tokens, s + 1)?;
            last = Some(h);
            steps = s + 1;
            // one small read-back per step: the seed stops when every row has emitted EOS
            let col = tokens.to_u32()?;
            for (r, d) in done.iter_mut().enumerate() {
                *d |= col[r * stride + s + 1] == EOS;
            }
            if done.iter().all(|d| *d) {
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
                .layer_norm(&self.ext_norm.0, &self.ext_norm.1, 1e-5)?
                .relu()?;
            self.ext3.forward(&e)
        })?;
        Ok((rows, emb))
    }
}
