//! `wgtrain check` for the layer_norm family: its cases against the f64 twins, with the error
//! bounds their arithmetic allows.

use crate::check::*;
use crate::error::Result;
use crate::gpu::{Gpu, Tensor};
use crate::kernels::to_f64;

/// LayerNorm: the mean and the variance are sums of D terms ((D + 1)·u each), the root and the
/// division a few ulp. x − mean cancels: its error is (D + 1)·u·max|x_row|, so xhat's error is
/// that times rstd (the row's conditioning c = max|x_row|·rstd) plus (2D + 8)·u·|xhat|. The
/// scales are therefore max(|y|, 1) + |gamma|·c for y, and 2·rstd·max(1, c)·max|dy ⊙ gamma| of
/// the row for dx (its two row sums see the same xhat error); bound (4D + 16)·u.
pub(crate) fn check_layer_norm(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    use crate::kernels::layer_norm as ln;
    let mut rows = vec![];
    for (k, &(r, d)) in [(1, 1), (3, 7), (98, 512), (65, 257), (1000, 3)]
        .iter()
        .enumerate()
    {
        let sd = seed + 1400 + 10 * k as u64;
        let x = data(sd, r * d, -3.0, 5.0);
        let w = data(sd + 1, d, 0.5, 1.5);
        let b = data(sd + 2, d, -0.5, 0.5);
        let dy = data(sd + 3, r * d, -1.0, 1.0);
        let (xt, wt, bt) = (
            Tensor::from_f32(gpu, &x, &[r, d])?,
            Tensor::from_f32(gpu, &w, &[d])?,
            Tensor::from_f32(gpu, &b, &[d])?,
        );
        let (y, saved) = ln::layer_norm_forward(&xt, &wt, &bt, 1e-5)?;
        let (ry, rxh, rrs) = ln::cpu::layer_norm(&to_f64(&x), &to_f64(&w), &to_f64(&b), 1e-5);
        let bound = (4 * d + 16) as f64 * U;
        let (xd, wd, dyd) = (to_f64(&x), to_f64(&w), to_f64(&dy));
        let cond: Vec<f64> = xd
            .chunks(d)
            .zip(&rrs)
            .map(|(row, rs)| row.iter().fold(0.0f64, |m, v| m.max(v.abs())) * rs)
            .collect();
        let y_scale: Vec<f64> = ry
            .iter()
            .enumerate()
            .map(|(i, v)| v.abs().max(1.0) + wd[i % d].abs() * cond[i / d])
            .collect();
        let shape = format!("[{r},{d}]");
        rows.push(compare(
            "layer_norm/forward",
            shape.clone(),
            &y.to_f32()?,
            &ry,
            &y_scale,
            bound,
        ));
        rows.push(compare(
            "layer_norm/rstd",
            shape.clone(),
            &saved.rstd.to_f32()?,
            &rrs,
            &abs_scale(&rrs),
            bound,
        ));
        let dx = ln::layer_norm_backward_input(&Tensor::from_f32(gpu, &dy, &[r, d])?, &wt, &saved)?;
        let rdx = ln::cpu::layer_norm_backward_input(&dyd, &wd, &rxh, &rrs);
        let scale: Vec<f64> = (0..r * d)
            .map(|i| {
                let row = i / d;
                let gmax = (0..d).fold(0.0f64, |m, j| m.max((dyd[row * d + j] * wd[j]).abs()));
                2.0 * rrs[row] * cond[row].max(1.0) * gmax.max(1e-30)
            })
            .collect();
        rows.push(compare(
            "layer_norm/backward dx",
            shape,
            &dx.to_f32()?,
            &rdx,
            &scale,
            bound,
        ));
    }
    rows.push(
        params_layout::<crate::kernels::layer_norm::LayerNormParams>(
            "layer_norm",
            &crate::kernels::layer_norm::SHADER,
            "Params",
        )?,
    );
    Ok(rows)
}
