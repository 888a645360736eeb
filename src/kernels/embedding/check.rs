//! `wgtrain check` for the embedding family: its cases against the f64 twins, with the error
//! bounds their arithmetic allows.

use crate::check::*;
use crate::error::Result;
use crate::gpu::{Gpu, Tensor};
use crate::kernels::to_f64;

/// Embedding backward: serial per-row sums of up to n gradient rows ((n + 1)·u of Σ|terms|),
/// run twice to prove the order is fixed (bit-identical results).
pub(crate) fn check_embedding(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    use crate::kernels::embedding;
    let mut rows = vec![];
    for (t, &(n, k, d)) in [
        (1, 1, 1),
        (7, 5, 3),
        (300, 17, 33),
        (2048, 4098, 256),
        (257, 1000, 5),
    ]
    .iter()
    .enumerate()
    {
        let g = data(seed + 1200 + t as u64, n * d, -1.0, 1.0);
        // a few indices past the table (dropped), many repeats
        let idx: Vec<u32> = (0..n)
            .map(|i| ((i * 2_654_435_761usize) >> 7) as u32 % (k as u32 + 1))
            .collect();
        let gt = Tensor::from_f32(gpu, &g, &[n, d])?;
        let it = Tensor::from_u32(gpu, &idx, &[n])?;
        let out = embedding::embedding_backward(&gt, &it, k)?.to_f32()?;
        let again = embedding::embedding_backward(&gt, &it, k)?.to_f32()?;
        let gd = to_f64(&g);
        let reference = embedding::cpu::embedding_backward(&gd, &idx, k, d);
        let magnitude = embedding::cpu::embedding_backward(
            &gd.iter().map(|v| v.abs()).collect::<Vec<_>>(),
            &idx,
            k,
            d,
        );
        let scale: Vec<f64> = magnitude.iter().map(|v| v.max(1e-30)).collect();
        let row = compare(
            "embedding/backward",
            format!("{n} indices into [{k},{d}]"),
            &out,
            &reference,
            &scale,
            (n + 1) as f64 * U,
        );
        let repeatable = out
            .iter()
            .zip(&again)
            .all(|(a, b)| a.to_bits() == b.to_bits());
        rows.push(row.fail_unless(repeatable));
    }
    rows.push(params_layout::<crate::kernels::embedding::EmbeddingParams>(
        "embedding",
        &crate::kernels::embedding::SHADER,
        "Params",
    )?);
    Ok(rows)
}
