//! `wgtrain check` for the softmax family: its cases against the f64 twins, with the error
//! bounds their arithmetic allows.

use crate::check::*;
use crate::error::Result;
use crate::gpu::{Gpu, Tensor};
use crate::kernels::{softmax, to_f64};

pub(crate) fn check_softmax(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    let mut rows = vec![];
    for (k, &(r, n)) in [(1, 1), (3, 7), (17, 257), (64, 4096), (5, 1000), (1000, 3)]
        .iter()
        .enumerate()
    {
        let x = data(seed + k as u64, r * n, -8.0, 8.0);
        let t = Tensor::from_f32(gpu, &x, &[r, n])?;
        for log in [false, true] {
            let out = softmax::softmax_rows(&t, log)?.to_f32()?;
            let rf = softmax::cpu::softmax_rows(&to_f64(&x), n, log);
            // exp (16 ulp) in the numerator and in every term of the sum, the sum's own rounding,
            // one division; log-softmax subtracts log-sum-exp, whose error is absolute, so
            // scale it by max(|y|, 1).
            let s: Vec<f64> = rf
                .iter()
                .map(|v| {
                    if log {
                        v.abs().max(1.0)
                    } else {
                        v.abs().max(1e-30)
                    }
                })
                .collect();
            let bound = (16 + 16 + 1 + sum_terms(n)) as f64 * U;
            rows.push(compare(
                if log { "log_softmax" } else { "softmax" },
                format!("[{r},{n}]"),
                &out,
                &rf,
                &s,
                bound,
            ));
        }
    }
    rows.push(params_layout::<crate::kernels::softmax::SoftmaxParams>(
        "softmax",
        &crate::kernels::softmax::SHADER,
        "Params",
    )?);
    Ok(rows)
}
