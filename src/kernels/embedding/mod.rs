//! Embedding lookup's backward (a deterministic scatter-add) and the bucketing of rows by index
//! that it shares with the EMA codebook update. The forward lookup is
//! [`super::codebook::gather_rows`].

pub mod check;
pub mod cpu;

use super::{as_u32, ShaderParams};
use crate::error::{Error, Result};
use crate::gpu::{grid_1d, groups_for, DType, Dispatch, Shader, Tensor};

/// The shader: the bucketing passes (`bucket_counts`, `bucket_offsets`, `bucket_members`) and
/// `embedding_backward`.
pub static SHADER: Shader = Shader {
    name: "embedding",
    source: include_str!("../../../shaders/embedding.wgsl"),
};

super::shader_params! {
    /// The uniform block of `embedding.wgsl`.
    pub struct EmbeddingParams {
        /// Indices.
        rows: u32,
        /// Rows of the table.
        codes: u32,
        /// Row length.
        dim: u32,
        /// Padding to 16 bytes.
        _pad: u32,
    }
}

/// Rows grouped by index: the rows `n` with `idx[n] = k` are
/// `members[offsets[k] .. offsets[k + 1]]`, in increasing `n`. Indices ≥ `k` are left out.
pub struct Buckets {
    /// u32 `[k + 1]`
    pub offsets: Tensor,
    /// u32 `[max(n, 1)]`
    pub members: Tensor,
}

fn params(op: &str, n: usize, k: usize, d: usize) -> Result<EmbeddingParams> {
    Ok(EmbeddingParams {
        rows: as_u32(op, "rows", n)?,
        codes: as_u32(op, "codes", k)?,
        dim: as_u32(op, "dim", d)?,
        _pad: 0,
    })
}

/// Group the positions of `idx` (u32 `[n]`) by value, for a table of `k` rows.
pub fn bucket_by_index(idx: &Tensor, k: usize) -> Result<Buckets> {
    let op = "bucket_by_index";
    idx.expect_dtype(DType::U32, op)?;
    let n = idx.numel();
    let gpu = idx.gpu();
    let counts = gpu.empty(&[k.max(1)], DType::U32, op)?;
    let offsets = gpu.empty(&[k + 1], DType::U32, op)?;
    let members = gpu.empty(&[n.max(1)], DType::U32, op)?;
    let p = params(op, n, k, 0)?;
    let launch = |entry: &'static str, buffers: &[(u32, &Tensor)], grid: [u32; 3]| {
        gpu.dispatch(
            op,
            Dispatch {
                shader: &SHADER,
                entry,
                constants: &[],
                params: p.words(),
                buffers,
                grid,
            },
        )
    };
    launch(
        "bucket_counts",
        &[(1, idx), (2, &counts)],
        grid_1d(groups_for(k, 64)),
    )?;
    launch("bucket_offsets", &[(2, &counts), (3, &offsets)], [1, 1, 1])?;
    launch(
        "bucket_members",
        &[(1, idx), (3, &offsets), (4, &members)],
        grid_1d(groups_for(k, 64)),
    )?;
    Ok(Buckets { offsets, members })
}

/// Gradient of `gather_rows(weight, idx)` with respect to a `[k, d]` table: row `k` gets the
/// sum of `grad` rows whose index is `k`, summed in row order (bit-identical run to run).
pub fn embedding_backward(grad: &Tensor, idx: &Tensor, k: usize) -> Result<Tensor> {
    let op = "embedding_backward";
    let n = idx.numel();
    let d = match grad.shape() {
        [rows, d] if *rows == n => *d,
        s => {
            return Err(Error::shape(
                op,
                format!("gradient {s:?} for {n} indices (want [{n}, dim])"),
            ))
        }
    };
    let buckets = bucket_by_index(idx, k)?;
    let gpu = grad.gpu();
    let out = gpu.empty(&[k, d], DType::F32, op)?;
    if out.numel() == 0 {
        return Ok(out);
    }
    gpu.dispatch(
        op,
        Dispatch {
            shader: &SHADER,
            entry: "embedding_backward",
            constants: &[],
            params: params(op, n, k, d)?.words(),
            buffers: &[
                (3, &buckets.offsets),
                (4, &buckets.members),
                (5, grad),
                (6, &out),
            ],
            grid: grid_1d(groups_for(k * d, 256)),
        },
    )?;
    Ok(out)
}
