//! One GRU layer (PyTorch semantics: gates r, z, n; n = tanh(W_in x + b_in + r ⊙ (W_hn h +
//! b_hn)); batch-first; zero initial state), forward and backward through time. As for the
//! LSTM: the input projection of all steps is one matmul, each step one recurrent matmul (all
//! three gates) plus one fused kernel (`shaders/gru.wgsl`); backward runs the fused
//! cell-backward kernel and one matmul per step, then the weight gradients as matmuls over all
//! steps.

pub mod check;
pub mod cpu;

use crate::error::{Error, Result};
use crate::gpu::{DType, Gpu, Shader, Tensor};
use crate::kernels::matmul::matmul;
use crate::kernels::recurrent::{recurrent_dispatch, shift_time, RecurrentWeights};
use crate::kernels::reduce::{reduce_axis, Reduce};

/// The shader: `gru_cell_forward` and `gru_cell_backward`.
pub static SHADER: Shader = Shader {
    name: "gru",
    source: concat!(
        include_str!("../../../shaders/gru.wgsl"),
        include_str!("../../../shaders/lib/activations.wgsl")
    ),
};

/// What the forward pass keeps for backward; `h` is the layer's output.
pub struct GruSaved {
    /// `[B, T, H]`
    pub h: Tensor,
    /// `[B, T, 4H]`: r, z, n and W_hn h + b_hn
    pub gates: Tensor,
}

/// Gradients of one layer.
pub struct GruGrads {
    /// `[B, T, I]`, when asked for
    pub dx: Option<Tensor>,
    /// `[3H, I]`
    pub dw_ih: Tensor,
    /// `[3H, H]`
    pub dw_hh: Tensor,
    /// `[3H]`
    pub db_ih: Tensor,
    /// `[3H]`
    pub db_hh: Tensor,
}

fn step(
    gpu: &Gpu,
    op: &'static str,
    entry: &'static str,
    [b, t, h, s]: [usize; 4],
    buffers: &[(u32, &Tensor)],
) -> Result<()> {
    recurrent_dispatch(gpu, &SHADER, op, entry, [b, t, h, s], buffers, b * h)
}

/// Run one layer over `x: [B, T, I]`.
pub fn gru_forward(x: &Tensor, w: &RecurrentWeights) -> Result<GruSaved> {
    let op = "gru_forward";
    let (b, t, i, h) = w.dims(op, x, 3)?;
    let gpu = x.gpu();
    let h_seq = gpu.empty(&[b, t, h], DType::F32, op)?;
    let gates = gpu.empty(&[b, t, 4 * h], DType::F32, op)?;
    if b * t == 0 {
        return Ok(GruSaved { h: h_seq, gates });
    }
    let xproj = matmul(&x.reshape(&[b * t, i])?, w.w_ih, false, true)?;
    let mut h_cur = gpu.empty(&[b, h], DType::F32, op)?;
    for s in 0..t {
        // at t = 0 the state is zero and the kernel skips `hh` (any buffer may sit there)
        let hh = if s == 0 {
            xproj.clone()
        } else {
            matmul(&h_cur, w.w_hh, false, true)?
        };
        let h_next = gpu.empty(&[b, h], DType::F32, op)?;
        step(
            gpu,
            op,
            "gru_cell_forward",
            [b, t, h, s],
            &[
                (1, &xproj),
                (2, &hh),
                (3, w.b_ih),
                (4, w.b_hh),
                (5, &gates),
                (6, &h_seq),
                (7, &h_next),
            ],
        )?;
        h_cur = h_next;
    }
    Ok(GruSaved { h: h_seq, gates })
}

/// Backward through time of one layer, given `dy: [B, T, H]`; the input gradient only when
/// `need_dx`.
pub fn gru_backward(
    x: &Tensor,
    w: &RecurrentWeights,
    saved: &GruSaved,
    dy: &Tensor,
    need_dx: bool,
) -> Result<GruGrads> {
    let op = "gru_backward";
    let (b, t, i, h) = w.dims(op, x, 3)?;
    if dy.shape() != [b, t, h] {
        return Err(Error::shape(
            op,
            format!("output gradient {:?}, want {:?}", dy.shape(), [b, t, h]),
        ));
    }
    let gpu = x.gpu();
    let dgx = gpu.empty(&[b, t, 3 * h], DType::F32, op)?;
    let dgh = gpu.empty(&[b, t, 3 * h], DType::F32, op)?;
    // read only after the last step has written them
    let carry = gpu.empty(&[b, h.max(1)], DType::F32, op)?;
    let mut rec = dy.clone();
    for s in (0..t).rev() {
        let dgh_cur = gpu.empty(&[b, 3 * h], DType::F32, op)?;
        step(
            gpu,
            op,
            "gru_cell_backward",
            [b, t, h, s],
            &[
                (5, &saved.gates),
                (6, &saved.h),
                (8, dy),
                (9, &rec),
                (10, &carry),
                (11, &dgx),
                (12, &dgh),
                (13, &dgh_cur),
            ],
        )?;
        if s > 0 {
            rec = matmul(&dgh_cur, w.w_hh, false, false)?;
        }
    }
    let h_prev = shift_time(&saved.h)?;
    let (dgx2, dgh2) = (dgx.reshape(&[b * t, 3 * h])?, dgh.reshape(&[b * t, 3 * h])?);
    Ok(GruGrads {
        dx: need_dx
            .then(|| matmul(&dgx2, w.w_ih, false, false)?.reshape(&[b, t, i]))
            .transpose()?,
        dw_ih: matmul(&dgx2, &x.reshape(&[b * t, i])?, true, false)?,
        dw_hh: matmul(&dgh2, &h_prev.reshape(&[b * t, h])?, true, false)?,
        db_ih: reduce_axis(&dgx2, 0, Reduce::Sum)?.0,
        db_hh: reduce_axis(&dgh2, 0, Reduce::Sum)?.0,
    })
}
