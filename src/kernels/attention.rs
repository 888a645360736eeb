//! Fused multi-head self-attention over packed QKV: forward (scores, mask, softmax, dropout,
//! weights·v in one kernel) and backward (two kernels: per query row, then per key row), so
//! the heads are never split into separate tensors. The composed path in
//! `autograd::attention` is the twice-differentiable alternative and the tests' second witness.

use super::{as_u32, f};
use crate::error::{Error, Result};
use crate::gpu::{grid_1d, groups_for, DType, Dispatch, Shader, Tensor};
use crate::kernels::random::RngKey;

/// The shader: `attention_forward`, `attention_backward_query` and `attention_backward_key_value`.
pub static SHADER: Shader = Shader {
    name: "attention",
    source: concat!(
        include_str!("../../shaders/attention.wgsl"),
        include_str!("../../shaders/lib/threefry.wgsl")
    ),
};

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
) -> Result<[u32; 12]> {
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
    Ok([
        s.batch as u32,
        s.steps as u32,
        s.heads as u32,
        s.head_dim as u32,
        f(1.0 / (s.head_dim as f32).sqrt()),
        has_mask as u32,
        f(p),
        f(1.0 / (1.0 - p)),
        key.seed as u32,
        (key.seed >> 32) as u32,
        key.stream,
        key.offset,
    ])
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
/// weights (kept for the backward).
pub fn attention_forward(
    qkv: &Tensor,
    heads: usize,
    mask: Option<&Tensor>,
    dropout: Option<(f32, RngKey)>,
) -> Result<(Tensor, AttentionWeights)> {
    let op = "attention_forward";
    qkv.expect_dtype(DType::F32, op)?;
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
            shader: &SHADER,
            entry: "attention_forward",
            constants: &[],
            params: &params,
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
            shader: &SHADER,
            entry: "attention_backward_query",
            constants: &[],
            params: &params,
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
            shader: &SHADER,
            entry: "attention_backward_key_value",
            constants: &[],
            params: &params,
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

pub mod cpu {
    //! f64 references of the fused kernels, written plainly (row = (h·B + b)·T + i).

    use super::AttentionShape;
    use crate::kernels::random::RngKey;

    /// The dropout factor of weight element `idx` (0 or 1/(1 − p)), as the shader draws it.
    fn keep(idx: usize, drop: Option<(f64, RngKey)>) -> f64 {
        match drop {
            Some((p, key)) if p > 0.0 => {
                let (r, _) = crate::kernels::random::cpu::threefry2x32(
                    key.seed,
                    (idx as u32).wrapping_add(key.offset),
                    key.stream,
                );
                if crate::kernels::random::cpu::unit(r) >= p {
                    1.0 / (1.0 - p)
                } else {
                    0.0
                }
            }
            _ => 1.0,
        }
    }

    fn at(s: AttentionShape, b: usize, pos: usize, block: usize, h: usize, e: usize) -> usize {
        let d = s.heads * s.head_dim;
        (b * s.steps + pos) * 3 * d + block * d + h * s.head_dim + e
    }

    /// (output `[B, T, D]`, weights before dropout `[H·B, T, T]`).
    pub fn forward(
        qkv: &[f64],
        s: AttentionShape,
        mask: Option<&[f64]>,
        drop: Option<(f64, RngKey)>,
    ) -> (Vec<f64>, Vec<f64>) {
        let (t, dh) = (s.steps, s.head_dim);
        let d = s.heads * dh;
        let mut out = vec![0.0; s.batch * t * d];
        let mut probs = vec![0.0; s.rows() * t];
        for h in 0..s.heads {
            for b in 0..s.batch {
                for i in 0..t {
                    let row = (h * s.batch + b) * t + i;
                    let sc: Vec<f64> = (0..t)
                        .map(|j| {
                            let dot: f64 = (0..dh)
                                .map(|e| qkv[at(s, b, i, 0, h, e)] * qkv[at(s, b, j, 1, h, e)])
                                .sum();
                            dot / (dh as f64).sqrt() + mask.map_or(0.0, |m| m[(b * t + i) * t + j])
                        })
                        .collect();
                    let mx = sc.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
                    let w: Vec<f64> = sc.iter().map(|v| (v - mx).exp()).collect();
                    let z: f64 = w.iter().sum();
                    for j in 0..t {
                        probs[row * t + j] = w[j] / z;
                    }
                    for e in 0..dh {
                        out[(b * t + i) * d + h * dh + e] = (0..t)
                            .map(|j| {
                                probs[row * t + j]
                                    * keep(row * t + j, drop)
                                    * qkv[at(s, b, j, 2, h, e)]
                            })
                            .sum();
                    }
                }
            }
        }
        (out, probs)
    }

    /// The gradient with respect to qkv, from the chain rule written out per element.
    pub fn backward(
        qkv: &[f64],
        probs: &[f64],
        grad_out: &[f64],
        s: AttentionShape,
        drop: Option<(f64, RngKey)>,
    ) -> Vec<f64> {
        let (t, dh) = (s.steps, s.head_dim);
        let d = s.heads * dh;
        let scale = 1.0 / (dh as f64).sqrt();
        let mut g = vec![0.0; qkv.len()];
        for h in 0..s.heads {
            for b in 0..s.batch {
                for i in 0..t {
                    let row = (h * s.batch + b) * t + i;
                    let go = |e: usize| grad_out[(b * t + i) * d + h * dh + e];
                    // through weights·v: dV and the weights' gradient (through dropout)
                    let mut dp = vec![0.0; t];
                    for j in 0..t {
                        let k = keep(row * t + j, drop);
                        for e in 0..dh {
                            g[at(s, b, j, 2, h, e)] += probs[row * t + j] * k * go(e);
                            dp[j] += go(e) * qkv[at(s, b, j, 2, h, e)] * k;
                        }
                    }
                    // through softmax, then the scaled dot products
                    let dot: f64 = (0..t).map(|j| dp[j] * probs[row * t + j]).sum();
                    for j in 0..t {
                        let ds = probs[row * t + j] * (dp[j] - dot) * scale;
                        for e in 0..dh {
                            g[at(s, b, i, 0, h, e)] += ds * qkv[at(s, b, j, 1, h, e)];
                            g[at(s, b, j, 1, h, e)] += ds * qkv[at(s, b, i, 0, h, e)];
                        }
                    }
                }
            }
        }
        g
    }
}
