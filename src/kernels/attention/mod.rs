//! Fused multi-head self-attention over packed QKV: forward (scores, mask, softmax, dropout,
//! weights·v in one kernel) and backward (two kernels: per query row, then per key row), so
//! the heads are never split into separate tensors. The composed path in
//! `autograd::attention` is the twice-differentiable alternative and the tests' second witness.

pub mod check;
pub mod cpu;

use super::{as_u32, ShaderParams};
use crate::error::{Error, Result};
use crate::gpu::{grid_1d, groups_for, DType, Dispatch, Shader, Tensor};
use crate::kernels::random::RngKey;

/// The shader: `attention_forward`, `attention_backward_query` and `attention_backward_key_value`.
pub static SHADER: Shader = Shader {
    name: "attention",
    source: concat!(
        include_str!("../../../shaders/attention.wgsl"),
        include_str!("../../../shaders/lib/threefry.wgsl")
    ),
};

/// `SHADER` reading `qkv` as f16 (mixed precision; made from it by
/// [`super::with_f16_operands`], so the two cannot drift): every q, k and v load widened to
/// f32, everything else f32.
pub static F16_SHADER: std::sync::LazyLock<Shader> =
    std::sync::LazyLock::new(|| super::f16_twin("attention_f16", &SHADER, &[("qkv", "vec4<f32>")]));

/// The shader for `qkv`'s element type (F16: needs shader-f16).
fn shader_for(qkv: &Tensor, op: &str) -> Result<&'static Shader> {
    match qkv.dtype() {
        DType::F32 => Ok(&SHADER),
        DType::F16 => match qkv.gpu().f16_reason() {
            None => Ok(&F16_SHADER),
            Some(reason) => Err(Error::Unsupported {
                op: format!("{op} of F16 qkv {:?}", qkv.shape()),
                variant: "f16".into(),
                reason,
            }),
        },
        other => Err(Error::invalid(
            op,
            format!("qkv must be F32 or F16, not {other:?}"),
        )),
    }
}

super::shader_params! {
    /// The uniform block of `attention.wgsl`.
    pub struct AttentionParams {
        /// Sequences.
        batch: u32,
        /// Steps per sequence.
        steps: u32,
        /// Heads.
        heads: u32,
        /// Width of a head.
        head_dim: u32,
        /// `1 / sqrt(head_dim)`.
        scale: f32,
        /// 1 when an additive mask is bound.
        has_mask: u32,
        /// Dropout probability of the weights (0: none).
        drop_p: f32,
        /// `1 / (1 − drop_p)`.
        drop_scale: f32,
        /// The dropout key's seed, low word.
        seed_lo: u32,
        /// The dropout key's seed, high word.
        seed_hi: u32,
        /// The dropout key's stream.
        stream: u32,
        /// The dropout key's counter offset.
        offset: u32,
    }
}

/// The sizes of one attention call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AttentionShape {
    /// Batch size `B`.
    pub batch: usize,
    /// Sequence length `T`.
    pub steps: usize,
    /// Number of heads.
    pub heads: usize,
    /// Width of one head; the model width is `heads · head_dim`.
    pub head_dim: usize,
}

impl AttentionShape {
    /// From `qkv: [B, T, 3·D]` and the head count; `mask` must be `[B, T, T]`.
    pub fn of(op: &str, qkv: &Tensor, heads: usize, mask: Option<&Tensor>) -> Result<Self> {
        let (b, t, d3) = match qkv.shape() {
            [b, t, d3] => (*b, *t, *d3),
            s => {
                return Err(Error::shape(
                    op,
                    format!("qkv {s:?} is not [batch, steps, 3·dim]"),
                ))
            }
        };
        let d = d3 / 3;
        if heads == 0 || d3 != 3 * d || d == 0 || !d.is_multiple_of(heads) {
            return Err(Error::shape(
                op,
                format!("qkv width {d3} is not 3 × a positive multiple of {heads} heads"),
            ));
        }

        if let Some(m) = mask {
            if m.shape() != [b, t, t] {
                return Err(Error::shape(
                    op,
                    format!("mask {:?}, want [{b}, {t}, {t}]", m.shape()),
                ));
            }
        }
        Ok(AttentionShape {
            batch: b,
            steps: t,
            heads,
            head_dim: d / heads,
        })
    }

    /// The fused kernels read heads as vec4s: head_dim must be a multiple of 4.
    pub fn fits_fused(&self) -> bool {
        self.head_dim.is_multiple_of(4)
    }

    fn require_fused(&self, op: &str) -> Result<()> {
        if self.fits_fused() {
            return Ok(());
        }
        Err(Error::shape(
            op,
            format!(
                "the fused kernels read heads as vec4s, and head_dim {} is not a multiple of 4 \
                 (Var::self_attention_composed takes any width)",
                self.head_dim
            ),
        ))
    }

    /// Rows of attention weights: heads · batch · steps.
    pub fn rows(&self) -> usize {
        self.heads * self.batch * self.steps
    }
}

fn params(
    op: &str,
    s: AttentionShape,
    has_mask: bool,
    drop: Option<(f32, RngKey)>,
) -> Result<AttentionParams> {
    let (p, key) = drop.unwrap_or((
        0.0,
        RngKey {
            seed: 0,
            stream: 0,
            offset: 0,
        },
    ));
    if !(0.0..1.0).contains(&p) {
        return Err(Error::invalid(
            op,
            format!("dropout probability {p} must be in [0, 1)"),
        ));
    }
    as_u32(op, "weights", s.rows() * s.steps)?;
    as_u32(
        op,
        "qkv elements",
        s.batch * s.steps * 3 * s.heads * s.head_dim,
    )?;
    let (seed_lo, seed_hi) = key.seed_words();
    Ok(AttentionParams {
        batch: s.batch as u32,
        steps: s.steps as u32,
        heads: s.heads as u32,
        head_dim: s.head_dim as u32,
        scale: 1.0 / (s.head_dim as f32).sqrt(),
        has_mask: has_mask as u32,
        drop_p: p,
        drop_scale: 1.0 / (1.0 - p),
        seed_lo,
        seed_hi,
        stream: key.stream,
        offset: key.offset,
    })
}

/// The attention weights a forward keeps for the backward, `[H·B, T, T]` each.
pub struct AttentionWeights {
    /// softmax, before dropout
    pub probs: Tensor,
    /// after dropout (the same tensor's values when there is none)
    pub dropped: Tensor,
}

/// softmax(q·kᵀ/√dh + mask) (then dropout `(p, key)`, keyed by the weight's index in
/// `[H·B, T, T]`) · v per head, heads concatenated: returns the output `[B, T, D]` and the
/// weights (kept for the backward). `qkv` F32, or F16 (mixed precision: loads widened, the
/// rest f32).
pub fn attention_forward(
    qkv: &Tensor,
    heads: usize,
    mask: Option<&Tensor>,
    dropout: Option<(f32, RngKey)>,
) -> Result<(Tensor, AttentionWeights)> {
    let op = "attention_forward";
    let shader = shader_for(qkv, op)?;
    let s = AttentionShape::of(op, qkv, heads, mask)?;
    s.require_fused(op)?;
    let gpu = qkv.gpu();
    let d = s.heads * s.head_dim;
    let out = gpu.empty(&[s.batch, s.steps, d], DType::F32, op)?;
    let probs = gpu.empty(&[s.heads * s.batch, s.steps, s.steps], DType::F32, op)?;
    let dropped = gpu.empty(probs.shape(), DType::F32, op)?;
    if s.rows() == 0 {
        return Ok((out, AttentionWeights { probs, dropped }));
    }
    let params = params(op, s, mask.is_some(), dropout)?;
    // the shader reads the mask only when has_mask is set, but a binding must exist
    let none = gpu.empty(&[1], DType::F32, op)?;
    gpu.dispatch(
        op,
        Dispatch {
            shader,
            entry: "attention_forward",
            constants: &[],
            params: params.words(),
            buffers: &[
                (1, qkv),
                (2, mask.unwrap_or(&none)),
                (3, &probs),
                (4, &out),
                (8, &dropped),
            ],
            grid: grid_1d(groups_for(s.rows(), 64)),
        },
    )?;
    Ok((out, AttentionWeights { probs, dropped }))
}

/// The gradient with respect to `qkv` `[B, T, 3·D]` of [`attention_forward`], given its
/// weights and the output's gradient `[B, T, D]`; the same `dropout`.
pub fn attention_backward(
    qkv: &Tensor,
    weights: &AttentionWeights,
    grad_out: &Tensor,
    heads: usize,
    dropout: Option<(f32, RngKey)>,
) -> Result<Tensor> {
    let op = "attention_backward";
    let shader = shader_for(qkv, op)?;
    let probs = &weights.probs;
    let s = AttentionShape::of(op, qkv, heads, None)?;
    s.require_fused(op)?;
    let d = s.heads * s.head_dim;
    if grad_out.shape() != [s.batch, s.steps, d]
        || probs.shape() != [s.heads * s.batch, s.steps, s.steps]
    {
        return Err(Error::shape(
            op,
            format!(
                "gradient {:?} and weights {:?} do not fit qkv {:?} with {heads} heads",
                grad_out.shape(),
                probs.shape(),
                qkv.shape()
            ),
        ));
    }
    let gpu = qkv.gpu();
    let grad_qkv = gpu.empty(qkv.shape(), DType::F32, op)?;
    if s.rows() == 0 {
        return Ok(grad_qkv);
    }
    let grad_scores = gpu.empty(probs.shape(), DType::F32, op)?;
    let params = params(op, s, false, dropout)?;
    gpu.dispatch(
        "attention_backward_query",
        Dispatch {
            shader,
            entry: "attention_backward_query",
            constants: &[],
            params: params.words(),
            buffers: &[
                (1, qkv),
                (3, probs),
                (5, grad_out),
                (6, &grad_scores),
                (7, &grad_qkv),
            ],
            grid: grid_1d(groups_for(s.rows(), 64)),
        },
    )?;
    gpu.dispatch(
        "attention_backward_key_value",
        Dispatch {
            shader,
            entry: "attention_backward_key_value",
            constants: &[],
            params: params.words(),
            buffers: &[
                (1, qkv),
                (5, grad_out),
                (6, &grad_scores),
                (7, &grad_qkv),
                (8, &weights.dropped),
            ],
            grid: grid_1d(groups_for(s.rows() * s.head_dim / 4, 64)),
        },
    )?;
    Ok(grad_qkv)
}
