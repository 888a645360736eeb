//! Nearest-code search for vector quantisation and the gather of code rows. The search runs
//! the fast matmul on chunks of queries and reduces each chunk's dot products to indices, so
//! memory stays at one chunk of the N×K distance matrix.

use super::as_u32;
use crate::error::{Error, Result};
use crate::gpu::{grid_1d, groups_for, DType, Dispatch, Shader, Tensor};
use crate::kernels::elementwise::{unary, Unary};
use crate::kernels::matmul::matmul;
use crate::kernels::reduce::{reduce_axis, Reduce};

pub static SHADER: Shader = Shader {
    name: "codebook",
    source: include_str!("../../shaders/codebook.wgsl"),
};

/// Queries per chunk: bounds the distance tile at `CHUNK · K` floats (32 MiB at K = 4096).
pub const CHUNK: usize = 2048;

fn squared_norms(t: &Tensor) -> Result<Tensor> {
    Ok(reduce_axis(&unary(t, Unary::Square)?, 1, Reduce::Sum)?.0)
}

/// For `x: [n, d]` and `codebook: [k, d]`, the index (u32 `[n]`) of the nearest code by
/// squared L2 distance ‖x‖² + ‖e‖² − 2 x·e, the first one on ties.
pub fn nearest_code(x: &Tensor, codebook: &Tensor) -> Result<Tensor> {
    let op = "nearest_code";
    let (xs, es) = (x.shape(), codebook.shape());
    if xs.len() != 2 || es.len() != 2 || xs[1] != es[1] || es[0] == 0 {
        return Err(Error::shape(
            op,
            format!("queries {xs:?} and codebook {es:?} (want [n, d] and [k, d])"),
        ));
    }
    let (n, k) = (xs[0], es[0]);
    let gpu = x.gpu();
    let out = gpu.empty(&[n], DType::U32, op)?;
    if n == 0 {
        return Ok(out);
    }
    let x_norm = squared_norms(x)?;
    let e_norm = squared_norms(codebook)?;
    for first in (0..n).step_by(CHUNK) {
        let rows = CHUNK.min(n - first);
        let chunk = gpu.empty(&[rows, xs[1]], DType::F32, op)?;
        gpu.copy_region(x, first * xs[1], &chunk, 0, rows * xs[1])?;
        let dots = matmul(&chunk, codebook, false, true)?;
        gpu.dispatch(
            op,
            Dispatch {
                shader: &SHADER,
                entry: "nearest_from_dots",
                constants: &[],
                params: &[
                    as_u32(op, "rows", rows)?,
                    as_u32(op, "codes", k)?,
                    0,
                    as_u32(op, "first", first)?,
                ],
                buffers: &[(1, &dots), (2, &x_norm), (3, &e_norm), (4, &out)],
                grid: grid_1d(groups_for(rows, 64)),
            },
        )?;
    }
    Ok(out)
}

/// `table[index[r]]` for every r: `[rows, d]`. Indices past the table give zero rows.
pub fn gather_rows(table: &Tensor, index: &Tensor) -> Result<Tensor> {
    let op = "gather_rows";
    index.expect_dtype(DType::U32, op)?;
    let ts = table.shape();
    if ts.len() != 2 {
        return Err(Error::shape(op, format!("table {ts:?} is not [k, d]")));
    }
    let rows = index.numel();
    let gpu = table.gpu();
    let out = gpu.empty(&[rows, ts[1]], DType::F32, op)?;
    if out.numel() == 0 {
        return Ok(out);
    }
    gpu.dispatch(
        op,
        Dispatch {
            shader: &SHADER,
            entry: "gather_rows",
            constants: &[],
            params: &[
                as_u32(op, "rows", rows)?,
                as_u32(op, "codes", ts[0])?,
                as_u32(op, "dim", ts[1])?,
                0,
            ],
            buffers: &[(5, table), (6, index), (7, &out)],
            grid: grid_1d(groups_for(out.numel(), 256)),
        },
    )?;
    Ok(out)
}

pub mod cpu {
    /// Squared distance of query `x` to every code, in f64.
    pub fn distances(x: &[f64], codebook: &[f64], d: usize) -> Vec<f64> {
        codebook
            .chunks(d)
            .map(|e| e.iter().zip(x).map(|(a, b)| (a - b) * (a - b)).sum())
            .collect()
    }

    /// Nearest code of every query (first minimum on ties), in f64.
    pub fn nearest_code(x: &[f64], codebook: &[f64], d: usize) -> Vec<u32> {
        x.chunks(d)
            .map(|q| {
                let dist = distances(q, codebook, d);
                let mut best = 0;
                for (k, v) in dist.iter().enumerate() {
                    if *v < dist[best] {
                        best = k;
                    }
                }
                best as u32
            })
            .collect()
    }

    pub fn gather_rows(table: &[f64], index: &[u32], d: usize) -> Vec<f64> {
        index
            .iter()
            .flat_map(|&k| {
                let k = k as usize;
                if (k + 1) * d <= table.len() {
                    table[k * d..(k + 1) * d].to_vec()
                } else {
                    vec![0.0; d]
                }
            })
            .collect()
    }
}
