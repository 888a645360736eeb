//! `wgtrain check` for the cross_entropy family: its cases against the f64 twins, with the error
//! bounds their arithmetic allows.

use crate::check::*;
use crate::error::Result;
use crate::gpu::{Gpu, Tensor};
use crate::kernels::{cross_entropy as ce, to_f64};

pub(crate) fn check_cross_entropy(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    let mut rows = vec![];
    for (k, &(r, c)) in [(1, 1), (5, 7), (64, 4096), (300, 10)].iter().enumerate() {
        let logp = data(seed + k as u64, r * c, -5.0, 0.0);
        let targets: Vec<i32> = (0..r)
            .map(|i| {
                if i % 4 == 3 {
                    -100
                } else {
                    ((i * 7 + k) % c) as i32
                }
            })
            .collect();
        let tl = Tensor::from_f32(gpu, &logp, &[r, c])?;
        let tt = Tensor::from_i32(gpu, &targets, &[r])?;
        let out = ce::nll_gather(&tl, &tt, -100)?.to_f32()?;
        let rf = ce::cpu::nll_gather(&to_f64(&logp), &targets, c, -100);
        rows.push(compare(
            "cross_entropy/nll_gather",
            format!("[{r},{c}]"),
            &out,
            &rf,
            &abs_scale(&rf),
            0.0,
        ));
        let g = data(seed + 9, r, -1.0, 1.0);
        let out =
            ce::nll_scatter(&Tensor::from_f32(gpu, &g, &[r])?, &tt, c, -100, &[r, c])?.to_f32()?;
        let rf = ce::cpu::nll_scatter(&to_f64(&g), &targets, c, -100);
        rows.push(compare(
            "cross_entropy/nll_scatter",
            format!("[{r},{c}]"),
            &out,
            &rf,
            &abs_scale(&rf),
            0.0,
        ));
        let out = ce::count_valid(&tt, c, -100)?.to_f32()?;
        let rf = [ce::cpu::count_valid(&targets, c, -100)];
        rows.push(compare(
            "cross_entropy/count_valid",
            format!("[{r}]"),
            &out,
            &rf,
            &abs_scale(&rf),
            0.0,
        ));
    }
    rows.push(params_layout::<
        crate::kernels::cross_entropy::CrossEntropyParams,
    >(
        "cross_entropy",
        &crate::kernels::cross_entropy::SHADER,
        "Params",
    )?);
    Ok(rows)
}
