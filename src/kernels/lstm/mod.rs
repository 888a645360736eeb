//! One LSTM layer (PyTorch semantics, batch-first, zero initial state), forward and backward
//! through time. Per layer: the input projection of all steps is one matmul; per step, the
//! recurrent projection of all four gates is one matmul and the rest of the step is one fused
//! kernel (`shaders/lstm.wgsl`). Backward runs the fused cell-backward kernel and one matmul
//! per step, then the weight gradients of all steps as three matmuls and a column sum.

pub mod check;
pub mod cpu;

use super::{as_u32, ShaderParams};
use crate::error::{Error, Result};
use crate::gpu::{grid_1d, groups_for, DType, Dispatch, Gpu, Shader, Tensor};
use crate::kernels::elementwise::fill;
use crate::kernels::matmul::matmul;
use crate::kernels::reduce::{reduce_axis, Reduce};

/// The shader: `lstm_cell_forward`, `lstm_cell_backward`, `shift_time` and `context_window`.
pub static SHADER: Shader = Shader {
    name: "lstm",
    source: concat!(
        include_str!("../../../shaders/lstm.wgsl"),
        include_str!("../../../shaders/lib/activations.wgsl")
    ),
};

super::shader_params! {
    /// The uniform block of `lstm.wgsl` and `gru.wgsl`.
    pub struct RecurrentParams {
        /// Sequences.
        batch: u32,
        /// Steps T (`context_window`: the window).
        steps: u32,
        /// Hidden size H (`context_window`: the row stride of `tokens`).
        hidden: u32,
        /// This step (`context_window`: tokens so far).
        t: u32,
        /// `context_window`: the padding token.
        pad: u32,
        /// Padding.
        _unused: u32,
    }
}

/// The parameters of one recurrent layer, PyTorch's names and shapes, for G gates (the LSTM's
/// 4: rows i, f, g, o; the GRU's 3: rows r, z, n).
pub struct RecurrentWeights<'a> {
    /// `[G·H, I]`
    pub w_ih: &'a Tensor,
    /// `[G·H, H]`
    pub w_hh: &'a Tensor,
    /// `[G·H]`
    pub b_ih: &'a Tensor,
    /// `[G·H]`
    pub b_hh: &'a Tensor,
}

impl<'a> RecurrentWeights<'a> {
    /// From the four parameters in PyTorch's order (w_ih, w_hh, b_ih, b_hh).
    pub fn of(p: [&'a Tensor; 4]) -> Self {
        let [w_ih, w_hh, b_ih, b_hh] = p;
        RecurrentWeights {
            w_ih,
            w_hh,
            b_ih,
            b_hh,
        }
    }
}

/// What the forward pass keeps for backward; `h` is the layer's output.
pub struct LstmSaved {
    /// `[B, T, H]`
    pub h: Tensor,
    /// `[B, T, H]`
    pub cell: Tensor,
    /// `[B, T, 4H]`: i, f, g, o after their nonlinearities
    pub gates: Tensor,
}

/// Gradients of one layer.
pub struct LstmGrads {
    /// `[B, T, I]`, when asked for
    pub dx: Option<Tensor>,
    /// `[4H, I]`
    pub dw_ih: Tensor,
    /// `[4H, H]`
    pub dw_hh: Tensor,
    /// The gradient of both biases (they enter the gates as a sum).
    pub db: Tensor,
}

impl RecurrentWeights<'_> {
    /// (batch, steps, input, hidden) of a recurrent layer with `gates` gates (LSTM 4, GRU 3), after
    /// checking every shape against `x: [B, T, I]`.
    pub(crate) fn dims(
        &self,
        op: &str,
        x: &Tensor,
        gates: usize,
    ) -> Result<(usize, usize, usize, usize)> {
        let (w_ih, w_hh, b_ih, b_hh) = (self.w_ih, self.w_hh, self.b_ih, self.b_hh);
        let (b, t, i) = match x.shape() {
            [b, t, i] => (*b, *t, *i),
            s => {
                return Err(Error::shape(
                    op,
                    format!("input {s:?} is not [batch, steps, features]"),
                ))
            }
        };
        let h = w_ih.shape().first().copied().unwrap_or(0) / gates;
        let g = gates * h;
        if h == 0
            || w_ih.shape() != [g, i]
            || w_hh.shape() != [g, h]
            || b_ih.shape() != [g]
            || b_hh.shape() != [g]
        {
            return Err(Error::shape(
                op,
                format!(
                    "input {:?} with weight_ih {:?}, weight_hh {:?}, bias_ih {:?}, bias_hh {:?} \
                 (want [{gates}H, {i}], [{gates}H, H], [{gates}H], [{gates}H])",
                    x.shape(),
                    w_ih.shape(),
                    w_hh.shape(),
                    b_ih.shape(),
                    b_hh.shape()
                ),
            ));
        }
        Ok((b, t, i, h))
    }
}

/// One launch of a recurrent-layer kernel (LSTM or GRU shader): parameters (batch, steps,
/// hidden, t, pad), one invocation per `threads`.
pub(crate) fn recurrent_dispatch(
    gpu: &Gpu,
    shader: &'static Shader,
    op: &'static str,
    entry: &'static str,
    dims: [usize; 5],
    buffers: &[(u32, &Tensor)],
    threads: usize,
) -> Result<()> {
    gpu.dispatch(
        op,
        Dispatch {
            shader,
            entry,
            constants: &[],
            params: RecurrentParams {
                batch: as_u32(op, "batch", dims[0])?,
                steps: as_u32(op, "steps", dims[1])?,
                hidden: as_u32(op, "hidden", dims[2])?,
                t: as_u32(op, "t", dims[3])?,
                pad: as_u32(op, "pad", dims[4])?,
                _unused: 0,
            }
            .words(),
            buffers,
            grid: grid_1d(groups_for(threads, 256)),
        },
    )
}

fn step_dispatch(
    gpu: &Gpu,
    op: &'static str,
    entry: &'static str,
    dims: [usize; 5],
    buffers: &[(u32, &Tensor)],
    threads: usize,
) -> Result<()> {
    recurrent_dispatch(gpu, &SHADER, op, entry, dims, buffers, threads)
}

/// Run one layer over `x: [B, T, I]`.
pub fn lstm_forward(x: &Tensor, w: &RecurrentWeights) -> Result<LstmSaved> {
    let op = "lstm_forward";
    let (b, t, i, h) = w.dims(op, x, 4)?;
    let gpu = x.gpu();
    let h_seq = gpu.empty(&[b, t, h], DType::F32, op)?;
    let cell = gpu.empty(&[b, t, h], DType::F32, op)?;
    let gates = gpu.empty(&[b, t, 4 * h], DType::F32, op)?;
    if b * t == 0 {
        return Ok(LstmSaved {
            h: h_seq,
            cell,
            gates,
        });
    }
    let xproj = matmul(&x.reshape(&[b * t, i])?, w.w_ih, false, true)?;
    let mut h_cur = gpu.empty(&[b, h], DType::F32, op)?;
    for step in 0..t {
        // h_{t-1} · W_hhᵀ; at t = 0 the state is zero and the kernel skips `hh` (any buffer
        // may sit in its slot).
        let hh = if step == 0 {
            xproj.clone()
        } else {
            matmul(&h_cur, w.w_hh, false, true)?
        };
        let h_next = gpu.empty(&[b, h], DType::F32, op)?;
        step_dispatch(
            gpu,
            op,
            "lstm_cell_forward",
            [b, t, h, step, 0],
            &[
                (1, &xproj),
                (2, &hh),
                (3, w.b_ih),
                (4, w.b_hh),
                (5, &gates),
                (6, &cell),
                (7, &h_seq),
                (8, &h_next),
            ],
            b * h,
        )?;
        h_cur = h_next;
    }
    Ok(LstmSaved {
        h: h_seq,
        cell,
        gates,
    })
}

/// Backward through time of one layer, given `dy: [B, T, H]`, the gradient of its output.
/// The input gradient (one more matmul) only when `need_dx`.
pub fn lstm_backward(
    x: &Tensor,
    w: &RecurrentWeights,
    saved: &LstmSaved,
    dy: &Tensor,
    need_dx: bool,
) -> Result<LstmGrads> {
    let op = "lstm_backward";
    let (b, t, i, h) = w.dims(op, x, 4)?;
    if dy.shape() != [b, t, h] {
        return Err(Error::shape(
            op,
            format!("output gradient {:?}, want {:?}", dy.shape(), [b, t, h]),
        ));
    }
    let gpu = x.gpu();
    if b * t == 0 {
        return Ok(LstmGrads {
            dx: need_dx.then(|| fill(gpu, &[b, t, i], 0.0)).transpose()?,
            dw_ih: fill(gpu, &[4 * h, i], 0.0)?,
            dw_hh: fill(gpu, &[4 * h, h], 0.0)?,
            db: fill(gpu, &[4 * h], 0.0)?,
        });
    }
    let dz = gpu.empty(&[b, t, 4 * h], DType::F32, op)?;
    // Read only after the last step has written them; any buffer may sit in their slots there.
    let dc = gpu.empty(&[b, h], DType::F32, op)?;
    let mut dh_rec = dy.clone();
    for step in (0..t).rev() {
        let dz_cur = gpu.empty(&[b, 4 * h], DType::F32, op)?;
        step_dispatch(
            gpu,
            op,
            "lstm_cell_backward",
            [b, t, h, step, 0],
            &[
                (5, &saved.gates),
                (6, &saved.cell),
                (9, dy),
                (10, &dh_rec),
                (11, &dc),
                (12, &dz),
                (13, &dz_cur),
            ],
            b * h,
        )?;
        if step > 0 {
            dh_rec = matmul(&dz_cur, w.w_hh, false, false)?;
        }
    }
    let h_prev = shift_time(&saved.h)?;
    let dz2 = dz.reshape(&[b * t, 4 * h])?;
    Ok(LstmGrads {
        dx: need_dx
            .then(|| matmul(&dz2, w.w_ih, false, false)?.reshape(&[b, t, i]))
            .transpose()?,
        dw_ih: matmul(&dz2, &x.reshape(&[b * t, i])?, true, false)?,
        dw_hh: matmul(&dz2, &h_prev.reshape(&[b * t, h])?, true, false)?,
        db: reduce_axis(&dz2, 0, Reduce::Sum)?.0,
    })
}

/// `h_prev[b, t] = h[b, t − 1]`, zero at t = 0, for `h: [B, T, H]`: every step's recurrent
/// input, so that the recurrent weight's gradient is one matmul over all steps (LSTM and GRU).
pub fn shift_time(h: &Tensor) -> Result<Tensor> {
    let op = "shift_time";
    let (b, t, hd) = match h.shape() {
        [b, t, hd] => (*b, *t, *hd),
        s => {
            return Err(Error::shape(
                op,
                format!("{s:?} is not [batch, steps, hidden]"),
            ))
        }
    };
    let gpu = h.gpu();
    let out = gpu.empty(&[b, t, hd], DType::F32, op)?;
    if out.numel() > 0 {
        step_dispatch(
            gpu,
            op,
            "shift_time",
            [b, t, hd, 0, 0],
            &[(14, h), (15, &out)],
            b * t * hd,
        )?;
    }
    Ok(out)
}

/// The prior's input windows at a sampling step: for each row of `tokens: [n, stride]` (u32),
/// its first `len` tokens right-padded with `pad` to `window` while `len < window`, else its
/// last `window` tokens. Returns u32 `[n, window]`.
pub fn context_window(tokens: &Tensor, len: usize, window: usize, pad: u32) -> Result<Tensor> {
    let op = "context_window";
    tokens.expect_dtype(DType::U32, op)?;
    let (n, stride) = match tokens.shape() {
        [n, s] if len <= *s && window > 0 => (*n, *s),
        s => {
            return Err(Error::shape(
                op,
                format!("tokens {s:?} with {len} tokens so far and window {window}"),
            ))
        }
    };
    let gpu = tokens.gpu();
    let out = gpu.empty(&[n, window], DType::U32, op)?;
    if n == 0 {
        return Ok(out);
    }
    step_dispatch(
        gpu,
        op,
        "context_window",
        [n, window, stride, len, pad as usize],
        &[(16, tokens), (17, &out)],
        n * window,
    )?;
    Ok(out)
}
