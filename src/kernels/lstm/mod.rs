//! One LSTM layer (PyTorch semantics, batch-first, zero initial state), forward and backward
//! through time. Per layer: the input projection of all steps is one matmul; per step, the
//! recurrent projection of all four gates is one matmul and the rest of the step is one fused
//! kernel (`shaders/lstm.wgsl`). Backward runs the fused cell-backward kernel and one matmul
//! per step, then the weight gradients of all steps as three matmuls and a column sum.

pub mod check;
pub mod cpu;

use super::recurrent::{recurrent_dispatch, shift_time, RecurrentWeights};
use crate::error::{Error, Result};
use crate::gpu::{DType, Gpu, Shader, Tensor};
use crate::kernels::elementwise::fill;
use crate::kernels::matmul::matmul;
use crate::kernels::reduce::{reduce_axis, Reduce};

/// The shader: `lstm_cell_forward`, `lstm_cell_backward` and `shift_time`.
pub static SHADER: Shader = Shader {
    name: "lstm",
    source: concat!(
        include_str!("../../../shaders/lstm.wgsl"),
        include_str!("../../../shaders/lib/activations.wgsl")
    ),
};

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

fn step_dispatch(
    gpu: &Gpu,
    op: &'static str,
    entry: &'static str,
    dims: [usize; 4],
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
            [b, t, h, step],
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
            [b, t, h, step],
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
