//! `wgtrain check` for the peak family: its cases against the f64 twins, with the error
//! bounds their arithmetic allows.

use crate::check::*;
use crate::error::Result;
use crate::gpu::{Gpu, Tensor};
use crate::kernels::to_f64;

/// The bench's peak probes: the fma chains (each step at most two roundings of values within
/// max(|start|, 1), older errors shrinking by a = 0.999; then the offsets and three levels of
/// sums) and the copy (exact).
pub(crate) fn check_peak(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    use crate::kernels::peak;
    let mut rows = vec![];
    for (t, (n, iters)) in [(4, 1), (12, 7), (4 * 257, 64)].into_iter().enumerate() {
        let x = data(seed + 900 + t as u64, n, -3.0, 3.0);
        let tx = Tensor::from_f32(gpu, &x, &[n])?;
        let xd = to_f64(&x);
        rows.push(compare(
            "peak/fma_chains",
            format!("[{n}] x{iters}"),
            &peak::fma_chains(&tx, iters)?.to_f32()?,
            &peak::cpu::fma_chains(&xd, iters),
            &peak::cpu::fma_scale(&xd),
            (2 * iters + 4) as f64 * U,
        ));
        rows.push(compare(
            "peak/copy",
            format!("[{n}]"),
            &peak::copy(&tx)?.to_f32()?,
            &xd,
            &abs_scale(&xd),
            0.0,
        ));
    }
    rows.push(params_layout::<crate::kernels::peak::PeakParams>(
        "peak",
        &crate::kernels::peak::SHADER,
        "PeakParams",
    )?);
    Ok(rows)
}
