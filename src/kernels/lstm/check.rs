//! `wgtrain check` for the lstm family: its cases against the f64 twins, with the error
//! bounds their arithmetic allows.

use crate::check::*;
use crate::error::Result;
use crate::gpu::Gpu;
use crate::kernels::to_f64;

/// LSTM layer forward and backward through time against the f64 twins. Each pre-activation is
/// a sum of I + H + 2 products (n·u relative to Σ|terms|, which weights in ±0.3 and inputs in
/// ±1 keep below I + H + 2); σ and tanh have slopes ≤ 1, so an error carried through the
/// recurrence grows at most additively per step: forward bound (I + H + 2 + 16)·T·u of the
/// magnitude max(|y|, 1) (16 ulp for exp). Backward sums run over 4H terms per step and B·T
/// terms for the weight gradients, with the same propagation: (4H + B·T + I + H + 16)·T·u.
pub(crate) fn check_lstm(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    use crate::kernels::lstm::{self, LstmSaved};
    use crate::kernels::recurrent::RecurrentWeights;
    let mut rows = vec![];
    for (k, &(b, t, i, h)) in [
        (1, 1, 1, 1),
        (3, 5, 7, 6),
        (2, 9, 16, 33),
        (5, 4, 20, 64),
        (2, 3, 9, 130),
    ]
    .iter()
    .enumerate()
    {
        let c = rnn_case(gpu, seed + 900 + 10 * k as u64, 4, (b, t, i, h))?;
        let [x, wi, wh, bi, bh, dy] = &c.host;
        let xt = &c.x;
        let w = RecurrentWeights::of([&c.w[0], &c.w[1], &c.w[2], &c.w[3]]);
        let saved: LstmSaved = lstm::lstm_forward(xt, &w)?;
        let f64s = |v: &[f32]| to_f64(v);
        let (rh, rc, rg) = lstm::cpu::lstm_forward(
            &f64s(x),
            &f64s(wi),
            &f64s(wh),
            &f64s(bi),
            &f64s(bh),
            b,
            t,
            i,
            h,
        );
        let shape = format!("B{b} T{t} I{i} H{h}");
        let fwd_bound = ((i + h + 2 + 16) * t) as f64 * U;
        let mag = |r: &[f64]| r.iter().map(|v| v.abs().max(1.0)).collect::<Vec<_>>();
        for (name, g, r) in [
            ("lstm/forward h", &saved.h, &rh),
            ("lstm/forward cell", &saved.cell, &rc),
            ("lstm/forward gates", &saved.gates, &rg),
        ] {
            rows.push(compare(
                name,
                shape.clone(),
                &g.to_f32()?,
                r,
                &mag(r),
                fwd_bound,
            ));
        }
        let grads = lstm::lstm_backward(xt, &w, &saved, &c.dy, true)?;
        let dx = grads.dx.clone().expect("asked for dx");
        let (rdx, rdwi, rdwh, rdb) = lstm::cpu::lstm_backward(
            &f64s(x),
            &f64s(wi),
            &f64s(wh),
            &f64s(bi),
            &f64s(bh),
            &f64s(dy),
            b,
            t,
            i,
            h,
        );
        let bwd_bound = ((4 * h + b * t + i + h + 16) * t) as f64 * U;
        for (name, g, r) in [
            ("lstm/backward dx", &dx, &rdx),
            ("lstm/backward dw_ih", &grads.dw_ih, &rdwi),
            ("lstm/backward dw_hh", &grads.dw_hh, &rdwh),
            ("lstm/backward db", &grads.db, &rdb),
        ] {
            rows.push(compare(
                name,
                shape.clone(),
                &g.to_f32()?,
                r,
                &mag(r),
                bwd_bound,
            ));
        }
    }
    rows.push(params_layout::<crate::kernels::recurrent::RecurrentParams>(
        "lstm",
        &crate::kernels::lstm::SHADER,
        "Params",
    )?);
    Ok(rows)
}
