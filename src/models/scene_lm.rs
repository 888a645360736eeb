//! The original project: jtooates/visual-scene-generation on GitHub (seed 003, text→scene→text).
//!
//! AutoregressiveLanguageModel of seed 003 (as the original's models.py builds it): token
//! embedding × √d plus sinusoidal positions, post-norm transformer encoder layers with a causal
//! mask, the output projection, and the embedding projection used by the consistency losses.
//! Names are the seed's state_dict keys (`transformer.layers.{i}.self_attn.in_proj_weight`, ...).

use crate::autograd::Var;
use crate::dist::Share;
use crate::error::{Error, Result};
use crate::gpu::{Gpu, Tensor};
use crate::io::checkpoint::NamedTensor;
use crate::kernels::elementwise::Broadcast;
use crate::models::scene_data::sinusoidal_positions;
use crate::nn::{join, LayerNorm, Linear, Visitor};
use crate::nn::{Forward, Module};
use crate::ops::tensor::RngKey;

/// Sizes of the scene language model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LmConfig {
    /// Vocabulary size, special tokens included.
    pub vocab: usize,
    /// Width of the embeddings and hidden states.
    pub d_model: usize,
    /// Attention heads per layer; must divide d_model.
    pub heads: usize,
    /// Number of encoder layers.
    pub layers: usize,
    /// Width of the feed-forward layer (linear1).
    pub d_ff: usize,
    /// Longest sequence: rows of the position table.
    pub max_len: usize,
    /// Dropout probability at every dropout site (training only).
    pub dropout: f32,
}

impl Default for LmConfig {
    fn default() -> Self {
        LmConfig {
            vocab: 74,
            d_model: 512,
            heads: 8,
            layers: 6,
            d_ff: 2048,
            max_len: 256,
            dropout: 0.1,
        }
    }
}

/// nn.TransformerEncoderLayer (post-norm, ReLU feed-forward).
pub struct EncoderLayer {
    /// self_attn.in_proj_weight, the stacked q, k, v projections `[3·d, d]`.
    pub in_proj_weight: Var,
    /// self_attn.in_proj_bias, `[3·d]`.
    pub in_proj_bias: Var,
    /// self_attn.out_proj, d → d.
    pub out_proj: Linear,
    /// linear1, d → d_ff.
    pub linear1: Linear,
    /// linear2, d_ff → d.
    pub linear2: Linear,
    /// norm1, after the attention residual.
    pub norm1: LayerNorm,
    /// norm2, after the feed-forward residual.
    pub norm2: LayerNorm,
}

/// nn.LayerNorm(d): weight 1, bias 0, eps 1e-5.
fn norm(gpu: &Gpu, d: usize) -> Result<LayerNorm> {
    Ok(LayerNorm {
        weight: Var::param(Tensor::full(gpu, &[d], 1.0)?),
        bias: Var::param(Tensor::full(gpu, &[d], 0.0)?),
        eps: 1e-5,
    })
}

impl Module for EncoderLayer {
    fn visit(&self, prefix: &str, v: &mut dyn Visitor) {
        let attn = join(prefix, "self_attn");
        v.parameter(&join(&attn, "in_proj_weight"), &self.in_proj_weight);
        v.parameter(&join(&attn, "in_proj_bias"), &self.in_proj_bias);
        self.out_proj.visit(&join(&attn, "out_proj"), v);
        self.linear1.visit(&join(prefix, "linear1"), v);
        self.linear2.visit(&join(prefix, "linear2"), v);
        self.norm1.visit(&join(prefix, "norm1"), v);
        self.norm2.visit(&join(prefix, "norm2"), v);
    }
}

/// xavier_uniform: U(±√(6 / (fan_in + fan_out))) for a `[out, in]` matrix.
fn xavier(gpu: &Gpu, out: usize, inp: usize, key: RngKey) -> Result<Var> {
    let a = (6.0 / (out + inp) as f64).sqrt() as f32;
    Ok(Var::param(Tensor::uniform(gpu, &[out, inp], key, -a, a)?))
}

/// The seed's AutoregressiveLanguageModel: a causal transformer encoder over scene
/// descriptions.
pub struct SceneLm {
    /// The sizes it was built with.
    pub config: LmConfig,
    /// `token_embedding.weight`, `[vocab, d]`.
    pub token_embedding: Var,
    /// `pos_encoding.pe`, `[1, max_len, d]` (a buffer, saved with the state_dict).
    pub pe: Tensor,
    /// transformer.layers.{i}
    pub layers: Vec<EncoderLayer>,
    /// output_projection, d → vocab.
    pub output_projection: Linear,
    /// embedding_projection.0, d → d.
    pub proj0: Linear,
    /// embedding_projection.1, LayerNorm over d.
    pub proj_norm: LayerNorm,
    /// embedding_projection.3, d → d.
    pub proj3: Linear,
}

/// Where dropout draws its masks in one training forward: a key per call site.
#[derive(Clone, Copy, Debug)]
pub struct DropoutKeys {
    /// Seed of the run's dropout masks.
    pub seed: u64,
    /// The training step, mixed into the seed.
    pub step: u32,
    /// The part of a data-parallel global batch this forward holds (None: the whole batch):
    /// its items draw the masks one process draws for them.
    pub items: Option<Share>,
}

impl DropoutKeys {
    /// The keys of step `step` over a whole batch.
    pub fn new(seed: u64, step: u32) -> DropoutKeys {
        DropoutKeys {
            seed,
            step,
            items: None,
        }
    }

    /// The mask key of one call site (`stream`) for a tensor of `per_item` elements per batch
    /// item, batch first: the step goes into the seed, so each step draws new masks, and the
    /// offset is where this forward's first item sits in the global batch (0 on one process).
    pub fn key(&self, stream: u32, per_item: usize) -> RngKey {
        RngKey {
            seed: self.seed ^ ((self.step as u64) << 32),
            stream,
            // the element index is a u32 that wraps: so does the offset
            offset: (self.first_item() * per_item) as u32,
        }
    }

    /// The global batch's index of this forward's first item.
    pub fn first_item(&self) -> usize {
        self.items.map_or(0, |s| s.start)
    }
}

/// The language model's dropout sites use streams from here on.
const LM_SITES: u32 = 0x4C4D_0000;

/// Outputs of one SceneLm forward pass.
pub struct LmOutput {
    /// `[B, T, vocab]`
    pub logits: Var,
    /// The final hidden states `[B, T, d]`.
    pub hidden: Var,
}

impl SceneLm {
    /// The seed's initialisation: xavier_uniform on every ≥2-D parameter, MHA biases 0,
    /// LayerNorm 1/0, Linear biases U(±1/√fan_in) — the feed-forward biases equal in every
    /// layer (nn.TransformerEncoder deep-copies one layer before xavier re-draws the matrices).
    pub fn new(gpu: &Gpu, config: LmConfig, seed: u64) -> Result<SceneLm> {
        let (d, f) = (config.d_model, config.d_ff);
        if config.heads == 0 || d == 0 || !d.is_multiple_of(config.heads) || config.vocab == 0 {
            return Err(Error::config(
                "scene LM config",
                format!(
                    "d_model {d} must be a positive multiple of heads {}",
                    config.heads
                ),
            ));
        }
        let key = |s: u32| RngKey {
            seed,
            stream: s,
            offset: 0,
        };
        let shared_b1 = Linear::with_key(gpu, d, f, true, key(900))?.bias;
        let shared_b2 = Linear::with_key(gpu, f, d, true, key(902))?.bias;
        let layers = (0..config.layers)
            .map(|l| {
                let s = 100 + 10 * l as u32;
                let linear = |o, i, k: u32, b: &Option<Var>| -> Result<Linear> {
                    let bias = match b {
                        Some(b) => Some(Var::param(gpu.duplicate(b.value())?)),
                        None => None,
                    };
                    Ok(Linear {
                        weight: xavier(gpu, o, i, key(k))?,
                        bias,
                    })
                };
                Ok(EncoderLayer {
                    in_proj_weight: xavier(gpu, 3 * d, d, key(s))?,
                    in_proj_bias: Var::param(Tensor::full(gpu, &[3 * d], 0.0)?),
                    out_proj: Linear {
                        weight: xavier(gpu, d, d, key(s + 1))?,
                        bias: Some(Var::param(Tensor::full(gpu, &[d], 0.0)?)),
                    },
                    linear1: linear(f, d, s + 2, &shared_b1)?,
                    linear2: linear(d, f, s + 3, &shared_b2)?,
                    norm1: norm(gpu, d)?,
                    norm2: norm(gpu, d)?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let mut out = Linear::with_key(gpu, d, config.vocab, true, key(10))?;
        out.weight = xavier(gpu, config.vocab, d, key(12))?;
        let mut p0 = Linear::with_key(gpu, d, d, true, key(20))?;
        p0.weight = xavier(gpu, d, d, key(22))?;
        let mut p3 = Linear::with_key(gpu, d, d, true, key(24))?;
        p3.weight = xavier(gpu, d, d, key(26))?;
        Ok(SceneLm {
            token_embedding: xavier(gpu, config.vocab, d, key(1))?,
            pe: Tensor::from_f32(
                gpu,
                &sinusoidal_positions(config.max_len, d),
                &[1, config.max_len, d],
            )?,
            layers,
            output_projection: out,
            proj0: p0,
            proj_norm: norm(gpu, d)?,
            proj3: p3,
            config,
        })
    }

    /// Token ids `[B, T]` (u32) and the 0/1 attention mask `[B, T]` → logits and hidden states.
    /// `dropout`: the training forward's keys (None = eval).
    pub fn forward(
        &self,
        ids: &Tensor,
        attention_mask: &[f32],
        dropout: Option<DropoutKeys>,
    ) -> Result<LmOutput> {
        let (b, t) = match ids.shape() {
            [b, t] if *t <= self.config.max_len => (*b, *t),
            s => {
                return Err(Error::shape(
                    "scene LM",
                    format!(
                        "token ids {s:?}: want [batch, steps ≤ {}]",
                        self.config.max_len
                    ),
                ))
            }
        };
        if attention_mask.len() != b * t {
            return Err(Error::shape(
                "scene LM",
                format!(
                    "attention mask of {} values for {b}x{t} tokens",
                    attention_mask.len()
                ),
            ));
        }
        let (d, gpu) = (self.config.d_model, ids.gpu());
        let p = self.config.dropout;
        let drop = |x: Var, site: u32| -> Result<Var> {
            match dropout {
                Some(k) if p > 0.0 => {
                    // every tensor dropped here holds the batch first ([B, T, ·] or [B·T, ·])
                    let per_item = x.shape().iter().product::<usize>() / b;
                    x.dropout(p, k.key(LM_SITES + site, per_item))
                }
                _ => Ok(x),
            }
        };
        let pe = Var::constant(self.pe.reshape(&[self.config.max_len, d])?).narrow(0, 0, t)?;
        let x = self
            .token_embedding
            .embedding(ids)?
            .mul_scalar((d as f32).sqrt())?
            .add(&pe.broadcast_to(
                Broadcast {
                    len: t * d,
                    inner: 1,
                },
                &[b, t, d],
            )?)?;
        let mut x = drop(x, 0)?;
        let key_add: Vec<f32> = attention_mask
            .iter()
            .map(|m| (1.0 - m) * -10000.0)
            .collect();
        let mask = Tensor::from_f32(
            gpu,
            &crate::autograd::causal_mask_with_keys(b, t, &key_add),
            &[b, t, t],
        )?;
        for (i, l) in self.layers.iter().enumerate() {
            let site = 10 + 10 * i as u32;
            let qkv = x
                .reshape(&[b * t, d])?
                .linear(&l.in_proj_weight, Some(&l.in_proj_bias))?
                .reshape(&[b, t, 3 * d])?;
            let attn_drop = dropout
                .filter(|_| p > 0.0)
                .map(|k| (p, k.key(LM_SITES + site, self.config.heads * t * t)));
            let a = qkv.self_attention_with_dropout(self.config.heads, Some(&mask), attn_drop)?;
            let a = l
                .out_proj
                .forward(&a.reshape(&[b * t, d])?)?
                .reshape(&[b, t, d])?;
            x = l.norm1.forward(&x.add(&drop(a, site + 1)?)?)?;
            let h = l.linear1.forward(&x.reshape(&[b * t, d])?)?.relu()?;
            let h = l
                .linear2
                .forward(&drop(h, site + 2)?)?
                .reshape(&[b, t, d])?;
            x = l.norm2.forward(&x.add(&drop(h, site + 3)?)?)?;
        }
        let logits = self
            .output_projection
            .forward(&x.reshape(&[b * t, d])?)?
            .reshape(&[b, t, self.config.vocab])?;
        Ok(LmOutput { logits, hidden: x })
    }

    /// The sentence embedding: the masked mean over time of the hidden states, then
    /// Linear → LayerNorm → ReLU → Linear.
    pub fn embed(&self, hidden: &Var, attention_mask: &[f32]) -> Result<Var> {
        let (b, t, d) = (hidden.shape()[0], hidden.shape()[1], hidden.shape()[2]);
        let gpu = hidden.value().gpu();
        // weights m / Σm per position: the masked mean as one batched product [B,1,T]·[B,T,D]
        let mut w = vec![0.0f32; b * t];
        for bb in 0..b {
            let n: f32 = attention_mask[bb * t..(bb + 1) * t]
                .iter()
                .sum::<f32>()
                .max(1e-9);
            for k in 0..t {
                w[bb * t + k] = attention_mask[bb * t + k] / n;
            }
        }
        let wv = Var::constant(Tensor::from_f32(gpu, &w, &[b, 1, t])?);
        let mean = wv.matmul(hidden)?.reshape(&[b, d])?;
        let h = self
            .proj_norm
            .forward(&self.proj0.forward(&mean)?)?
            .relu()?;
        self.proj3.forward(&h)
    }

    /// The embedding without a mask, as the seed's generate_samples(): the last position's
    /// hidden state, then the same projection as [`SceneLm::embed`].
    pub fn embed_last(&self, hidden: &Var) -> Result<Var> {
        let (b, t, d) = (hidden.shape()[0], hidden.shape()[1], hidden.shape()[2]);
        let last = hidden.narrow(1, t - 1, 1)?.reshape(&[b, d])?;
        let h = self
            .proj_norm
            .forward(&self.proj0.forward(&last)?)?
            .relu()?;
        self.proj3.forward(&h)
    }

    /// Copy the weights in from `tensors` (a state_dict or a checkpoint, which may hold
    /// more), checking every name and shape.
    pub fn load_weights(&self, tensors: &[NamedTensor]) -> Result<()> {
        self.load_from(
            tensors,
            "loading the scene language model",
            " (is this the original's AutoregressiveLanguageModel with this d_model and \
             vocabulary?)",
        )
    }
}

/// The seed's state_dict: `token_embedding`, `transformer.layers.{i}.*`, `output_projection`,
/// `embedding_projection.{0,1,3}`, and the position table `pos_encoding.pe` as a buffer.
impl Module for SceneLm {
    fn visit(&self, prefix: &str, v: &mut dyn Visitor) {
        v.parameter(
            &join(prefix, "token_embedding.weight"),
            &self.token_embedding,
        );
        for (i, l) in self.layers.iter().enumerate() {
            l.visit(&join(prefix, &format!("transformer.layers.{i}")), v);
        }
        self.output_projection
            .visit(&join(prefix, "output_projection"), v);
        self.proj0.visit(&join(prefix, "embedding_projection.0"), v);
        self.proj_norm
            .visit(&join(prefix, "embedding_projection.1"), v);
        self.proj3.visit(&join(prefix, "embedding_projection.3"), v);
        v.buffer(&join(prefix, "pos_encoding.pe"), &self.pe);
    }
}
