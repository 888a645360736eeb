//! `wgtrain check` for the sampling kernels: windows and multinomial picks exactly, the fused
//! softmax draw within the f32 error of its running sum.

use crate::check::*;
use crate::error::Result;
use crate::gpu::{Gpu, Tensor};
use crate::kernels::random::RngKey;
use crate::kernels::sampling::{self, SamplingParams, SHADER};

pub(crate) fn check_multinomial(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    let mut rows = vec![];
    for (k, &(r, c)) in [(1, 1), (3, 7), (64, 4096), (100, 5)].iter().enumerate() {
        let mut w = data(seed + k as u64, r * c, 0.0, 1.0);
        if c > 2 {
            w[1] = 0.0; // zero-weight categories must never be drawn
        }
        let key = RngKey {
            seed: seed + 3,
            stream: 2,
            offset: 0,
        };
        let out = sampling::multinomial(&Tensor::from_f32(gpu, &w, &[r, c])?, key)?.to_u32()?;
        let rf = sampling::cpu::multinomial(&w, c, key);
        let o: Vec<f32> = out.iter().map(|&v| v as f32).collect();
        let rd: Vec<f64> = rf.iter().map(|&v| v as f64).collect();
        // Same f32 arithmetic in the same order: the picks must agree exactly.
        rows.push(compare(
            "multinomial",
            format!("[{r},{c}]"),
            &o,
            &rd,
            &vec![1.0; r],
            0.0,
        ));
    }
    Ok(rows)
}

/// softmax(l / T) + multinomial in one pass. The pick must be a category whose CDF interval,
/// computed in f64, contains the row's uniform, up to the f32 error of the running sum:
/// (cols + 16)·u of the total (16 ulp per exp). Most picks must match the f64 inverse CDF.
pub(crate) fn check_sample_logits(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    let mut rows = vec![];
    for (k, &(r, c, temp)) in [
        (1, 1, 1.0),
        (7, 3, 0.8),
        (64, 4096, 0.8),
        (300, 10, 2.0),
        (33, 257, 0.05),
    ]
    .iter()
    .enumerate()
    {
        let l = data(seed + 1100 + k as u64, r * c, -6.0, 6.0);
        let key = RngKey {
            seed: seed + 77,
            stream: 3,
            offset: 11 * k as u32,
        };
        let lt = Tensor::from_f32(gpu, &l, &[r, c])?;
        let tokens = Tensor::from_u32(gpu, &vec![u32::MAX; r * 3], &[r, 3])?;
        sampling::sample_logits(&lt, temp, key, &tokens, 1)?;
        let got = tokens.to_u32()?;
        let reference = sampling::cpu::sample_logits_reference(&l, c, temp as f64, key);
        let tol = (c + 16) as f64 * U;
        let (mut ok, mut worst, mut differ) = (true, 0.0f64, 0usize);
        for (row, (p, u)) in reference.iter().enumerate() {
            // untouched neighbours prove the write went to column 1 only
            ok &= got[row * 3] == u32::MAX && got[row * 3 + 2] == u32::MAX;
            let pick = got[row * 3 + 1] as usize;
            if pick >= c {
                ok = false;
                continue;
            }
            let lo: f64 = p[..pick].iter().sum();
            let hi = lo + p[pick];
            let miss = (lo - u).max(u - hi).max(0.0);
            worst = worst.max(miss / tol);
            let mut cum = 0.0;
            let exact = p.iter().position(|v| {
                cum += v;
                *u < cum
            });
            differ += (exact != Some(pick)) as usize;
        }
        rows.push(CheckRow {
            kernel: "sample_logits".into(),
            shape: format!("[{r},{c}] T={temp}"),
            max_abs_err: 0.0,
            rel_err: differ as f64 / r as f64,
            scaled_err: if ok { worst } else { f64::INFINITY },
            bound: 1.0,
            pass: ok && worst <= 1.0,
        });
    }
    Ok(rows)
}

/// Windows shorter than, equal to and longer than the token count, exactly as the twin; and
/// the parameter block against the shader's.
pub(crate) fn check_context_window(gpu: &Gpu, _seed: u64) -> Result<Vec<CheckRow>> {
    let mut rows = vec![];
    for (b, t) in [(1, 1), (2, 3), (3, 5)] {
        let stride = 1 + t * 3;
        let toks: Vec<u32> = (0..b * stride).map(|v| (v * 7 % 50) as u32).collect();
        let tt = Tensor::from_u32(gpu, &toks, &[b, stride])?;
        for len in [1, t, stride] {
            let win = t + 1;
            let got = sampling::context_window(&tt, len, win, 4097)?.to_u32()?;
            let want = sampling::cpu::context_window(&toks, stride, len, win, 4097);
            rows.push(CheckRow::exact(
                "context_window",
                format!("[{b},{stride}] len {len} window {win}"),
                got == want,
            ));
        }
    }
    rows.push(params_layout::<SamplingParams>(
        "sampling", &SHADER, "Params",
    )?);
    Ok(rows)
}
