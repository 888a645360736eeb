//! Batched matrix multiply with either operand transposed.

use super::as_u32;
use crate::error::{Error, Result};
use crate::gpu::{DType, Dispatch, Shader, Tensor};

pub static SHADER: Shader = Shader {
    name: "matmul",
    source: include_str!("../../shaders/matmul.wgsl"),
};

/// Output rows and columns computed by one workgroup.
const TILE_M: usize = 32;
const TILE_N: usize = 32;

/// Split a shape into (batch, rows, cols); a 1-d tensor is one row.
fn mat_dims(shape: &[usize]) -> (usize, usize, usize) {
    match shape.len() {
        0 => (1, 1, 1),
        1 => (1, 1, shape[0]),
        n => (shape[..n - 2].iter().product(), shape[n - 2], shape[n - 1]),
    }
}

/// `op(a) · op(b)` over a shared batch. Each operand is `[.., rows, cols]`; a 2-d operand is
/// shared by every batch of the other. With `trans_a`, `a` holds `[k, m]`; with `trans_b`,
/// `b` holds `[n, k]`.
pub fn matmul(a: &Tensor, b: &Tensor, trans_a: bool, trans_b: bool) -> Result<Tensor> {
    let op = "matmul";
    a.expect_dtype(DType::F32, op)?;
    b.expect_dtype(DType::F32, op)?;
    let (ba, ra, ca) = mat_dims(a.shape());
    let (bb, rb, cb) = mat_dims(b.shape());
    let (m, k) = if trans_a { (ca, ra) } else { (ra, ca) };
    let (k2, n) = if trans_b { (cb, rb) } else { (rb, cb) };
    if k != k2 || (ba != bb && ba != 1 && bb != 1) {
        return Err(Error::shape(
            op,
            format!(
                "{:?}{} x {:?}{}: inner dimensions {k} and {k2}, batches {ba} and {bb}",
                a.shape(),
                if trans_a { "ᵀ" } else { "" },
                b.shape(),
                if trans_b { "ᵀ" } else { "" }
            ),
        ));
    }
    let batch = ba.max(bb);
    let batch_shape: Vec<usize> = if ba >= bb && a.shape().len() > 2 {
        a.shape()[..a.shape().len() - 2].to_vec()
    } else if b.shape().len() > 2 {
        b.shape()[..b.shape().len() - 2].to_vec()
    } else {
        vec![]
    };
    let mut out_shape = batch_shape;
    out_shape.extend([m, n]);
    let gpu = a.gpu();
    let out = gpu.empty(&out_shape, DType::F32, op)?;
    if out.numel() == 0 {
        return Ok(out);
    }
    if k == 0 {
        return super::elementwise::fill(gpu, &out_shape, 0.0);
    }
    let stride_a = if ba == 1 { 0 } else { m * k };
    let stride_b = if bb == 1 { 0 } else { k * n };
    gpu.dispatch(
        op,
        Dispatch {
            shader: &SHADER,
            entry: "matmul",
            constants: &[
                ("TRANS_A", trans_a as u8 as f64),
                ("TRANS_B", trans_b as u8 as f64),
            ],
            params: &[
                as_u32(op, "m", m)?,
                as_u32(op, "n", n)?,
                as_u32(op, "k", k)?,
                as_u32(op, "batch", batch)?,
                as_u32(op, "stride_a", stride_a)?,
                as_u32(op, "stride_b", stride_b)?,
                as_u32(op, "stride_c", m * n)?,
                0,
            ],
            buffers: &[(1, a), (2, b), (3, &out)],
            grid: [
                n.div_ceil(TILE_N) as u32,
                m.div_ceil(TILE_M) as u32,
                as_u32(op, "batch", batch)?,
            ],
        },
    )?;
    Ok(out)
}

pub mod cpu {
    /// Reference: `c[b] = op(a[b]) · op(b[b])`, strides 0 for a shared operand.
    #[allow(clippy::too_many_arguments)]
    pub fn matmul(
        a: &[f64],
        b: &[f64],
        batch: usize,
        m: usize,
        n: usize,
        k: usize,
        trans_a: bool,
        trans_b: bool,
        shared_a: bool,
        shared_b: bool,
    ) -> Vec<f64> {
        let mut c = vec![0.0; batch * m * n];
        for bt in 0..batch {
            let oa = if shared_a { 0 } else { bt * m * k };
            let ob = if shared_b { 0 } else { bt * k * n };
            for i in 0..m {
                for j in 0..n {
                    let mut s = 0.0;
                    for kk in 0..k {
                        let x = if trans_a {
                            a[oa + kk * m + i]
                        } else {
                            a[oa + i * k + kk]
                        };
                        let y = if trans_b {
                            b[ob + j * k + kk]
                        } else {
                            b[ob + kk * n + j]
                        };
                        s += x * y;
                    }
                    c[bt * m * n + i * n + j] = s;
                }
            }
        }
        c
    }
}
